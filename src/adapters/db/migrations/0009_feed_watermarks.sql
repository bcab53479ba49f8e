CREATE TABLE "feed_watermarks" (
	"kind" text NOT NULL,
	"market" text NOT NULL,
	"through" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_watermarks_kind_market_pk" PRIMARY KEY("kind","market")
);
