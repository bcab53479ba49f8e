CREATE TABLE "saved_case_filters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seller_search_keys" (
	"key" text NOT NULL,
	"seller_id" text NOT NULL,
	CONSTRAINT "seller_search_keys_key_seller_id_pk" PRIMARY KEY("key","seller_id")
);
--> statement-breakpoint
CREATE INDEX "saved_case_filters_user_idx" ON "saved_case_filters" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "seller_search_keys_seller_idx" ON "seller_search_keys" USING btree ("seller_id");--> statement-breakpoint
CREATE INDEX "seller_search_keys_prefix_idx" ON "seller_search_keys" USING btree ("key" text_pattern_ops);