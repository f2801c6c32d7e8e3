import { eq, sql, type SQL } from 'drizzle-orm';
import { campaigns } from '@/db/schema';
import { isWellFormedSlug } from './schemas';

/**
 * The condition that finds a campaign by the slug in a URL. A slug no campaign can have
 * (a NUL, which PostgreSQL refuses outright, traversal, 4 KB of text) matches nothing
 * without a round trip of the value to the database.
 */
export const bySlug = (slug: string): SQL => (isWellFormedSlug(slug) ? eq(campaigns.slug, slug) : sql`false`);
