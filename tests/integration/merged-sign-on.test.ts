import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { renderEmail } from '@/lib/email/render';
import type { EmailTemplates } from '@/lib/email/templates';
import { decideSignOn, mergeSignOns } from '@/lib/moderation/commands';
import { signerStatusLine } from '@/lib/sign-ons/labels';
import { getSignerStatus } from '@/lib/sign-ons/queries';
import { issueStatusUrl } from '@/lib/sign-ons/tokens';
import { createCampaign, createCoordinator, uniq } from '../support/factories';
import { outboxTo } from '../support/records';
import { createSignOn } from '../support/sign-ons';

async function mergedPair(options: { keepStatus: 'approved' | 'verified'; notifyRejected: boolean }) {
  const owner = await createCoordinator();
  const campaign = await createCampaign({ ownerId: owner.id, notifyRejected: options.notifyRejected });
  const keep = await createSignOn({ campaignId: campaign.id, displayName: 'Centre for Water Justice', acronym: 'CWJ', status: options.keepStatus });
  const duplicate = await createSignOn({
    campaignId: campaign.id,
    displayName: 'Center for Water Justice',
    contactName: 'Ama Mensah',
    email: `${uniq('ama')}@waterjustice.example`,
  });
  const { statusUrl } = await issueStatusUrl(await getDb(), duplicate.id);
  await mergeSignOns({ keepId: keep.id, duplicateId: duplicate.id }, owner.id);
  return { owner, campaign, keep, duplicate, email: duplicate.email!, token: statusUrl.split('/').at(-1)! };
}

async function mailTo(to: string) {
  const rows = await outboxTo(to);
  return Promise.all(rows.map((r) => renderEmail('sign-on-rejected', r.props as EmailTemplates['sign-on-rejected'])));
}

describe('a sign-on merged into another', () => {
  it('tells its signer on the status page that it was merged into an entry on the letter, not that it was refused', async () => {
    const { token } = await mergedPair({ keepStatus: 'approved', notifyRejected: false });
    const status = await getSignerStatus(token);
    expect(status).toMatchObject({ status: 'rejected', mergedInto: { name: 'Centre for Water Justice (CWJ)', onLetter: true } });
    const line = signerStatusLine(status!);
    expect(line.label).toBe('Merged');
    expect(line.detail).toBe('The coordinators merged this sign-on into “Centre for Water Justice (CWJ)”, which is on the letter: it is counted once.');
    expect(`${line.label} ${line.detail}`).not.toContain('did not add');
  });

  it('says so while the entry it was merged into still awaits review, and once that entry is approved', async () => {
    const { owner, keep, token } = await mergedPair({ keepStatus: 'verified', notifyRejected: false });
    expect(signerStatusLine((await getSignerStatus(token))!).detail).toBe(
      'The coordinators merged this sign-on into “Centre for Water Justice (CWJ)”, which awaits their review.',
    );
    await decideSignOn({ signOnId: keep.id, decision: 'approve' }, owner.id);
    expect(signerStatusLine((await getSignerStatus(token))!).detail).toContain('which is on the letter');
  });

  it('explains the merge in the rejection email when the campaign sends them', async () => {
    const { email } = await mergedPair({ keepStatus: 'approved', notifyRejected: true });
    const [mail, ...more] = await mailTo(email);
    expect(more).toHaveLength(0);
    expect(mail!.text).toContain('Hello Ama Mensah,');
    expect(mail!.text).toContain('The coordinators merged your sign-on into “Centre for Water Justice (CWJ)”, which is on the letter: it is counted once.');
    expect(mail!.text).not.toContain('did not add it');
  });

  it('sends nothing on a merge when the campaign does not send rejection emails', async () => {
    const { email } = await mergedPair({ keepStatus: 'approved', notifyRejected: false });
    expect(await mailTo(email)).toHaveLength(0);
  });

  it('still tells a signer refused for another reason that they were not accepted', async () => {
    const owner = await createCoordinator();
    const campaign = await createCampaign({ ownerId: owner.id });
    const entry = await createSignOn({ campaignId: campaign.id, displayName: 'Totally Real Org' });
    const { statusUrl } = await issueStatusUrl(await getDb(), entry.id);
    await decideSignOn({ signOnId: entry.id, decision: 'reject' }, owner.id);
    const status = await getSignerStatus(statusUrl.split('/').at(-1)!);
    expect(status?.mergedInto).toBeNull();
    expect(signerStatusLine(status!)).toEqual({ label: 'Not accepted', detail: 'The coordinators did not add this sign-on to the letter.' });
  });
});
