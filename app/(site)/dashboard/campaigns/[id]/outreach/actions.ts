'use server';

import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction } from '@/lib/auth/session';
import { formatMoment } from '@/lib/dates';
import { addTargets, confirmMatch, inviteTargets, remindTargets, scheduleReminders } from '@/lib/outreach/commands';
import { previewTargets } from '@/lib/outreach/queries';
import { confirmMatchSchema, listText, reminderScheduleSchema, targetsChoiceSchema, targetsListSchema } from '@/lib/outreach/schemas';
import type { TargetRow } from '@/lib/outreach/parse-targets';

// Server actions are public POST endpoints: each re-reads the session (authorize), and every
// query and command re-checks the coordinator's role on the campaign named in the form.
const authorize = requireCoordinatorForAction;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export type TargetsPreview = { rows: TargetRow[]; text: string };

export const previewTargetsAction = validatedAction({ schema: targetsListSchema, authorize }, async (input, me, formData) => {
  const text = await listText(input.text, formData.get('file'));
  const rows = await previewTargets({ campaignId: input.campaignId, text }, me.id);
  return { status: 'success', data: { rows, text } satisfies TargetsPreview };
});

export const addTargetsAction = validatedAction({ schema: targetsListSchema, authorize }, async (input, me) => {
  const { added, skipped } = await addTargets({ campaignId: input.campaignId, text: await listText(input.text, null) }, me);
  const skippedNote = skipped > 0 ? ` ${plural(skipped, 'row was', 'rows were')} skipped.` : '';
  return { status: 'success', message: `Added ${plural(added, 'organization', 'organizations')}.${skippedNote}`, data: { text: input.text } };
});

export const inviteTargetsAction = validatedAction({ schema: targetsChoiceSchema, authorize }, async (input, me) => {
  const { invited } = await inviteTargets(input, me);
  return { status: 'success', message: invited > 0 ? `Invited ${plural(invited, 'organization', 'organizations')}.` : 'Everyone has been invited already.' };
});

export const remindTargetsAction = validatedAction({ schema: targetsChoiceSchema, authorize }, async (input, me) => {
  const { reminded } = await remindTargets(input, me);
  return {
    status: 'success',
    message: reminded > 0 ? `Sent ${plural(reminded, 'reminder', 'reminders')}.` : 'Nobody is waiting for a reminder: each has had one, signed or opted out.',
  };
});

export const scheduleRemindersAction = validatedAction({ schema: reminderScheduleSchema, authorize }, async (input, me) => {
  const { queued, sendAt } = await scheduleReminders(input, me);
  return { status: 'success', message: `Reminders go on ${formatMoment(sendAt)} (${plural(queued, 'organization', 'organizations')} so far).` };
});

export const confirmMatchAction = validatedAction({ schema: confirmMatchSchema, authorize }, async (input, me) => {
  await confirmMatch(input, me);
  return { status: 'success', message: 'Matched.' };
});
