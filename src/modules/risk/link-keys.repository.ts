import { inArray, sql } from 'drizzle-orm';
import type { BulkSession } from '../../adapters/db/bulk.js';
import { CopyText } from '../../adapters/db/copy-text.js';
import { type Db, rowsOf } from '../../adapters/db/database.js';
import { sellerLinkKeys } from './risk.schema.js';

export async function saveLinkKeys(db: Db, rows: { key: string; sellerId: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const unique = [...new Map(rows.map((r) => [`${r.key}\u0000${r.sellerId}`, r])).values()];
  await db.execute(sql`
    insert into seller_link_keys (key, seller_id)
    select * from unnest(${sql.param(unique.map((r) => r.key))}::text[], ${sql.param(unique.map((r) => r.sellerId))}::text[])
    on conflict do nothing`);
}

/** `saveLinkKeys` on a bulk load's session: through `COPY` into a staging table, in the load's transaction. */
export async function copyLinkKeys(
  session: BulkSession,
  rows: { key: string; sellerId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const text = new CopyText();
  const seen = new Set<string>();
  for (const row of rows) {
    const pair = `${row.key}\u0000${row.sellerId}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    text.add([row.key, row.sellerId]);
  }
  await session.query('create temp table stage_link_keys (key text, seller_id text) on commit drop');
  await session.copyIn('stage_link_keys', ['key', 'seller_id'], text);
  await session.query(
    'insert into seller_link_keys (key, seller_id) select key, seller_id from stage_link_keys order by key, seller_id on conflict do nothing',
  );
}

/**
 * The sellers within `hops` shared keys of these sellers, these included. A key held by more than
 * `maxPerKey` sellers (a carrier-grade identifier) is not followed, as the association index
 * itself sets such identifiers aside.
 */
export async function findNeighbourhood(
  db: Db,
  sellerIds: string[],
  options: { hops: number; maxPerKey: number; maxSellers: number },
): Promise<string[]> {
  const found = new Set(sellerIds);
  let frontier = [...sellerIds];
  for (let hop = 0; hop < options.hops && frontier.length > 0 && found.size < options.maxSellers; hop++) {
    const keys = await db
      .selectDistinct({ key: sellerLinkKeys.key })
      .from(sellerLinkKeys)
      .where(inArray(sellerLinkKeys.sellerId, frontier));
    if (keys.length === 0) break;
    const next: string[] = [];
    for (const row of await holdersOfKeys(
      db,
      keys.map((k) => k.key),
      options.maxPerKey,
    ))
      if (!found.has(row.seller_id) && found.size < options.maxSellers) {
        found.add(row.seller_id);
        next.push(row.seller_id);
      }
    frontier = next;
  }
  return [...found];
}

/**
 * The other holders of these sellers' keys that can join their association cluster: through an
 * identifier that links (`linked`: device, card, bank account, registration number, phone,
 * email), or through a block of the legal representative (`sameBlock`: each with the sellers it
 * shares a block with; one person only if the representatives compare as one). Address keys are
 * not followed: a shared address supports a link, it never makes one. Keys held by more than
 * `maxPerKey` sellers are set aside, as in `findNeighbourhood`.
 */
export async function findClusterCandidates(
  db: Db,
  sellerIds: readonly string[],
  maxPerKey: number,
): Promise<{ linked: string[]; sameBlock: Map<string, Set<string>> }> {
  const held = sellerIds.length
    ? rowsOf<{ key: string; seller_id: string }>(
        await db.execute(sql`
          select key, seller_id from seller_link_keys
          where seller_id = any(${sql.param([...sellerIds])}::text[]) and key not like 'address:%'`),
      )
    : [];
  const holdersOf = new Map<string, string[]>();
  for (const row of held) holdersOf.set(row.key, [...(holdersOf.get(row.key) ?? []), row.seller_id]);
  const own = new Set(sellerIds);
  const linked = new Set<string>();
  const sameBlock = new Map<string, Set<string>>();
  for (const row of await holdersOfKeys(db, [...holdersOf.keys()], maxPerKey)) {
    if (own.has(row.seller_id)) continue;
    if (!row.key.startsWith('person:')) linked.add(row.seller_id);
    else {
      const peers = sameBlock.get(row.seller_id) ?? new Set<string>();
      for (const id of holdersOf.get(row.key) ?? []) peers.add(id);
      sameBlock.set(row.seller_id, peers);
    }
  }
  return { linked: [...linked], sameBlock };
}

/**
 * Key by key through the primary key (key, seller_id): for each key its first holders, at most
 * one past the cap, from the index; a key held by 2 to `maxPerKey` sellers is followed. Never a
 * count over the whole table (docs/live-path.md has the plan). `offset 0` keeps the lateral a
 * subquery, so each key's holders are looked up once, not once per use of `ids`.
 */
async function holdersOfKeys(
  db: Db,
  keys: readonly string[],
  maxPerKey: number,
): Promise<{ key: string; seller_id: string }[]> {
  if (keys.length === 0) return [];
  return rowsOf(
    await db.execute(sql`
      select k.key, unnest(h.ids) as seller_id
      from unnest(${sql.param([...keys])}::text[]) as k(key)
      cross join lateral (
        select array(
          select l.seller_id from seller_link_keys l where l.key = k.key
          limit ${maxPerKey + 1}) as ids offset 0) h
      where cardinality(h.ids) between 2 and ${maxPerKey}`),
  );
}
