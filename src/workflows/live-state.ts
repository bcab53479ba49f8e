import type { Db } from '../adapters/db/database.js';
import {
  ASSOCIATION_WEIGHTS,
  addSummaryTo,
  emptySellerSummary,
  foldEvents,
  type ScanInput,
  type SellerSummary,
  saveSellerSummaries,
} from '../modules/risk/index.js';
import type { DocumentRecord, FieldNote, SalesRecord, SellerRecord } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';
import { type HeldVersions, readSellerDeltas, type SellerDelta } from './live-state.read.js';
import { readSlice, slices } from './reevaluate.reads.js';

/**
 * A worker's scan state (issue #14, "Live path"): what the detectors read of each changed seller,
 * kept in the process between re-evaluations, so that a job reads only what changed since (one
 * statement per slice of sellers, `readSellerDeltas`) and its case write is what remains of the
 * database. Per seller: the profile, the documents on file, the sales days, the data-quality
 * notes (each with the version it was read at), and the summary of its events with its mark.
 *
 * Bounded: at most `MAX_SELLERS` sellers, the least recently re-evaluated leaving first, and a
 * seller not re-evaluated for `TTL_MS` is dropped (so an erasure done elsewhere leaves no personal
 * data in this process for longer than that; an erasure in this process drops it at once,
 * `forgetLiveState`). Nothing is ever served without its versions checked in the same statement
 * that reads the new events: a profile changed or erased, a document, a sales day or a note
 * written, a summary row deleted by erasure or rewritten by another worker, are read again.
 */
const MAX_SELLERS = 20_000;
const TTL_MS = 10 * 60_000;
/**
 * The held summary is written back once this many events were folded into it since its stored
 * row (or at once when there is none): the other workers (a neighbour's read, the next process)
 * then read at most this many events past the stored mark, and a job rarely writes it.
 */
const SAVE_AFTER_EVENTS = 64;

interface HeldSeller {
  versions: HeldVersions;
  profileNumber: number | null;
  record: SellerRecord | null;
  documents: DocumentRecord[];
  sales: SalesRecord[];
  notes: { kind: string; note: FieldNote }[];
  /** Every event written by a transaction before `versions.through`, folded. */
  summary: SellerSummary;
  /** Events folded into `summary` since the stored row it started from. */
  unsaved: number;
  /** The version of its link keys (`linkVersion`) at which a cluster read found it alone ('' if not). */
  aloneAt: string;
  verifiedAt: number;
}

/** `SECONDLOOK_LIVE_STATE=0` reads every part from the store on every job, as before (to compare). */
export const liveStateOn = () => process.env.SECONDLOOK_LIVE_STATE !== '0';

const states = new WeakMap<Db, Map<string, HeldSeller>>();
const stateOf = (db: Db) => {
  let held = states.get(db);
  if (!held) {
    held = new Map();
    states.set(db, held);
  }
  return held;
};

/** Drops these sellers from this process's scan state (their personal data was just erased). */
export function forgetLiveState(db: Db, sellerIds: readonly string[]): void {
  const held = states.get(db);
  if (held) for (const id of sellerIds) held.delete(id);
}

/** How many sellers this process holds (for the benchmark and tests). */
export const liveStateSize = (db: Db) => states.get(db)?.size ?? 0;
/** What this process holds of one seller, as JSON (tests look for values that must be gone). */
export const heldSellerJson = (db: Db, sellerId: string) =>
  JSON.stringify(states.get(db)?.get(sellerId) ?? null);

const blank = (sellerId: string): HeldSeller => ({
  versions: { sellerId, profile: '', documents: '', sales: '', notes: '', summaryRow: '', through: '0' },
  profileNumber: null,
  record: null,
  documents: [],
  sales: [],
  notes: [],
  summary: emptySellerSummary(),
  unsaved: 0,
  aloneAt: '',
  verifiedAt: 0,
});

export interface LiveSellers {
  sales: SalesRecord[];
  salesJudgedThrough: Map<string, string>;
  /** Whether a profile of these sellers is past its first version (the reach of the batch). */
  profilesChanged: boolean;
  /** Sellers alone in their association cluster, as a cluster read found them, nothing changed since. */
  alone: Set<string>;
  /** The version of each seller's link keys read by this job (`holdClusterReads`). */
  links: Map<string, string>;
  rows: { profiles: number; documents: number; sales: number };
}

/**
 * Adds to `input` what the detectors need of these changed sellers, as `liveFindings` reads it
 * from the store (profiles, documents, their events' summary, data-quality notes) and returns
 * their sales days and sales watermarks: from this process's scan state, brought up to date by
 * one delta read per slice.
 */
