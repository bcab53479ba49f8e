CREATE TABLE "seller_summaries" (
	"seller_id" text PRIMARY KEY NOT NULL,
	"through" "xid8" NOT NULL,
	"summary" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "seller_events" ADD COLUMN "arrived_in" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "seller_events_seller_arrival_idx" ON "seller_events" USING btree ("seller_id","arrived_in");