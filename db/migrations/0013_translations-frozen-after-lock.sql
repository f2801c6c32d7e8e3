-- A letter's translations are part of its public record like its versions: once the list is
-- locked they refuse every change, whoever asks (the lock trigger of 0002/0007, extended).
CREATE OR REPLACE FUNCTION refuse_change_when_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END;
  touches_list boolean := true;
  s campaign_status;
  free_sign_on_columns text[] := ARRAY['email', 'canonical_email', 'contact_name', 'contact_role', 'comment',
    'keep_informed', 'original_submission', 'erased_at', 'updated_at', 'decided_by', 'import_batch_id',
    -- Derived from the name and kind, which are compared: a BEFORE trigger must not read them.
    'sort_key', 'match_name', 'name_initials', 'locale'];
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
    -- forgetting a deleted coordinator or import batch (ON DELETE SET NULL); the language a
    -- signer signed in is private too.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'sign_ons'
      AND (to_jsonb(NEW) - free_sign_on_columns) = (to_jsonb(OLD) - free_sign_on_columns) THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('letter_versions', 'letter_translations')
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
--> statement-breakpoint
CREATE TRIGGER letter_translations_frozen_after_lock BEFORE INSERT OR UPDATE OR DELETE ON letter_translations
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_locked();
