import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { campaigns } from '@/db/schema';
import { publicStatuses } from './lifecycle';
import { isWellFormedSlug } from './schemas';

/**
 * The condition that finds a campaign by the slug in a URL. A slug no campaign can have
 * (a NUL, which PostgreSQL refuses outright, traversal, 4 KB of text) matches nothing
 * without a round trip of the value to the database.
 */
export const bySlug = (slug: string): SQL => (isWellFormedSlug(slug) ? eq(campaigns.slug, slug) : sql`false`);

/** The campaign at a URL's slug, if the public may see it (drafts are nobody's business). */
export const publishedBySlug = (slug: string): SQL => and(bySlug(slug), inArray(campaigns.status, [...publicStatuses]))!;
