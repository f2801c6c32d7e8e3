'use server';

import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction } from '@/lib/auth/session';
import { transitionCampaign } from '@/lib/campaigns/commands';
import { transitionSchema } from '@/lib/campaigns/schemas';
import { translatorFor } from '@/lib/i18n/translator';
import { requirePublishConfirmation } from '@/lib/letters/translation-commands';

const schema = transitionSchema.extend({ confirmOutdated: z.preprocess((v) => v === 'on', z.boolean()) });

/**
 * The lifecycle buttons of a letter that has translations: opening or reopening asks first
 * when a translation is outdated, then does what the plain transition does.
 */
export const transitionWithTranslationsAction = validatedAction({ schema, authorize: requireCoordinatorForAction }, async (input, me) => {
  if (input.event !== 'close') await requirePublishConfirmation(input.campaignId, me, input.confirmOutdated);
  await transitionCampaign({ campaignId: input.campaignId, event: input.event }, me);
  return { status: 'success', message: translatorFor('en', 'editor')('transitioned', { event: input.event }) };
});
