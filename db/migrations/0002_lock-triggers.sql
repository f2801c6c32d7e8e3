-- After the lock the database itself keeps the list final (SPEC §6): a locked or delivered
-- campaign's sign-ons, letter versions and snapshot refuse every change, whoever asks.
-- Errors carry SQLSTATE UL001 so the app can name the cause (lib/lists/frozen.ts).

-- The status of a campaign; with p_wait, waiting for a lock in progress: the lock holds the
-- campaign row FOR UPDATE, which conflicts with FOR KEY SHARE, so a change to the approved set
-- that started before the lock commits first (and is in the snapshot) and one that starts
-- during it sees "locked". FOR KEY SHARE does not conflict with ordinary updates of the
-- campaign row, so moderators never block one another; changes that cannot touch the approved
-- set (a new pending sign-on, a verification) read without locking, keeping submissions cheap.
CREATE OR REPLACE FUNCTION campaign_status_for_change(p_campaign uuid, p_wait boolean) RETURNS campaign_status
LANGUAGE plpgsql AS $$
DECLARE s campaign_status;
BEGIN
  IF p_wait THEN
    SELECT status INTO s FROM campaigns WHERE id = p_campaign FOR KEY SHARE;
  ELSE
    SELECT status INTO s FROM campaigns WHERE id = p_campaign;
  END IF;
  RETURN s;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_change_when_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END;
  touches_list boolean := true;
  s campaign_status;
  free_sign_on_columns text[] := ARRAY['email', 'canonical_email', 'contact_name', 'contact_role', 'comment',
    'keep_informed', 'original_submission', 'erased_at', 'updated_at', 'decided_by', 'import_batch_id'];
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
--> statement-breakpoint
CREATE TRIGGER sign_ons_frozen_after_lock BEFORE INSERT OR UPDATE OR DELETE ON sign_ons
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_locked();
--> statement-breakpoint
CREATE TRIGGER letter_versions_frozen_after_lock BEFORE INSERT OR UPDATE OR DELETE ON letter_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_locked();
--> statement-breakpoint
-- The snapshot is written once, by the lock: its entries while the campaign is locked and
-- before its list_snapshots row exists (the lock writes that row last), then never again.
CREATE OR REPLACE FUNCTION guard_snapshot() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END;
  s campaign_status;
BEGIN
  SELECT status INTO s FROM campaigns WHERE id = target;
  IF TG_OP = 'DELETE' AND s IS NULL THEN
    RETURN OLD; -- the campaign itself is being deleted
  END IF;
  IF TG_OP = 'INSERT' AND s = 'locked'
    AND NOT EXISTS (SELECT 1 FROM list_snapshots WHERE campaign_id = target) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'campaign_locked: % of campaign % refused, a snapshot is written once by the lock', TG_TABLE_NAME, target
    USING ERRCODE = 'UL001';
END $$;
--> statement-breakpoint
CREATE TRIGGER snapshot_entries_write_once BEFORE UPDATE OR DELETE ON snapshot_entries
  FOR EACH ROW EXECUTE FUNCTION guard_snapshot();
--> statement-breakpoint
-- Inserts are checked once per statement, not per row: a lock writes tens of thousands of
-- entries in a few statements.
CREATE OR REPLACE FUNCTION guard_snapshot_entries_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE bad uuid;
BEGIN
  SELECT n.campaign_id INTO bad
  FROM (SELECT DISTINCT campaign_id FROM new_rows) n
  LEFT JOIN campaigns c ON c.id = n.campaign_id
  WHERE c.status IS DISTINCT FROM 'locked'
    OR EXISTS (SELECT 1 FROM list_snapshots s WHERE s.campaign_id = n.campaign_id)
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'campaign_locked: snapshot_entries of campaign % refused, a snapshot is written once by the lock', bad
      USING ERRCODE = 'UL001';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER snapshot_entries_insert_once AFTER INSERT ON snapshot_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guard_snapshot_entries_insert();
--> statement-breakpoint
CREATE TRIGGER list_snapshots_write_once BEFORE INSERT OR UPDATE OR DELETE ON list_snapshots
  FOR EACH ROW EXECUTE FUNCTION guard_snapshot();
--> statement-breakpoint
-- A locked campaign keeps what its published hash covers (slug, title, language, version):
-- only delivery may still change it (and a deleted coordinator be forgotten).
CREATE OR REPLACE FUNCTION guard_locked_campaign() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  mutable text[] := ARRAY['status', 'updated_at', 'delivered_at', 'delivered_to', 'delivery_method',
                          'delivery_note', 'delivery_link', 'created_by', 'locked_by'];
BEGIN
  IF OLD.status NOT IN ('locked', 'delivered') THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - mutable) IS DISTINCT FROM (to_jsonb(OLD) - mutable)
    OR NOT (NEW.status = OLD.status OR (OLD.status = 'locked' AND NEW.status = 'delivered')) THEN
    RAISE EXCEPTION 'campaign_locked: campaign % is % and its record is final', OLD.id, OLD.status
      USING ERRCODE = 'UL001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER campaigns_final_after_lock BEFORE UPDATE ON campaigns
  FOR EACH ROW EXECUTE FUNCTION guard_locked_campaign();
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS snapshot_entries_country_idx ON snapshot_entries (campaign_id, country, position);
