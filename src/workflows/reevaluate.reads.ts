import { addSummaryLinksTo, type ScanInput } from '../modules/risk/index.js';
import { findDataQualityNotesOf, findFeedOfSellers } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';
import { summariesOfSellers } from './seller-summaries.js';

/**
 * On PGlite every statement runs in the server's own thread and holds it until it ends: the reads
 * of a batch's neighbourhood go `PGLITE_READ_SLICE` sellers per statement there, so that no
 * statement keeps requests waiting for long (docs/live-path.md). Batches stay at 200: the
 * neighbourhood (capped at 2,000 sellers) costs about the same from 25 sellers as from 200, so
 * smaller batches drained the backlog several times slower for no shorter statement.
 */
const PGLITE_READ_SLICE = 100;

/** `SECONDLOOK_PGLITE_SLICES=0` reads as on PostgreSQL (to compare, docs/benchmarks.md). */
export const onPglite = (context: Pick<Deps, 'database'>) =>
  context.database.storage === 'pglite' && process.env.SECONDLOOK_PGLITE_SLICES !== '0';
/** Sellers per read statement: all at once on PostgreSQL, slices on PGlite. */
export const readSlice = (context: Pick<Deps, 'database'>) =>
  onPglite(context) ? PGLITE_READ_SLICE : Number.POSITIVE_INFINITY;

export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  if (items.length <= size) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function addNotesOf(context: Deps, input: ScanInput, sellerIds: string[]) {
  for (const { sellerId, kind, note } of await findDataQualityNotesOf(context.db, sellerIds))
    input.addNotes(sellerId, kind, [note]);
}

/**
 * What the association index reads of sellers judged for association only: the profile
 * (`profiles`), the identifiers of their events (`links`: from the summary, or every event with
 * `history`) and the data-quality notes a finding cites. Returns the profiles read.
 */
export async function readForAssociation(
  context: Deps,
  input: ScanInput,
  sellerIds: readonly string[],
  parts: { profiles: boolean; links: boolean },
  fromHistory: boolean,
): Promise<number> {
  // Nobody to read (a cluster that closed on the batch's own sellers): not even the horizon.
  if (sellerIds.length === 0) return 0;
  let profiles = 0;
  for (const slice of slices(sellerIds, readSlice(context))) {
    if (parts.profiles || (parts.links && fromHistory)) {
      const feed = await findFeedOfSellers(context.db, slice, {
        events: parts.links && fromHistory,
        sales: false,
        documents: false,
      });
      if (parts.profiles) for (const seller of feed.sellers) input.addSeller(seller);
      profiles += parts.profiles ? feed.sellers.length : 0;
      for (const event of feed.events) input.addEvent(event);
    }
    if (!parts.links) continue;
    if (!fromHistory)
      for (const [sellerId, summary] of await summariesOfSellers(context.db, slice))
        addSummaryLinksTo(input, sellerId, summary);
    await addNotesOf(context, input, slice);
  }
  return profiles;
}
