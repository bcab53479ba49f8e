CREATE TABLE "data_quality_notes" (
	"note_key" text PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"code" text NOT NULL,
	"raw" text,
	"origin" text NOT NULL,
	"line" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sales_days" ALTER COLUMN "orders" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sales_days" ALTER COLUMN "orders" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sales_days" ALTER COLUMN "revenue" SET DATA TYPE numeric(20, 2);--> statement-breakpoint
ALTER TABLE "sales_days" ALTER COLUMN "revenue" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sellers" ALTER COLUMN "status" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sellers" ALTER COLUMN "created_at" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "data_quality_notes_seller_idx" ON "data_quality_notes" USING btree ("seller_id");