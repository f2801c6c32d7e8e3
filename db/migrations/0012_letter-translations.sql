CREATE TABLE "letter_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"date_line" text DEFAULT '' NOT NULL,
	"addressees" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"closing" text DEFAULT '' NOT NULL,
	"cc" text DEFAULT '' NOT NULL,
	"individuals_footnote" text DEFAULT '' NOT NULL,
	"based_on_version" integer NOT NULL,
	"source_hash" text,
	"editor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coordinators" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ons" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_translations" ADD CONSTRAINT "letter_translations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_translations" ADD CONSTRAINT "letter_translations_editor_id_coordinators_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_translations_campaign_locale_idx" ON "letter_translations" USING btree ("campaign_id","locale");