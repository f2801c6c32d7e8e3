import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { coordinators } from '@/db/schema';
import { requireActor, type Actor } from '../campaigns/commands';
import { DomainError } from '../errors';
import { outcome, runCommand } from '../events';
import { locales, toLocale, type Locale } from '../i18n/locales';

export const emailLanguageSchema = z.object({ locale: z.enum(locales, { error: 'Choose one of the languages offered.' }) });

/** The language of the emails a coordinator receives (sign-in links, invitations, digests). */
export async function setCoordinatorLocale(input: { locale: Locale }, actor: Actor): Promise<{ locale: Locale }> {
  const id = requireActor(actor);
  return runCommand(async (tx) => {
    const [row] = await tx.update(coordinators).set({ locale: input.locale }).where(eq(coordinators.id, id)).returning({ locale: coordinators.locale });
    if (!row) throw new DomainError('not_found', 'Coordinator not found.');
    return outcome({ locale: toLocale(row.locale) });
  });
}

/** A coordinator's email language, by id; English for anyone unknown. */
export async function getCoordinatorLocale(coordinatorId: string): Promise<Locale> {
  const db = await getDb();
  const [row] = await db.select({ locale: coordinators.locale }).from(coordinators).where(eq(coordinators.id, coordinatorId)).limit(1);
  return toLocale(row?.locale);
}
