CREATE TABLE "selfies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"seller_id" text NOT NULL,
	"material" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"id_document_id" uuid,
	"faces" jsonb NOT NULL,
	"similarity" real,
	"checks" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"model" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "selfies_case_idx" ON "selfies" USING btree ("case_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "selfies_sha256_idx" ON "selfies" USING btree ("sha256");