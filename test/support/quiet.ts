import { sql } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/database.js';
import { waitFor } from './wait.js';

const countOf = async (db: Db, query: ReturnType<typeof sql>) => {
  const result = (await db.execute(query)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
};

/**
 * Waits until no job of these kinds is waiting or running (those due now; deadlines far ahead do
 * not count): the background work a step started has finished, so its absence of effects can be
 * asserted without sleeping on the clock.
 */
async function waitForJobsDone(db: Db, names: readonly string[]): Promise<void> {
  const list = sql.join(
    names.map((name) => sql`${name}`),
    sql`, `,
  );
  await waitFor(async () => {
    const open = await countOf(
      db,
      sql`select count(*)::int as n from pgboss.job
          where name in (${list}) and state in ('created', 'retry', 'active') and start_after <= now()`,
    );
    return open === 0 ? true : undefined;
  });
}

/** Waits until every notification event is fanned out and every delivery and email on its way has been tried. */
export async function waitForNotificationsSettled(db: Db): Promise<void> {
  await waitFor(async () => {
    const waiting =
      (await countOf(
        db,
        sql`select count(*)::int as n from notification_events where dispatched_at is null`,
      )) +
      (await countOf(
        db,
        sql`select count(*)::int as n from webhook_deliveries
            where status = 'sending'`,
      )) +
      (await countOf(
        db,
        sql`select count(*)::int as n from notification_emails
            where status = 'sending'`,
      ));
    return waiting === 0 ? true : undefined;
  });
  await waitForJobsDone(db, ['webhook.deliver', 'email.send']);
}

/** Waits until every seller waiting for re-evaluation (the live path) has been re-evaluated. */
export async function waitForReevaluationsDone(db: Db): Promise<void> {
  await waitFor(async () => {
    const waiting = await countOf(db, sql`select count(*)::int as n from pending_reevaluation`);
    return waiting === 0 ? true : undefined;
  });
  await waitForJobsDone(db, ['sellers.reevaluate', 'sellers.reevaluation-due']);
}
