-- Events written before chaining after commit: their id is their position (in two steps, so no
-- two rows hold the same id at once), and the identity goes on after the last one.
UPDATE "audit_events" SET "id" = -"position";--> statement-breakpoint
UPDATE "audit_events" SET "id" = "position";--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((SELECT max("id") FROM "audit_events"), 0) + 1, false);--> statement-breakpoint
UPDATE "audit_personal_values" SET "event_id" = "position";
