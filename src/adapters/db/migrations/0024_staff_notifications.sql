CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_notifications_dedupe_idx" ON "staff_notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "staff_notifications_user_idx" ON "staff_notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "staff_notifications_unemailed_idx" ON "staff_notifications" USING btree ("created_at") WHERE "staff_notifications"."emailed_at" is null;