import { sql } from 'drizzle-orm';
import { rowsOf } from '../adapters/db/database.js';
import { ASSOCIATION_WEIGHTS, findClusterCandidates, type ScanInput } from '../modules/risk/index.js';
import type { Deps } from './deps.js';
import { readForAssociation } from './reevaluate.reads.js';

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

/**
 * Reads into `input` (which holds `sellerIds` already) the association clusters of these
 * sellers and nothing more, and returns their members other than `sellerIds`. Only the clusters
 * holding a changed seller can see their finding move when no identifier was dropped: an event
 * that adds no link key (a login from a new IP) changes the context of its own cluster, one that
 * adds a link key merges clusters, and both are reached here.
 *
 * From the members found so far (at first the changed sellers), the holders of their link keys:
 * through an identifier that links, a holder is read as a neighbour is (profile, identifiers,
 * notes); through a legal representative's block only its profile, and the rest once the
 * comparison has made it a member. Each new member's keys are followed in turn, until the
 * clusters are closed (or `MAX_SELLERS` are read).
 */
export async function readClusters(
  context: Deps,
  input: ScanInput,
  sellerIds: readonly string[],
  fromHistory: boolean,
): Promise<{ members: string[]; profiles: number }> {
  const maxPerKey = ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER;
  const changed = new Set(sellerIds);
  /** Sellers in the index: in full (profile and identifiers), or their profile only. */
  const inFull = new Set(sellerIds);
  const profileOnly = new Set<string>();
  const followed = new Set<string>();
  let profiles = 0;
  let frontier = [...sellerIds];
  const membersNow = () => {
    const members = new Set<string>();
    for (const id of sellerIds) for (const member of input.association.clusterOf(id)) members.add(member);
    return members;
  };
  while (frontier.length > 0) {
    for (const id of frontier) followed.add(id);
    const room = () => MAX_SELLERS - inFull.size - profileOnly.size;
    const found = await findClusterCandidates(context.db, frontier, maxPerKey);
    const promoted = found.linked.filter((id) => profileOnly.has(id));
    const linked = found.linked.filter((id) => !inFull.has(id) && !profileOnly.has(id)).slice(0, room());
    for (const id of linked) inFull.add(id);
    const sameBlock = found.sameBlock
      .filter((id) => !inFull.has(id) && !profileOnly.has(id))
      .slice(0, room());
    for (const id of sameBlock) profileOnly.add(id);
    profiles += await readForAssociation(
      context,
      input,
      linked,
      { profiles: true, links: true },
      fromHistory,
    );
    profiles += await readForAssociation(
      context,
      input,
      sameBlock,
      { profiles: true, links: false },
      fromHistory,
    );
    // A holder read for its profile only that now belongs to a cluster is read in full.
    let members = membersNow();
    for (;;) {
      const joined = [...profileOnly].filter((id) => members.has(id) || promoted.includes(id));
      if (joined.length === 0) break;
      for (const id of joined) {
        profileOnly.delete(id);
        inFull.add(id);
      }
      await readForAssociation(context, input, joined, { profiles: false, links: true }, fromHistory);
      members = membersNow();
    }
    frontier = [...members].filter((id) => !followed.has(id));
    if (room() <= 0) break;
  }
  return { members: [...membersNow()].filter((id) => !changed.has(id)), profiles };
}
