CREATE TABLE "retention_purges" (
	"seller_id" text NOT NULL,
	"kind" text NOT NULL,
	"policy_version" text NOT NULL,
	"purged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_purges_seller_id_kind_pk" PRIMARY KEY("seller_id","kind")
);
