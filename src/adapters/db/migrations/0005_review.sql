CREATE TABLE "case_appeals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"root_cause" text NOT NULL,
	"what_was_fixed" text NOT NULL,
	"how_prevented" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"status" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"note" text NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appeal_round" integer NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"decided_at" timestamp with time zone,
	"case_status" text,
	"review_due_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "appealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "review_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assignee_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requirements" ADD COLUMN "reasked_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "case_appeals_case_number_idx" ON "case_appeals" USING btree ("case_id","number");--> statement-breakpoint
CREATE INDEX "case_decisions_case_idx" ON "case_decisions" USING btree ("case_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_decisions_one_proposed_idx" ON "case_decisions" USING btree ("case_id") WHERE "case_decisions"."status" = 'proposed';--> statement-breakpoint
CREATE INDEX "case_decisions_decided_idx" ON "case_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "cases_review_queue_idx" ON "cases" USING btree ("status","review_due_at","id");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id","status");