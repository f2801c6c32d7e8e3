ALTER TABLE "outbox_messages" ADD COLUMN "batch_key" text;--> statement-breakpoint
CREATE INDEX "outbox_batch_idx" ON "outbox_messages" USING btree ("batch_key");