export async function addLiveStateTo(
  context: Deps,
  input: ScanInput,
  sellerIds: readonly string[],
): Promise<LiveSellers> {
  const held = stateOf(context.db);
  const out: LiveSellers = {
    sales: [],
    salesJudgedThrough: new Map(),
    profilesChanged: false,
    alone: new Set(),
    links: new Map(),
    rows: { profiles: 0, documents: 0, sales: 0 },
  };
  const now = Date.now();
  for (const slice of slices(sellerIds, readSlice(context))) {
    const entries = new Map(slice.map((id) => [id, held.get(id) ?? blank(id)]));
    const { horizon, deltas } = await readSellerDeltas(
      context.db,
      [...entries.values()].map((e) => e.versions),
      ASSOCIATION_WEIGHTS.MAX_ACCOUNTS_PER_IDENTIFIER,
    );
    const current = new Map<string, SellerSummary>();
    const toSave: { sellerId: string; through: string; summary: SellerSummary }[] = [];
    for (const delta of deltas) {
      const entry = entries.get(delta.sellerId)!;
      const { summary, save } = bringUpToDate(entry, delta, horizon, out.rows);
      entry.verifiedAt = now;
      out.links.set(delta.sellerId, delta.links);
      if (entry.aloneAt === delta.links) out.alone.add(delta.sellerId);
      current.set(delta.sellerId, summary);
      if (save)
        toSave.push({ sellerId: delta.sellerId, through: entry.versions.through, summary: entry.summary });
      held.delete(delta.sellerId);
      held.set(delta.sellerId, entry);
    }
    await saveSellerSummaries(context.db, toSave);
    for (const entry of entries.values()) if (entry.record) input.addSeller(entry.record);
    for (const entry of entries.values()) for (const doc of entry.documents) input.addDocument(doc);
    for (const [sellerId, summary] of current) addSummaryTo(input, sellerId, summary);
    for (const entry of entries.values()) {
      for (const { kind, note } of entry.notes) input.addNotes(entry.versions.sellerId, kind, [note]);
      out.sales.push(...entry.sales);
      if ((entry.profileNumber ?? 0) > 1) out.profilesChanged = true;
    }
    for (const delta of deltas)
      if (delta.salesThrough !== null) out.salesJudgedThrough.set(delta.sellerId, delta.salesThrough);
  }
  bound(held, now);
  return out;
}

/**
 * After a cluster read of these sellers: those it found alone in their cluster are taken as alone
 * by the next jobs while the version of their link keys is the one this job read before its
 * cluster read (`links`: a key or a holder written since moves it); the others are read again.
 */
export function holdClusterReads(
  db: Db,
  links: ReadonlyMap<string, string>,
  sellerIds: readonly string[],
  isAlone: (sellerId: string) => boolean,
): void {
  const held = states.get(db);
  for (const id of sellerIds) {
    const entry = held?.get(id);
    if (entry) entry.aloneAt = isAlone(id) ? (links.get(id) ?? '') : '';
  }
}

/**
 * Takes a delta into a held seller; returns the summary this re-evaluation reads (the held one
 * with the events still above the horizon) and whether the held one must be stored (no row).
 */
function bringUpToDate(
  entry: HeldSeller,
  delta: SellerDelta,
  horizon: string,
  rows: LiveSellers['rows'],
): { summary: SellerSummary; save: boolean } {
  if (delta.profile !== undefined) {
    entry.record = delta.profile;
    rows.profiles += delta.profile ? 1 : 0;
  }
  if (delta.documents) {
    entry.documents = delta.documents;
    rows.documents += delta.documents.length;
  }
  if (delta.sales) {
    entry.sales = delta.sales;
    rows.sales += delta.sales.length;
  }
  if (delta.notes) entry.notes = delta.notes;
  if (delta.rebase !== undefined) {
    entry.summary = delta.rebase?.summary ?? emptySellerSummary();
    entry.versions.through = delta.rebase?.through ?? '0';
    entry.unsaved = 0;
  }
  const settledBefore = BigInt(horizon);
  const settled = delta.events.filter((e) => BigInt(e.arrivedIn) < settledBefore).map((e) => e.event);
  const open = delta.events.filter((e) => BigInt(e.arrivedIn) >= settledBefore).map((e) => e.event);
  if (settled.length > 0) entry.summary = foldEvents(entry.summary, settled);
  entry.unsaved += settled.length;
  if (settledBefore > BigInt(entry.versions.through)) entry.versions.through = horizon;
  const { settled: keep, ...versions } = { ...delta.versions, settled: delta.settled };
  Object.assign(entry.versions, keep ? versions : { ...versions, documents: '', sales: '', notes: '' });
  entry.profileNumber = delta.profileNumber;
  return {
    summary: open.length > 0 ? foldEvents(entry.summary, open) : entry.summary,
    save: delta.rebase === null || entry.unsaved >= SAVE_AFTER_EVENTS,
  };
}

/** Drops the sellers not re-evaluated for `TTL_MS`, then the least recent past `MAX_SELLERS`. */
function bound(held: Map<string, HeldSeller>, now: number) {
  for (const [id, entry] of held) {
    if (held.size <= MAX_SELLERS && now - entry.verifiedAt < TTL_MS) break;
    held.delete(id);
  }
}
