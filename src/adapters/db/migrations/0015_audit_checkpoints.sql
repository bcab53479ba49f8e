CREATE TABLE "audit_checkpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"position" bigint NOT NULL,
	"hash" text NOT NULL,
	"count" bigint NOT NULL,
	"signature" text NOT NULL,
	"problem" jsonb
);
--> statement-breakpoint
CREATE INDEX "audit_checkpoints_checked_idx" ON "audit_checkpoints" USING btree ("checked_at");