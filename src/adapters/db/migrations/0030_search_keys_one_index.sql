CREATE UNIQUE INDEX "seller_search_keys_key_seller_idx" ON "seller_search_keys" USING btree ("key" text_pattern_ops,"seller_id");--> statement-breakpoint
ALTER TABLE "seller_search_keys" DROP CONSTRAINT "seller_search_keys_key_seller_id_pk";--> statement-breakpoint
DROP INDEX "seller_search_keys_prefix_idx";
