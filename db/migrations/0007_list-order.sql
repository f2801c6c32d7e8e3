-- Keys the database derives from a sign-on's normalized name (lib/sign-ons/normalize.ts), as
-- stored generated columns so the live list and the duplicate warnings read them from indexes.

-- Where an entry sorts in the live list, as close to the lock's collation as bytes allow: digit
-- runs padded so "2" sorts before "12" (numeric collation), individuals by family name (the
-- last word) first. The lock sorts with Intl.Collator (lib/lists/order.ts) and fixes positions.
CREATE OR REPLACE FUNCTION list_sort_key(p_kind sign_on_kind, p_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           CASE WHEN r.part[1] ~ '^[0-9]' THEN lpad(r.part[1], greatest(20, length(r.part[1])), '0') ELSE r.part[1] END,
           '' ORDER BY r.n), '')
  FROM regexp_matches(
         CASE WHEN p_kind = 'individual' THEN regexp_replace(p_name, '^(.+) (\S+)$', '\2 \1') ELSE p_name END,
         '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS r(part, n)
$$;
--> statement-breakpoint
-- The name with the short forms organizations abbreviate themselves by spelled out, so
-- "Amnesty Intl" and "Amnesty International" meet. Keys are normalized names: "Int'l" is "int l".
CREATE OR REPLACE FUNCTION expand_name_abbreviations(p_name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  pair text[];
  result text := p_name;
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['int l', 'international'], ['intl', 'international'], ['internat', 'international'], ['int', 'international'],
    ['ass n', 'association'], ['assn', 'association'], ['assoc', 'association'], ['asso', 'association'],
    ['org', 'organization'], ['orgn', 'organization'], ['organisation', 'organization'],
    ['cttee', 'committee'], ['ctte', 'committee'], ['cmte', 'committee'], ['comm', 'committee'],
    ['fdn', 'foundation'], ['fndn', 'foundation'], ['found', 'foundation'],
    ['nat l', 'national'], ['natl', 'national'], ['nat', 'national'],
    ['ctr', 'center'], ['ctre', 'center'], ['centre', 'center'],
    ['coop', 'cooperative'], ['co op', 'cooperative'], ['co operative', 'cooperative'],
    ['dept', 'department'], ['govt', 'government'], ['univ', 'university'], ['inst', 'institute'],
    ['soc', 'society'], ['fed', 'federation'], ['devt', 'development'], ['dev', 'development'],
    ['env', 'environment'], ['envt', 'environment'], ['mvmt', 'movement'], ['ntwk', 'network'],
    ['netw', 'network'], ['coalit', 'coalition'], ['cncl', 'council'],
    ['ltd', 'limited'], ['mt', 'mount'], ['st', 'saint'], ['intnl', 'international']
  ] LOOP
    result := regexp_replace(result, '\m' || pair[1] || '\M', pair[2], 'g');
  END LOOP;
  RETURN result;
END $$;
--> statement-breakpoint
-- The initials of a name of two or more words, small words left out: "human rights watch" is
-- "hrw", to be met by an entry named "HRW" or giving HRW as its acronym.
CREATE OR REPLACE FUNCTION name_initials(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN count(*) >= 2 THEN string_agg(left(w.word, 1), '' ORDER BY w.n) END
  FROM regexp_split_to_table(p_name, ' ') WITH ORDINALITY AS w(word, n)
  WHERE w.word <> '' AND w.word NOT IN ('a', 'an', 'and', 'the', 'of', 'for', 'on', 'in', 'to', 'at', 'by',
    'de', 'del', 'la', 'le', 'les', 'du', 'des', 'et', 'y', 'e', 'el', 'los', 'las', 'da', 'do', 'dos', 'das', 'di',
    'pour', 'fur', 'und', 'der', 'die', 'van', 'von')
$$;
--> statement-breakpoint
CREATE TYPE "public"."list_order" AS ENUM('alphabetical', 'conveners_first', 'entered');--> statement-breakpoint
DROP INDEX "sign_ons_approved_order_idx";--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "list_order" "list_order" DEFAULT 'alphabetical' NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "convener" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "entered" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "sign_ons_entered_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "sort_key" text GENERATED ALWAYS AS (list_sort_key(kind, normalized_name)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "match_name" text GENERATED ALWAYS AS (expand_name_abbreviations(normalized_name)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "name_initials" text GENERATED ALWAYS AS (name_initials(expand_name_abbreviations(normalized_name))) STORED;--> statement-breakpoint
CREATE INDEX "audit_events_edited_sign_on_idx" ON "audit_events" USING btree ("subject_id") WHERE "audit_events"."action" = 'sign-on.edited';--> statement-breakpoint
CREATE INDEX "sign_ons_approved_conveners_idx" ON "sign_ons" USING btree ("campaign_id","kind",(not "convener"),"sort_key","id") WHERE "sign_ons"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "sign_ons_approved_entered_idx" ON "sign_ons" USING btree ("campaign_id","kind","entered") WHERE "sign_ons"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "sign_ons_match_name_idx" ON "sign_ons" USING btree ("campaign_id","match_name");--> statement-breakpoint
CREATE INDEX "sign_ons_name_initials_idx" ON "sign_ons" USING btree ("campaign_id","name_initials") WHERE "sign_ons"."name_initials" is not null;--> statement-breakpoint
CREATE INDEX "sign_ons_approved_order_idx" ON "sign_ons" USING btree ("campaign_id","kind","sort_key","id") WHERE "sign_ons"."status" = 'approved';
--> statement-breakpoint
-- Similar names are looked up on the spelled-out names: this GiST index replaces the one of
-- 0005 on the normalized names, which nothing reads any more.
DROP INDEX IF EXISTS sign_ons_name_similarity_idx;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS sign_ons_match_name_similarity_idx ON sign_ons USING gist (campaign_id, match_name gist_trgm_ops);--> statement-breakpoint
-- The lock trigger of 0002, with the derived columns among those it does not compare.
CREATE OR REPLACE FUNCTION refuse_change_when_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END;
  touches_list boolean := true;
  s campaign_status;
  free_sign_on_columns text[] := ARRAY['email', 'canonical_email', 'contact_name', 'contact_role', 'comment',
    'keep_informed', 'original_submission', 'erased_at', 'updated_at', 'decided_by', 'import_batch_id',
    -- Derived from the name and kind, which are compared: a BEFORE trigger must not read them.
    'sort_key', 'match_name', 'name_initials'];
BEGIN
  IF TG_TABLE_NAME = 'sign_ons' THEN
    IF TG_OP = 'INSERT' THEN
      touches_list := NEW.status = 'approved';
    ELSIF TG_OP = 'DELETE' THEN
      touches_list := OLD.status = 'approved';
    ELSE
      touches_list := OLD.status = 'approved' OR NEW.status = 'approved';
    END IF;
  END IF;
  s := campaign_status_for_change(target, touches_list);
  -- No campaign row: a campaign being deleted takes its rows with it.
  IF s IS NOT NULL AND s IN ('locked', 'delivered') THEN
    -- Erasing a signer's private data after delivery changes nothing public, nor does
    -- forgetting a deleted coordinator or import batch (ON DELETE SET NULL).
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'sign_ons'
      AND (to_jsonb(NEW) - free_sign_on_columns) = (to_jsonb(OLD) - free_sign_on_columns) THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'letter_versions'
      AND (to_jsonb(NEW) - 'editor_id') = (to_jsonb(OLD) - 'editor_id') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'campaign_locked: % of campaign % refused, its list is final', TG_TABLE_NAME, target
      USING ERRCODE = 'UL001';
  END IF;
  -- The campaign may also change (OLD.campaign_id) on an update: both must be open to change.
  IF TG_OP = 'UPDATE' AND NEW.campaign_id IS DISTINCT FROM OLD.campaign_id THEN
    s := campaign_status_for_change(OLD.campaign_id, true);
    IF s IS NOT NULL AND s IN ('locked', 'delivered') THEN
      RAISE EXCEPTION 'campaign_locked: % of campaign % refused, its list is final', TG_TABLE_NAME, OLD.campaign_id
        USING ERRCODE = 'UL001';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
