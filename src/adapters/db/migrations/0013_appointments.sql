CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"seller_id" text NOT NULL,
	"slot_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"seller_time_zone" text NOT NULL,
	"language" text NOT NULL,
	"outcome" jsonb,
	"booked_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_availability" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reviewer_id" text NOT NULL,
	"time_zone" text NOT NULL,
	"languages" jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"availability_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"languages" jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_slot_taken_idx" ON "appointments" USING btree ("slot_id") WHERE "appointments"."status" in ('booked','completed','no_show');--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_booked_per_requirement_idx" ON "appointments" USING btree ("requirement_id") WHERE "appointments"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "appointments_case_idx" ON "appointments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_slots_reviewer_start_idx" ON "appointment_slots" USING btree ("reviewer_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointment_slots_start_idx" ON "appointment_slots" USING btree ("starts_at");