CREATE TABLE "pending_reevaluation" (
	"seller_id" text PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"requeued" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "pending_reevaluation_queued_idx" ON "pending_reevaluation" USING btree ("queued_at");