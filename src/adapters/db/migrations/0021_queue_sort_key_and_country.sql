DROP INDEX "cases_queue_order_idx";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "queue_rank" smallint GENERATED ALWAYS AS ((case severity when 'high' then 0 when 'medium' then 1 else 2 end)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "queue_due_at" timestamp with time zone GENERATED ALWAYS AS (coalesce(review_due_at, opened_at)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "market" text GENERATED ALWAYS AS (upper(profile->'store'->>'marketplace')) STORED;--> statement-breakpoint
ALTER TABLE "sellers" ADD COLUMN "country" text GENERATED ALWAYS AS (upper(coalesce(profile->'business'->>'country', profile->'address'->>'country'))) STORED;--> statement-breakpoint
CREATE INDEX "cases_queue_key_idx" ON "cases" USING btree ("queue_rank","queue_due_at","id") WHERE status in ('submitted','in_review','appealed');--> statement-breakpoint
CREATE INDEX "sellers_market_idx" ON "sellers" USING btree ("market");--> statement-breakpoint
CREATE INDEX "sellers_country_idx" ON "sellers" USING btree ("country");