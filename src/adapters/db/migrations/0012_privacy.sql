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
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seller_id" text NOT NULL,
	"reason" text NOT NULL,
	"placed_by" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"lifted_by" text,
	"lifted_at" timestamp with time zone,
	"lift_reason" text
);
--> statement-breakpoint
CREATE TABLE "retention_purges" (
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"policy_version" text NOT NULL,
	"purged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_purges_seller_id_kind_pk" PRIMARY KEY("seller_id","kind")
);
--> statement-breakpoint
CREATE TABLE "seller_erasures" (
	"seller_id" text PRIMARY KEY NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"report" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "scheme" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "legacy_hash" text;--> statement-breakpoint
CREATE INDEX "audit_personal_values_entity_idx" ON "audit_personal_values" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "legal_holds_seller_idx" ON "legal_holds" USING btree ("seller_id");