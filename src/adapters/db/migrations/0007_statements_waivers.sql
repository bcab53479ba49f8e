CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"material" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"checks" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_decisions" ADD COLUMN "waivers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "statements_requirement_version_idx" ON "statements" USING btree ("requirement_id","version");