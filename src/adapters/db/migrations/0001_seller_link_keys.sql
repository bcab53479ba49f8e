CREATE TABLE "seller_link_keys" (
	"key" text NOT NULL,
	"seller_id" text NOT NULL,
	CONSTRAINT "seller_link_keys_key_seller_id_pk" PRIMARY KEY("key","seller_id")
);
--> statement-breakpoint
CREATE INDEX "seller_link_keys_seller_idx" ON "seller_link_keys" USING btree ("seller_id");