-- The version of what a case view is built from (docs/live-path.md, "Case lists read once per
-- change"): every statement that writes a table a case view reads moves a sequence on, so a server
-- can tell with one read whether a page of cases it built is still the one the store would give.
-- A sequence, not a counter row: nextval never waits for another transaction and never rolls
-- back, so a writer never queues behind another and a rolled-back write only costs one rebuild.
-- Hand-written: drizzle-kit does not generate functions or triggers.
CREATE SEQUENCE case_views_version;--> statement-breakpoint
CREATE FUNCTION case_views_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('case_views_version');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER cases_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER case_reasons_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_reasons
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER requirements_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON requirements
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER documents_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER statements_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON statements
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER selfies_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON selfies
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();--> statement-breakpoint
CREATE TRIGGER case_decisions_views_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION case_views_changed();
