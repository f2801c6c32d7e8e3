'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction, signOutCoordinator } from '@/lib/auth/session';
import { createCampaign, deleteCampaign, transitionCampaign, updateCampaignSettings } from '@/lib/campaigns/commands';
import {
  campaignId,
  createCampaignSchema,
  deleteCampaignSchema,
  erasePrivateDataSchema,
  settingsSchema,
  transitionSchema,
} from '@/lib/campaigns/schemas';
import { erasePrivateData } from '@/lib/sign-ons/retention';
import {
  changeCoordinatorRole,
  inviteCoordinator,
  MAX_INVITATIONS_PER_ADDRESS,
  removeCoordinator,
  setDigestPreference,
} from '@/lib/coordinators/commands';
import { coordinatorEmail, digestPreferenceSchema, roleSchema } from '@/lib/coordinators/schemas';
import { saveLetter } from '@/lib/letters/commands';
import { saveLetterSchema } from '@/lib/letters/schemas';
import { lockCampaign, recordDelivery } from '@/lib/campaigns/final-list';
import { deliveryFormSchema, lockFormSchema } from '@/lib/lists/schemas';

// Server actions are public POST endpoints: each one re-reads the session (authorize) and
// the command re-checks the coordinator's role on the campaign.
const authorize = requireCoordinatorForAction;


export const createCampaignAction = validatedAction({ schema: createCampaignSchema, authorize }, async (input, me) => {
  const { id } = await createCampaign(input, me);
  redirect(`/dashboard/campaigns/${id}/letter`);
});

const verbs = { open: 'opened', close: 'closed', reopen: 'reopened' } as const;

export const transitionCampaignAction = validatedAction({ schema: transitionSchema, authorize }, async (input, me) => {
  await transitionCampaign(input, me);
  return { status: 'success', message: `The campaign is ${verbs[input.event]}.` };
});

export const saveLetterAction = validatedAction({ schema: saveLetterSchema, authorize }, async (input, me) => {
  const result = await saveLetter(input, me);
  const message =
    result.outcome === 'draft_saved'
      ? 'Draft saved.'
      : result.outcome === 'unchanged'
        ? 'Nothing changed, so no new version was made.'
        : `Saved as version ${result.version}.${result.notified > 0 ? ` ${result.notified} earlier signer${result.notified === 1 ? ' is' : 's are'} being emailed the changes.` : ''}`;
  return { status: 'success', message, data: { version: result.version } };
});

export const updateSettingsAction = validatedAction({ schema: settingsSchema, authorize }, async (input, me) => {
  const { changed } = await updateCampaignSettings(input, me);
  return { status: 'success', message: changed.length > 0 ? 'Settings saved.' : 'Nothing changed.' };
});

export const inviteCoordinatorAction = validatedAction(
  { schema: z.object({ campaignId, email: coordinatorEmail, role: roleSchema }), authorize },
  async (input, me) => {
    const { emailed } = await inviteCoordinator(input, me);
    return {
      status: 'success',
      message: emailed
        ? `Invited ${input.email} as ${input.role}. They get an email with a link to sign in.`
        : `Added ${input.email} as ${input.role}. No email was sent: this address has had ${MAX_INVITATIONS_PER_ADDRESS} invitations to this campaign already. They can sign in at /sign-in.`,
    };
  },
);

const memberSchema = z.object({ campaignId, coordinatorId: z.string().min(1).max(100) });

export const changeRoleAction = validatedAction({ schema: memberSchema.extend({ role: roleSchema }), authorize }, async (input, me) => {
  await changeCoordinatorRole(input, me);
  return { status: 'success', message: 'Role changed.' };
});

export const removeCoordinatorAction = validatedAction({ schema: memberSchema, authorize }, async (input, me) => {
  await removeCoordinator(input, me);
  return { status: 'success', message: 'Removed from this campaign.' };
});

export const lockCampaignAction = validatedAction({ schema: lockFormSchema, authorize }, async (input, me) => {
  await lockCampaign({ campaignId: input.campaignId }, me.id);
  redirect(`/dashboard/campaigns/${input.campaignId}?done=locked`);
});

export const recordDeliveryAction = validatedAction({ schema: deliveryFormSchema, authorize }, async (input, me) => {
  await recordDelivery(input, me.id);
  redirect(`/dashboard/campaigns/${input.campaignId}?done=delivered`);
});

export const deleteCampaignAction = validatedAction({ schema: deleteCampaignSchema, authorize }, async (input, me) => {
  await deleteCampaign(input, me);
  redirect('/dashboard?deleted=1');
});

export const erasePrivateDataAction = validatedAction({ schema: erasePrivateDataSchema, authorize }, async (input, me) => {
  const { count } = await erasePrivateData(input, me.id);
  return {
    status: 'success',
    message: `Erased the email addresses, contact names and comments of ${count} sign-on${count === 1 ? '' : 's'}. The public list is unchanged.`,
  };
});

export const saveDigestPreferenceAction = validatedAction({ schema: digestPreferenceSchema, authorize }, async (input, me) => {
  const { digest } = await setDigestPreference(input, me);
  return { status: 'success', message: digest ? 'You will get the daily digest.' : 'You will no longer get the daily digest.' };
});

export async function signOutAction(): Promise<void> {
  await signOutCoordinator();
}
