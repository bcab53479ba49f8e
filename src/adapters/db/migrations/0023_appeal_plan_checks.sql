ALTER TABLE "case_appeals" ADD COLUMN "checks" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_appeals" ADD COLUMN "outcome" text DEFAULT 'pass' NOT NULL;