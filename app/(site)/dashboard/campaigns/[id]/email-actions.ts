'use server';

import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { getCurrentCoordinator } from '@/lib/auth/session';
import { retryMessage } from '@/lib/email/commands';
import { DomainError } from '@/lib/errors';

/** Puts a parked email back in the queue; the command checks the coordinator's role on its campaign. */
export const retryMessageAction = validatedAction(
  {
    schema: z.object({ messageId: z.uuid({ error: 'Unknown message.' }) }),
    authorize: async () => {
      const coordinator = await getCurrentCoordinator();
      if (!coordinator) throw new DomainError('forbidden', 'Please sign in again.');
      return coordinator;
    },
  },
  async ({ messageId }, coordinator) => {
    await retryMessage(messageId, coordinator.id);
    return { status: 'success', message: 'The email is queued again and will be sent in a moment.' };
  },
);
