CREATE TYPE "public"."outreach_match" AS ENUM('link', 'name', 'domain');--> statement-breakpoint
CREATE TYPE "public"."outreach_target_state" AS ENUM('added', 'invited', 'signed', 'opted_out');--> statement-breakpoint
CREATE TABLE "outreach_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"normalized_name" text NOT NULL,
	"acronym" text,
	"country" text,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"state" "outreach_target_state" DEFAULT 'added' NOT NULL,
	"invitation_token_hash" text,
	"reminder_token_hash" text,
	"sign_on_id" uuid,
	"matched_by" "outreach_match",
	"invited_at" timestamp with time zone,
	"reminder_due_at" timestamp with time zone,
	"opted_out_at" timestamp with time zone,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_targets_invitation_token_hash_unique" UNIQUE("invitation_token_hash"),
	CONSTRAINT "outreach_targets_reminder_token_hash_unique" UNIQUE("reminder_token_hash")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "outreach_reminder_days" integer;--> statement-breakpoint
ALTER TABLE "outreach_targets" ADD CONSTRAINT "outreach_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_targets" ADD CONSTRAINT "outreach_targets_sign_on_id_sign_ons_id_fk" FOREIGN KEY ("sign_on_id") REFERENCES "public"."sign_ons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_targets" ADD CONSTRAINT "outreach_targets_added_by_coordinators_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_targets_email_idx" ON "outreach_targets" USING btree ("campaign_id","canonical_email");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_targets_name_idx" ON "outreach_targets" USING btree ("campaign_id","normalized_name");--> statement-breakpoint
CREATE INDEX "outreach_targets_sign_on_idx" ON "outreach_targets" USING btree ("sign_on_id");