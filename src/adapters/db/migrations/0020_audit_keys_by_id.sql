DROP INDEX "audit_events_entity_idx";--> statement-breakpoint
ALTER TABLE "audit_personal_values" DROP CONSTRAINT "audit_personal_values_position_path_pk";--> statement-breakpoint
ALTER TABLE "audit_events" ADD PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "audit_personal_values" ALTER COLUMN "event_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_personal_values" ADD CONSTRAINT "audit_personal_values_event_id_path_pk" PRIMARY KEY("event_id","path");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_position_idx" ON "audit_events" USING btree ("position");--> statement-breakpoint
CREATE INDEX "audit_events_unchained_idx" ON "audit_events" USING btree ("id") WHERE "audit_events"."position" is null;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
ALTER TABLE "audit_personal_values" DROP COLUMN "position";