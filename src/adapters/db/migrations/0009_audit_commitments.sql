CREATE TABLE "audit_personal_values" (
	"position" bigint NOT NULL,
	"path" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"salt" text NOT NULL,
	CONSTRAINT "audit_personal_values_position_path_pk" PRIMARY KEY("position","path")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "scheme" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "legacy_hash" text;--> statement-breakpoint
CREATE INDEX "audit_personal_values_entity_idx" ON "audit_personal_values" USING btree ("entity_type","entity_id");