CREATE TABLE "document_files" (
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"seller_id" text NOT NULL,
	"dhash" text,
	"dhash_band0" text,
	"dhash_band1" text,
	"dhash_band2" text,
	"dhash_band3" text,
	"text" text,
	CONSTRAINT "document_files_document_id_position_pk" PRIMARY KEY("document_id","position")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"seller_id" text NOT NULL,
	"material" text NOT NULL,
	"type" text NOT NULL,
	"variant" text,
	"status" text NOT NULL,
	"verdict" text,
	"report" jsonb,
	"reading" jsonb,
	"failure" text,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "document_files_sha256_idx" ON "document_files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "document_files_band0_idx" ON "document_files" USING btree ("dhash_band0");--> statement-breakpoint
CREATE INDEX "document_files_band1_idx" ON "document_files" USING btree ("dhash_band1");--> statement-breakpoint
CREATE INDEX "document_files_band2_idx" ON "document_files" USING btree ("dhash_band2");--> statement-breakpoint
CREATE INDEX "document_files_band3_idx" ON "document_files" USING btree ("dhash_band3");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "documents_requirement_idx" ON "documents" USING btree ("requirement_id","uploaded_at");