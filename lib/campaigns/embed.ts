import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { campaigns } from '@/db/schema';
import { requireRole } from '../auth/roles';
import { DomainError } from '../errors';
import { event, outcome, runCommand } from '../events';
import { publishedBySlug } from './by-slug';
import { requireActor, type Actor } from './commands';
import type { EmbedOriginsInput } from './embed-schemas';
import { isFrozen } from './lifecycle';

const sameList = (a: readonly string[] | null, b: readonly string[] | null) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Which sites may frame the campaign's embeddable sign-on page (null: any). Like the other
 * settings it is part of the record once the list is final (the database refuses the change).
 */
export async function setEmbedOrigins(input: EmbedOriginsInput, actor: Actor): Promise<{ changed: boolean }> {
  const actorId = requireActor(actor);
  const changed = await runCommand(async (tx) => {
    await requireRole(tx, input.campaignId, actorId, 'editor');
    const [current] = await tx
      .select({ status: campaigns.status, embedOrigins: campaigns.embedOrigins })
      .from(campaigns)
      .where(eq(campaigns.id, input.campaignId))
      .for('update');
    if (!current) throw new DomainError('not_found', 'Campaign not found.');
    if (isFrozen(current.status)) throw new DomainError('invalid_transition', 'The list is final; these settings can no longer change.');
    if (sameList(current.embedOrigins, input.embedOrigins)) return outcome(false);
    await tx.update(campaigns).set({ embedOrigins: input.embedOrigins, updatedAt: sql`now()` }).where(eq(campaigns.id, input.campaignId));
    const settingsChanged = event({
      type: 'campaign.settings_changed',
      campaignId: input.campaignId,
      actor: { type: 'coordinator', id: actorId },
      data: { changes: { embedOrigins: { from: current.embedOrigins, to: input.embedOrigins } } },
    });
    return outcome(true, [settingsChanged]);
  });
  return { changed };
}

/** The embedding rule of a published letter, for its cached policy route; null if there is no such letter. */
export async function getEmbedRule(slug: string): Promise<{ campaignId: string; origins: string[] | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: campaigns.id, origins: campaigns.embedOrigins })
    .from(campaigns)
    .where(publishedBySlug(slug))
    .limit(1);
  return row ? { campaignId: row.id, origins: row.origins && row.origins.length > 0 ? row.origins : null } : null;
}

/** The sites a campaign lists, for its settings page (whose layout has checked the coordinator's access). */
export async function getCampaignEmbedOrigins(campaignId: string): Promise<string[]> {
  const db = await getDb();
  const [row] = await db.select({ origins: campaigns.embedOrigins }).from(campaigns).where(eq(campaigns.id, campaignId));
  return row?.origins ?? [];
}
