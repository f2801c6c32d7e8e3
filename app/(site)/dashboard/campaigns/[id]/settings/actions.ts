'use server';

import { validatedAction } from '@/lib/actions/validated-action';
import { requireCoordinatorForAction } from '@/lib/auth/session';
import { setEmbedOrigins } from '@/lib/campaigns/embed';
import { embedOriginsSchema } from '@/lib/campaigns/embed-schemas';

// A public POST endpoint like every action: the session is read again here (authorize) and
// the command checks the coordinator's role on the campaign.
const authorize = requireCoordinatorForAction;

export const updateEmbedOriginsAction = validatedAction({ schema: embedOriginsSchema, authorize }, async (input, me) => {
  const { changed } = await setEmbedOrigins(input, me);
  return { status: 'success', message: changed ? 'Embedding saved.' : 'Nothing changed.' };
});
