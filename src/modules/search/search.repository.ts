import { sql } from 'drizzle-orm';
import type { BulkSession } from '../../adapters/db/bulk.js';
import { CopyText } from '../../adapters/db/copy-text.js';
import type { Db } from '../../adapters/db/database.js';
import { type SearchableSeller, searchKeysOfQuery, searchKeysOfSeller } from './search.keys.js';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Replaces these sellers' search keys with those of their current profiles (one statement each way). */
export async function saveSearchKeys(db: Db, records: readonly SearchableSeller[]): Promise<void> {
  if (records.length === 0) return;
  // A seller sent twice in one batch is found by its last profile, not by both.
  const latest = new Map(records.map((record) => [record.seller_id, record]));
  const keys: string[] = [];
  const owners: string[] = [];
  for (const record of latest.values())
    for (const key of searchKeysOfSeller(record)) {
      keys.push(key);
      owners.push(record.seller_id);
    }
  const ids = [...latest.keys()];
  await db.execute(sql`delete from seller_search_keys where seller_id = any(${sql.param(ids)}::text[])`);
  if (keys.length)
    await db.execute(sql`
      insert into seller_search_keys (key, seller_id)
      select * from unnest(${sql.param(keys)}::text[], ${sql.param(owners)}::text[])
      on conflict do nothing`);
}

/**
 * `saveSearchKeys` on a bulk load's session (import-feed.workflow.ts): each seller's keys, from
 * its last profile here, through `COPY` into a staging table, in the load's transaction.
 */
export async function copySearchKeys(
  session: BulkSession,
  records: readonly SearchableSeller[],
): Promise<void> {
  const latest = new Map(records.map((record) => [record.seller_id, record]));
  if (latest.size === 0) return;
  const text = new CopyText();
  for (const record of latest.values())
    for (const key of searchKeysOfSeller(record)) text.add([key, record.seller_id]);
  await session.query('delete from seller_search_keys where seller_id = any($1::text[])', [
    [...latest.keys()],
  ]);
  if (text.rows === 0) return;
  await session.query('create temp table stage_search_keys (key text, seller_id text) on commit drop');
  await session.copyIn('stage_search_keys', ['key', 'seller_id'], text);
  // A seller's keys are distinct (searchKeysOfSeller) and its old ones are gone: no conflict to
  // look for. In key order, two of the table's three indexes are filled page after page.
  await session.query(
    'insert into seller_search_keys (key, seller_id) select key, seller_id from stage_search_keys order by key, seller_id',
  );
}

/**
 * Gives search keys to the sellers that have none: a store from before search existed, or one
 * whose keys were lost. Walks the sellers in id order, `pageSize` at a time, so a seller whose
 * profile yields no key (an erased one) is passed once, not forever. Each page is two short
 * statements (where it ends, then its sellers without keys): one statement over every seller held
 * PGlite's only connection 1.7–2.4 s at start on 20,000 sellers (docs/benchmarks.md). Answers how
 * many sellers were indexed.
 */
export async function indexUnsearchedSellers(db: Db, pageSize = 500): Promise<number> {
  let after = '';
  let indexed = 0;
  for (;;) {
    const [end] = rowsOf<{ last: string | null }>(
      await db.execute(sql`
        select max(seller_id) as last from (
          select seller_id from sellers where seller_id > ${after} order by seller_id limit ${pageSize}
        ) page`),
    );
    const last = end?.last;
    if (!last) return indexed;
    const missing = rowsOf<{ seller_id: string; profile: Omit<SearchableSeller, 'seller_id'> }>(
      await db.execute(sql`
        select s.seller_id, s.profile from sellers s
        where s.seller_id > ${after} and s.seller_id <= ${last}
          and not exists (select 1 from seller_search_keys k where k.seller_id = s.seller_id)`),
    );
    await saveSearchKeys(
      db,
      missing.map((row) => ({ ...row.profile, seller_id: row.seller_id })),
    );
    indexed += missing.length;
    after = last;
  }
}

/** `like` pattern for a prefix: its own wildcards are escaped, so `%` and `_` mean themselves. */
const prefixPattern = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The sellers a query finds, best first: an exact identifier, full name or seller id before
 * sellers whose name holds every word typed (the last one as a beginning). At most `limit`.
 */
export async function findSellersMatching(db: Db, query: string, limit: number): Promise<string[]> {
  const { exact, nameTokens } = searchKeysOfQuery(query);
  const sellerId = query.trim().toLowerCase();
  const found = rowsOf<{ seller_id: string }>(
    await db.execute(sql`
      select distinct seller_id from seller_search_keys
      where key = any(${sql.param(exact)}::text[]) limit ${limit}`),
  ).map((r) => r.seller_id);
  const seen = new Set(found);
  const more = (rows: { seller_id: string }[]) => {
    for (const r of rows) {
      if (found.length >= limit || seen.has(r.seller_id)) continue;
      seen.add(r.seller_id);
      found.push(r.seller_id);
    }
  };
  if (found.length < limit && nameTokens.length && nameTokens.length <= 8) {
    const words = nameTokens.slice(0, -1);
    const beginning = prefixPattern(`n:${nameTokens.at(-1)}`);
    if (words.length === 0)
      more(
        rowsOf(
          await db.execute(
            sql`select seller_id from seller_search_keys where key like ${beginning} limit ${limit * 4}`,
          ),
        ),
      );
    else {
      // One row per seller holding every whole word, each an index lookup on (key, seller_id): the
      // planner starts from the rarest word (a company's "limited" is on every other seller), and
      // the word typed last is looked for among that seller's own keys.
      const joins = words
        .slice(1)
        .map((word, i) =>
          sql
            .raw(`join seller_search_keys w${i} on w${i}.seller_id = w.seller_id and w${i}.key = `)
            .append(sql`${`n:${word}`}`),
        );
      more(
        rowsOf(
          await db.execute(sql`
            select w.seller_id from seller_search_keys w ${sql.join(joins, sql` `)}
            where w.key = ${`n:${words[0]}`}
              and exists (select 1 from seller_search_keys b where b.seller_id = w.seller_id and b.key like ${beginning})
            limit ${limit * 2}`),
        ),
      );
    }
  }
  if (found.length < limit)
    more(
      rowsOf(
        await db.execute(
          sql`select seller_id from seller_search_keys where key like ${prefixPattern(`s:${sellerId}`)} limit ${limit}`,
        ),
      ),
    );
  return found;
}
