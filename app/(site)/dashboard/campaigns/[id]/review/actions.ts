'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { parseOrThrow, rethrowNextControlFlow } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction, type CurrentCoordinator } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { setConvener } from '@/lib/moderation/commands';
import { bulkDecide, decideSignOn, editSignOn, mergeSignOns } from '@/lib/moderation/commands';
import type { ReviewError, ReviewNotice } from '@/lib/moderation/outcomes';
import { reviewHref } from '@/lib/moderation/review-href';
import { bulkDecideSchema, decideSchema, editSignOnSchema, queueFilterSchema, type QueueFilter } from '@/lib/moderation/schemas';

// These forms post without JavaScript too: each action runs its command and redirects back to
// the queue view it came from, with the outcome (or the reason it failed) in the address as a
// code: the page words it (lib/moderation/outcomes.ts), so a link can never make it say more.

const campaignId = z.uuid();

/** The queue view a form came from, carried as its query string in the hidden "back" field. */
function filterFrom(formData: FormData): QueueFilter {
  const back = formData.get('back');
  const params = new URLSearchParams(typeof back === 'string' ? back : '');
  return queueFilterSchema.parse(Object.fromEntries(params.entries()));
}

type Outcome = { notice: ReviewNotice; count?: number; entry?: string };

async function respond(
  formData: FormData,
  run: (me: CurrentCoordinator, campaignId: string) => Promise<Outcome>,
  refusal: ReviewError = 'invalid_transition',
): Promise<never> {
  const id = campaignId.safeParse(formData.get('campaignId'));
  if (!id.success) redirect('/dashboard');
  const filter = filterFrom(formData);
  let params: Record<string, string | undefined>;
  try {
    const me = await requireCoordinatorForAction();
    const outcome = await run(me, id.data);
    params = { notice: outcome.notice, n: outcome.count?.toString(), entry: outcome.entry };
  } catch (error) {
    rethrowNextControlFlow(error);
    if (!isDomainError(error)) console.error(error);
    params = { error: !isDomainError(error) ? 'server' : error.code === 'invalid_transition' ? refusal : error.code };
  }
  redirect(reviewHref(id.data, filter, params));
}

const fields = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION')));

const done = { approve: 'approved', reject: 'rejected', unreview: 'unreviewed' } as const;

export async function decideAction(formData: FormData): Promise<void> {
  await respond(formData, async (me) => {
    const input = parseOrThrow(decideSchema, fields(formData));
    // A reason belongs to a rejection; approving or re-reviewing clears it.
    const reason = input.decision === 'reject' ? input.reason : undefined;
    await decideSignOn({ ...input, reason }, me.id);
    return { notice: done[input.decision], entry: input.signOnId };
  });
}

const bulkSchema = bulkDecideSchema.extend({
  scope: z.enum(['selected', 'filter']),
  ids: z.array(z.uuid()).max(1000).default([]),
});

export async function bulkDecideAction(formData: FormData): Promise<void> {
  await respond(formData, async (me, id) => {
    const input = parseOrThrow(bulkSchema, { ...fields(formData), campaignId: id, ids: formData.getAll('ids') });
    if (input.scope === 'selected' && input.ids.length === 0) return { notice: 'nothing-selected' };
    const filter = filterFrom(formData);
    const { count } = await bulkDecide(
      input.scope === 'selected'
        ? { campaignId: id, decision: input.decision, ids: input.ids, reason: input.reason }
        : { campaignId: id, decision: input.decision, filter, reason: input.reason },
      me.id,
    );
    return { notice: input.decision === 'approve' ? 'bulk-approved' : 'bulk-rejected', count };
  });
}

const mergeFormSchema = z.object({ keepId: z.uuid(), a: z.uuid(), b: z.uuid() });

export async function mergeAction(formData: FormData): Promise<void> {
  await respond(formData, async (me) => {
    const input = parseOrThrow(mergeFormSchema, fields(formData));
    const duplicateId = input.keepId === input.a ? input.b : input.a;
    await mergeSignOns({ keepId: input.keepId, duplicateId }, me.id);
    return { notice: 'merged' };
  }, 'merge_refused');
}

const convenerFormSchema = z.object({ signOnId: z.uuid(), convener: z.enum(['true', 'false']).transform((v) => v === 'true') });

/** Conveners (or the steering group) head the list when the campaign orders it that way. */
export async function setConvenerAction(formData: FormData): Promise<void> {
  await respond(formData, async (me) => {
    const input = parseOrThrow(convenerFormSchema, fields(formData));
    await setConvener(input, me.id);
    return { notice: input.convener ? 'convener-set' : 'convener-unset', entry: input.signOnId };
  });
}

/** The edit page uses useActionState, so field errors show next to the fields. */
export async function editAction(
  _prev: { error?: string; fieldErrors?: Record<string, string[] | undefined> },
  formData: FormData,
): Promise<{ error?: string; fieldErrors?: Record<string, string[] | undefined> }> {
  const id = campaignId.safeParse(formData.get('campaignId'));
  if (!id.success) redirect('/dashboard');
  try {
    const me = await requireCoordinatorForAction();
    const input = parseOrThrow(editSignOnSchema, fields(formData));
    await editSignOn(input, me.id);
  } catch (error) {
    rethrowNextControlFlow(error);
    if (!isDomainError(error)) console.error(error);
    return isDomainError(error)
      ? { error: error.message, fieldErrors: error.fieldErrors }
      : { error: 'Something went wrong on our side. Please try again.' };
  }
  redirect(reviewHref(id.data, filterFrom(formData), { notice: 'saved' }));
}
