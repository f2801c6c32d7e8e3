ALTER TABLE "coordinators" ADD COLUMN "can_create_campaigns" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "approval_notified" text;--> statement-breakpoint
-- Coordinators who already exist keep the right to start campaigns they had; from now on the
-- operator grants it (`npm run coordinator -- add`), and an invitation to one campaign does not.
UPDATE "coordinators" SET "can_create_campaigns" = true;
--> statement-breakpoint
-- A locked or delivered campaign is part of the public record: deleting it would cascade its
-- snapshot and frozen list away, so the database refuses, whoever asks (rows of its frozen list
-- already refuse deletion one by one: 0002_lock-triggers.sql).
CREATE OR REPLACE FUNCTION refuse_delete_of_locked_campaign() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('locked', 'delivered') THEN
    RAISE EXCEPTION 'campaign_locked: campaign % is % and cannot be deleted', OLD.id, OLD.status
      USING ERRCODE = 'UL001';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER campaigns_kept_after_lock BEFORE DELETE ON campaigns
  FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_locked_campaign();
