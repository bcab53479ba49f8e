CREATE TABLE "live_counters" (
	"name" text NOT NULL,
	"shard" integer NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "live_counters_name_shard_pk" PRIMARY KEY("name","shard")
);
