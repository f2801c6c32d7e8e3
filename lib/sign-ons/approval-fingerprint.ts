import { sql } from 'drizzle-orm';
import { signOns } from '@/db/schema';

/**
 * What an approval email announces: the entry as the public will read it, computed by the
 * database in the statement that records it. A signer is told of an approval once, and again
 * only if an edit changed what is published, so approve → back to review → approve does not
 * email them each time.
 */
export const approvalFingerprint = sql<string>`md5(concat_ws(chr(31), ${signOns.kind}::text, ${signOns.displayName},
  coalesce(${signOns.acronym}, ''), coalesce(${signOns.title}, ''), coalesce(${signOns.country}, ''), coalesce(${signOns.website}, '')))`;
