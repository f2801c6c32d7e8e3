CREATE TYPE "public"."actor_type" AS ENUM('coordinator', 'signer', 'system', 'operator');--> statement-breakpoint
CREATE TYPE "public"."approval_policy" AS ENUM('review_all', 'auto_individuals', 'auto_all');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'open', 'closed', 'locked', 'delivered');--> statement-breakpoint
CREATE TYPE "public"."change_kind" AS ENUM('initial', 'minor', 'substantive');--> statement-breakpoint
CREATE TYPE "public"."delivery_method" AS ENUM('email', 'fax', 'post', 'in_person', 'other');--> statement-breakpoint
CREATE TYPE "public"."list_format" AS ENUM('name_acronym_country', 'name_dash_country', 'grouped_by_country');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'editor');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sign_on_kind" AS ENUM('organization', 'individual');--> statement-breakpoint
CREATE TYPE "public"."sign_on_source" AS ENUM('form', 'import');--> statement-breakpoint
CREATE TYPE "public"."sign_on_status" AS ENUM('pending_verification', 'verified', 'approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('verify', 'access');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"campaign_id" uuid,
	"actor_type" "actor_type" NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_members" (
	"campaign_id" uuid NOT NULL,
	"coordinator_id" text NOT NULL,
	"role" "member_role" NOT NULL,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_members_campaign_id_coordinator_id_pk" PRIMARY KEY("campaign_id","coordinator_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"deadline" timestamp with time zone,
	"deadline_time_zone" text,
	"approval_policy" "approval_policy" DEFAULT 'review_all' NOT NULL,
	"list_format" "list_format" DEFAULT 'name_acronym_country' NOT NULL,
	"live_list" boolean DEFAULT false NOT NULL,
	"notify_rejected" boolean DEFAULT false NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"delivered_at" timestamp with time zone,
	"delivered_to" text,
	"delivery_method" "delivery_method",
	"delivery_note" text,
	"delivery_link" text,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "coordinators" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"digest_opt_out" boolean DEFAULT false NOT NULL,
	"last_digest_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coordinators_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"coordinator_id" text,
	"entry_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "letter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"date_line" text DEFAULT '' NOT NULL,
	"addressees" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"closing" text DEFAULT '' NOT NULL,
	"cc" text DEFAULT '' NOT NULL,
	"individuals_footnote" text DEFAULT '' NOT NULL,
	"change_kind" "change_kind" DEFAULT 'initial' NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"editor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_snapshots" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"letter_version" integer NOT NULL,
	"locked_at" timestamp with time zone NOT NULL,
	"locked_by" text,
	"organizations" integer NOT NULL,
	"individuals" integer NOT NULL,
	"countries" integer NOT NULL,
	"summary" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid,
	"template" text NOT NULL,
	"to" text NOT NULL,
	"props" jsonb NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"provider_id" text,
	"subject" text,
	"html" text,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_messages_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_on_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sign_on_id" uuid NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_on_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_ons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" "sign_on_kind" NOT NULL,
	"status" "sign_on_status" DEFAULT 'pending_verification' NOT NULL,
	"source" "sign_on_source" DEFAULT 'form' NOT NULL,
	"display_name" text NOT NULL,
	"acronym" text,
	"title" text,
	"country" text,
	"website" text,
	"contact_name" text,
	"contact_role" text,
	"email" text,
	"canonical_email" text,
	"comment" text,
	"keep_informed" boolean DEFAULT false NOT NULL,
	"authorized" boolean DEFAULT false NOT NULL,
	"normalized_name" text NOT NULL,
	"version_signed" integer NOT NULL,
	"original_submission" jsonb,
	"duplicate_of_id" uuid,
	"decision_reason" text,
	"decided_by" text,
	"import_batch_id" uuid,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "snapshot_entries" (
	"campaign_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "sign_on_kind" NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"title" text,
	"country" text,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "snapshot_entries_campaign_id_position_pk" PRIMARY KEY("campaign_id","position")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_coordinators_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_invited_by_coordinators_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_coordinators_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_locked_by_coordinators_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_editor_id_coordinators_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_snapshots" ADD CONSTRAINT "list_snapshots_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_coordinators_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_on_tokens" ADD CONSTRAINT "sign_on_tokens_sign_on_id_sign_ons_id_fk" FOREIGN KEY ("sign_on_id") REFERENCES "public"."sign_ons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD CONSTRAINT "sign_ons_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD CONSTRAINT "sign_ons_decided_by_coordinators_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD CONSTRAINT "sign_ons_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_entries" ADD CONSTRAINT "snapshot_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_campaign_idx" ON "audit_events" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "campaign_members_coordinator_idx" ON "campaign_members" USING btree ("coordinator_id");--> statement-breakpoint
CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_versions_campaign_number_idx" ON "letter_versions" USING btree ("campaign_id","number");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_campaign_idx" ON "outbox_messages" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "sign_on_tokens_sign_on_idx" ON "sign_on_tokens" USING btree ("sign_on_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_ons_org_unique_idx" ON "sign_ons" USING btree ("campaign_id","kind","canonical_email","normalized_name") WHERE "sign_ons"."kind" = 'organization' and "sign_ons"."canonical_email" is not null and "sign_ons"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "sign_ons_individual_unique_idx" ON "sign_ons" USING btree ("campaign_id","canonical_email") WHERE "sign_ons"."kind" = 'individual' and "sign_ons"."canonical_email" is not null and "sign_ons"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "sign_ons_campaign_status_idx" ON "sign_ons" USING btree ("campaign_id","status","created_at");--> statement-breakpoint
CREATE INDEX "sign_ons_normalized_name_idx" ON "sign_ons" USING btree ("campaign_id","normalized_name");