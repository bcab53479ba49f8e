import { sql } from 'drizzle-orm';
import { rowsOf } from '../adapters/db/database.js';
import {
  ASSOCIATION_WEIGHTS,
  type AssociationSeller,
  findClusterCandidates,
  representativeOf,
  type ScanInput,
  sameRepresentative,
} from '../modules/risk/index.js';
import type { Deps } from './deps.js';
import { readForAssociation, readSlice, slices } from './reevaluate.reads.js';

/** The most sellers a batch reads for its clusters (the same cap as the two-hop neighbourhood). */
const MAX_SELLERS = 2000;

/**
 * Whether any of these sellers' profiles changed since it was created (a profile version past
 * the first). A changed profile can drop an identifier, and with it a link: the accounts it
 * linked before must be judged again, and only the two-hop neighbourhood reaches them (the link
 * keys of the old profile stay in `seller_link_keys`). Events only ever add identifiers.
 */
export async function profilesChanged(context: Deps, sellerIds: readonly string[]): Promise<boolean> {
  if (sellerIds.length === 0) return false;
  const rows = rowsOf<{ changed: boolean }>(
    await context.db.execute(sql`
      select exists(
        select 1 from sellers
        where seller_id = any(${sql.param([...sellerIds])}::text[]) and profile_version > 1) as changed`),
  );
  return rows[0]?.changed === true;
}

type Representative = ReturnType<typeof representativeOf>;

/** Sellers whose representative a process keeps at most (about 1 KB each); then it starts over. */
const MAX_CACHED = 100_000;
const cache = new WeakMap<Deps, Map<string, { version: string; representative: Representative }>>();

/**
 * The legal representatives of these sellers as the blocks compare them. Each process keeps them
 * by row version: one statement reads every seller's current version, and the parts of the
 * profile a representative is built from (the legal representative, the registered address)
 * only where the version is not the one kept. A changed profile is never served from the cache.
 * The version is the row's `xmin` (the transaction that last wrote it) with the profile hash:
 * erasure rewrites the profile but keeps its hash (not personal data), and must not leave the
 * erased representative compared from memory.
 */
async function representativesOf(
  context: Deps,
  sellerIds: readonly string[],
): Promise<Map<string, Representative>> {
  let kept = cache.get(context);
  if (!kept || kept.size > MAX_CACHED) {
    kept = new Map();
    cache.set(context, kept);
  }
  const rows = rowsOf<{ seller_id: string; version: string; parts: AssociationSeller | null }>(
    await context.db.execute(sql`
      select v.seller_id, v.version,
        case when v.version is distinct from k.version then jsonb_strip_nulls(jsonb_build_object(
          'seller_id', v.seller_id,
          'legal_rep', v.profile->'legal_rep',
          'business', jsonb_build_object('address', v.profile->'business'->'address'),
          'address', v.profile->'address')) end as parts
      from unnest(${sql.param([...sellerIds])}::text[],
                  ${sql.param(sellerIds.map((id) => kept.get(id)?.version ?? ''))}::text[]) as k(seller_id, version)
      cross join lateral (
        select s.seller_id, s.profile, s.xmin::text || ':' || s.profile_hash as version
        from sellers s where s.seller_id = k.seller_id) v`),
  );
  const out = new Map<string, Representative>();
  for (const row of rows) {
    if (row.parts)
      kept.set(row.seller_id, { version: row.version, representative: representativeOf(row.parts) });
    out.set(row.seller_id, kept.get(row.seller_id)?.representative);
  }
  return out;
}

/**
 * Reads into `input` (which holds `sellerIds` already) the association clusters of these
 * sellers and nothing more, and returns their members other than `sellerIds`. Only the clusters
 * holding a changed seller can see their finding move when no identifier was dropped: an event
 * that adds no link key (a login from a new IP) changes the context of its own cluster, one that
 * adds a link key merges clusters, and both are reached here.
 *
 * From the members found so far (at first the changed sellers), the other holders of their link
 * keys: through an identifier that links, a holder is read as a neighbour is (profile,
 * identifiers, notes); through a legal representative's block, only the holder's profile is
 * read, and its representative compared with those of the members sharing the block (the test
 * the index makes): the same person joins and is read as a neighbour, anyone else is left out
 * of the index. Each new member's keys are followed in turn, until the clusters are closed (or
 * `MAX_SELLERS` are read: not `complete`). Sellers known to be `alone` in their cluster (the
 * worker's scan state) are not followed.
 */
export async function readClusters(
  context: Deps,
  input: ScanInput,
  sellerIds: readonly string[],
  fromHistory: boolean,
  alone: ReadonlySet<string> = new Set(),
): Promise<{ members: string[]; profiles: number; complete: boolean }> {
  const maxPerKey = ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER;
  const inIndex = new Set(sellerIds);
  const followed = new Set<string>();
  /** Representatives of the sellers compared so far (block mates read for their profile only). */
  const representatives = new Map<string, Representative>();
  const representative = (sellerId: string): Representative => {
    if (!representatives.has(sellerId)) {
      const record = input.sellers.get(sellerId)?.record;
      representatives.set(sellerId, record ? representativeOf(record) : undefined);
    }
    return representatives.get(sellerId);
  };
  const membersNow = () => {
    const members = new Set<string>();
    for (const id of sellerIds) for (const member of input.association.clusterOf(id)) members.add(member);
    return members;
  };
  let profiles = 0;
  let frontier = sellerIds.filter((id) => !alone.has(id));
  for (const id of alone) followed.add(id);
  while (frontier.length > 0 && inIndex.size < MAX_SELLERS) {
    for (const id of frontier) followed.add(id);
    const found = await findClusterCandidates(context.db, frontier, maxPerKey);
    const joining = new Set(found.linked.filter((id) => !inIndex.has(id)));
    const mates = [...found.sameBlock.keys()].filter((id) => !inIndex.has(id) && !joining.has(id));
    const unread = mates.filter((id) => !representatives.has(id));
    for (const slice of slices(unread, readSlice(context)))
      for (const [sellerId, looked] of await representativesOf(context, slice)) {
        representatives.set(sellerId, looked);
        profiles += 1;
      }
    for (const mate of mates) {
      const own = representatives.get(mate);
      for (const peer of found.sameBlock.get(mate) ?? [])
        if (sameRepresentative(own, representative(peer))) {
          joining.add(mate);
          break;
        }
    }
    const newcomers = [...joining].slice(0, MAX_SELLERS - inIndex.size);
    for (const id of newcomers) inIndex.add(id);
    profiles += await readForAssociation(
      context,
      input,
      newcomers,
      { profiles: true, links: true },
      fromHistory,
    );
    frontier = [...membersNow()].filter((id) => !followed.has(id));
  }
  const changed = new Set(sellerIds);
  return {
    members: [...membersNow()].filter((id) => !changed.has(id)),
    profiles,
    complete: inIndex.size < MAX_SELLERS,
  };
}
