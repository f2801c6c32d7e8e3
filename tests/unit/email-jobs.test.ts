import { describe, expect, it } from 'vitest';
import { currentVersion, JobPayloadError, prepareJob, readJob } from '@/lib/email/jobs';
import { renderEmail } from '@/lib/email/render';

const deliveredV1 = {
  campaignTitle: 'Protect the River Commons',
  name: 'Amina Yusuf',
  deliveredOn: '12 March 2026',
  deliveredTo: 'the Minister',
  letterUrl: 'https://undersigned.example/letters/river',
};

describe('queued email payloads', () => {
  it('carries a message queued with an older shape forward, and it still renders the same day', async () => {
    expect(currentVersion('letter-delivered')).toBe(2);
    const props = readJob('letter-delivered', 1, deliveredV1);
    expect(props).toMatchObject({ deliveredAt: '2026-03-12T12:00:00.000Z', timeZone: null, deliveredTo: 'the Minister' });
    const { text } = await renderEmail('letter-delivered', props);
    expect(text).toContain('12 March 2026');
  });

  it('refuses to queue props that do not fit the template, naming the field', () => {
    const bad = { campaignTitle: 'T', name: 'N', statusUrl: 'not a link' };
    expect(() => prepareJob('sign-on-received', bad)).toThrow(JobPayloadError);
    expect(() => prepareJob('sign-on-received', bad)).toThrow(/statusUrl/);
  });

  it('fails a stored message that is unreadable instead of rendering half of it', () => {
    expect(() => readJob('sign-on-received', 1, { campaignTitle: 'T' })).toThrow(/statusUrl/);
    expect(() => readJob('sign-on-received', 7, {})).toThrow(/no version 7/);
    expect(() => readJob('letter-delivered', 1, { ...deliveredV1, deliveredOn: 'someday' })).toThrow(/cannot read the day/);
  });

  it('writes new messages with the current version', () => {
    const { payloadVersion, props } = prepareJob('sign-on-received', { campaignTitle: 'T', name: 'N', statusUrl: 'https://x.example/s' });
    expect(payloadVersion).toBe(1);
    expect(props).toEqual({ campaignTitle: 'T', name: 'N', statusUrl: 'https://x.example/s' });
  });
});
