ALTER TABLE "outbox_messages" ADD COLUMN "payload_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;