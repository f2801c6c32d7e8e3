-- Duplicate warnings look up names similar to one entry's within its campaign. A GiST index
-- over (campaign, name trigrams) finds them without reading every campaign's look-alikes,
-- which the name-only GIN index of 0001 had to do; btree_gist lets the uuid join the GiST key.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
DROP INDEX IF EXISTS sign_ons_normalized_name_trgm_idx;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS sign_ons_name_similarity_idx ON sign_ons USING gist (campaign_id, normalized_name gist_trgm_ops);--> statement-breakpoint
-- The final list's search is a substring match (LIKE '%…%'): a trigram index serves it.
CREATE INDEX IF NOT EXISTS snapshot_entries_search_trgm_idx ON snapshot_entries USING gin (search_text gin_trgm_ops);
