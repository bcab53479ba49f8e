-- Counts kept as counters (docs/live-path.md, "Counts kept as counters"): cases per status and
-- the re-evaluation backlog, changed by statement-level triggers in the transaction of the change.
-- Each connection writes its own row of a count (its backend pid: unique among live connections),
-- so concurrent writers never wait on, or deadlock over, a counter row. Hand-written: drizzle-kit does not generate functions or triggers.
CREATE FUNCTION live_count(counted text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO live_counters (name, shard, n) VALUES (counted, pg_backend_pid(), delta)
  ON CONFLICT (name, shard) DO UPDATE SET n = live_counters.n + excluded.n
$$;--> statement-breakpoint
CREATE FUNCTION live_count_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM live_count('cases:' || status, count(*)) FROM new_rows GROUP BY status;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM live_count('cases:' || status, -count(*)) FROM old_rows GROUP BY status;
  ELSE
    PERFORM live_count('cases:' || s, sum(d)) FROM (
      SELECT n.status AS s, 1 AS d FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status <> o.status
      UNION ALL
      SELECT o.status, -1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status <> o.status
    ) changed GROUP BY s;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER cases_counted_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION live_count_cases();--> statement-breakpoint
CREATE TRIGGER cases_counted_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION live_count_cases();--> statement-breakpoint
CREATE TRIGGER cases_counted_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION live_count_cases();--> statement-breakpoint
CREATE FUNCTION live_count_backlog() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM live_count('reevaluation:waiting', count(*)) FROM new_rows HAVING count(*) > 0;
  ELSE
    PERFORM live_count('reevaluation:waiting', -count(*)) FROM old_rows HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER pending_reevaluation_counted_insert AFTER INSERT ON pending_reevaluation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION live_count_backlog();--> statement-breakpoint
CREATE TRIGGER pending_reevaluation_counted_delete AFTER DELETE ON pending_reevaluation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION live_count_backlog();--> statement-breakpoint
INSERT INTO live_counters (name, shard, n)
  SELECT 'cases:' || status, 0, count(*) FROM cases GROUP BY status;--> statement-breakpoint
INSERT INTO live_counters (name, shard, n)
  SELECT 'reevaluation:waiting', 0, count(*) FROM pending_reevaluation;
