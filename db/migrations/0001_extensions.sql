-- Trigram similarity and accent folding for duplicate warnings and search (SPEC §4).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS sign_ons_normalized_name_trgm_idx ON sign_ons USING gin (normalized_name gin_trgm_ops);
