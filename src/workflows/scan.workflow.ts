import type { Db } from '../adapters/db/database.js';
import type { Principal } from '../modules/access/index.js';
import { opensCase, readPolicyAndFindingsOnCase } from '../modules/cases/index.js';
import {
  detectByPartition,
  type Finding,
  partitionSellers,
  ScanInput,
  SELLERS_PER_PARTITION,
} from '../modules/risk/index.js';
import {
  findEventOverview,
  findSalesOverview,
  findSellerEntityTypes,
  readActivityOfSellers,
  readDataQualityNotePages,
  readDocumentsOfSellers,
  readEventIdentifierPages,
  readSalesOfSellers,
  readSellerPages,
  type SellerRecord,
} from '../modules/sellers/index.js';
import type { Deps } from './deps.js';
import { type OpenCaseOutcome, openOrUpdateCase } from './open-case.workflow.js';

export type CaseCounts = Record<OpenCaseOutcome['outcome'] | 'unknown_seller', number>;

export interface ScanSummary {
  sellers: number;
  asOf: string;
  findings: Record<string, number>;
  /** Absent when the scan was a dry run. */
  cases: CaseCounts | undefined;
  /** Data-quality notes on the sellers scanned, by code. */
  notes?: Record<string, number>;
}

export interface ScanStoreOptions {
  /** Default: the day after the latest date in the store's feed. */
  asOf?: Date;
  by: Principal;
  dryRun?: boolean;
  onFinding?: (finding: Finding) => void;
  onStage?: (stage: string) => void;
}

/**
 * Reads the store into a scan input, a page at a time, except what SQL computes of the whole
 * store and what is read per partition (docs/scale.md, "Scan from the store reads events in
 * SQL"): of the events, only the identifiers of the association index (in key order), their
 * counts and the latest one's time; of daily sales, the first and last day and orders per day.
 * Each partition's sellers' documents, whereabouts, identity checks and days of sales are read
 * when the partition is scanned.
 */
async function readStoreInto(db: Db, input: ScanInput): Promise<void> {
  for await (const page of readSellerPages(db))
    for (const row of page) input.addSeller(row.profile as SellerRecord);
  for await (const page of readEventIdentifierPages(db))
    for (const event of page) input.association.addEvent(event);
  const events = await findEventOverview(db);
  input.counts.events = events.events;
  input.skipped += events.unknownSellers;
  input.latestEventAt = events.latestEventAt ?? Number.NEGATIVE_INFINITY;
  const sales = await findSalesOverview(db);
  if (sales.earliest && sales.latest) input.sales.widenDates(sales.earliest, sales.latest);
  input.marketOrders = sales.marketOrders;
  input.counts.sales = sales.rows;
  for await (const page of readDataQualityNotePages(db))
    for (const { sellerId, kind, note } of page) input.addNotes(sellerId, kind, [note]);
}

/** One partition's daily sales, from the store. */
async function readSalesOfPart(db: Db, part: ScanInput): Promise<void> {
  await readSalesOfSellers(db, part.sellerIds, (sellerId, day, orders, revenue) =>
    part.sales.addDay(part.sellers.get(sellerId)!.index, day, orders, revenue),
  );
}

/**
 * One partition's documents, whereabouts and identity checks, from the store: the whole input's
 * maps, shared by each part, hold one partition's at a time.
 */
async function readDocumentsAndActivityOfPart(db: Db, part: ScanInput): Promise<void> {
  part.documents.clear();
  part.whereabouts.clear();
  part.identityChecks.clear();
  for await (const page of readDocumentsOfSellers(db, part.sellerIds))
    for (const document of page) part.addDocument(document);
  for await (const page of readActivityOfSellers(db, part.sellerIds))
    for (const event of page) part.addActivity(event);
}

/** Case counts before any finding was applied. */
export const noCases = (): CaseCounts => ({
  opened: 0,
  updated: 0,
  unchanged: 0,
  below_threshold: 0,
  already_cleared: 0,
  unknown_seller: 0,
});

export interface ApplyOptions {
  source?: 'scan' | 'live';
  /** Milliseconds spent reading before the case writes (`policy`) and writing (`apply`), added to. */
  cost?: { policy: number; apply: number };
  /**
   * The entity type of each seller in the store, when the caller has just read their profiles (the
   * live path's scan state): not read again. A seller absent from it is not in the store.
   */
  entityTypes?: ReadonlyMap<string, 'business' | 'individual'>;
}

/**
 * Lets policy turn findings into cases: one call per seller with all its findings, so the
 * seller's one open case gets every new reason at once. The same findings again change nothing.
 */
export async function applyFindings(
  context: Deps,
  findings: Finding[],
  by: Principal,
  { source = 'scan', cost, entityTypes: given }: ApplyOptions = {},
): Promise<CaseCounts> {
  const counts = noCases();
  if (findings.length === 0) return counts;
  const started = performance.now();
  const bySeller = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = bySeller.get(finding.seller_id);
    if (list) list.push(finding);
    else bySeller.set(finding.seller_id, [finding]);
  }
  // What policy would leave as it is, for the whole batch: the policy (findings below its
  // thresholds) and the open cases' reasons (findings the seller's open case already holds as they
  // are) in one statement; beside it, unless the caller knows them, the sellers in the store.
  const ids = [...bySeller.keys()];
  const [entityTypes, { policy, isOnCase }] = await Promise.all([
    given ?? findSellerEntityTypes(context.db, ids),
    readPolicyAndFindingsOnCase(context.db, ids),
  ]);
  const writing = performance.now();
  if (cost) cost.policy += writing - started;
  for (const [sellerId, list] of bySeller) {
    const opens = list.filter((f) => opensCase(f.trigger, f.score, policy));
    const entityType = entityTypes.get(sellerId);
    if (!entityType) counts.unknown_seller += 1;
    else if (opens.length === 0) counts.below_threshold += 1;
    else if (isOnCase(sellerId, opens)) counts.unchanged += 1;
    else {
      const known = { policy, entityType };
      counts[(await openOrUpdateCase(context, { sellerId, findings: list, source, by, known })).outcome] += 1;
    }
  }
  if (cost) cost.apply += performance.now() - writing;
  return counts;
}

/** The risk scan over the store: every detector, then policy. */
export async function scanStore(context: Deps, options: ScanStoreOptions): Promise<ScanSummary> {
  const input = new ScanInput();
  options.onStage?.('reading the store');
  await readStoreInto(context.db, input);
  const asOf = options.asOf ?? input.defaultAsOf();
  const parts = partitionSellers(
    input,
    Math.max(1, Math.ceil(input.sellerIds.length / SELLERS_PER_PARTITION)),
  );
  const findings = await detectByPartition(input, parts, asOf, {
    fillSales: (part) => readSalesOfPart(context.db, part),
    fillEvents: (part) => readDocumentsAndActivityOfPart(context.db, part),
    onStage: (stage) => options.onStage?.(stage),
  });
  for (const finding of findings) options.onFinding?.(finding);
  options.onStage?.('applying policy');
  const cases = options.dryRun ? undefined : await applyFindings(context, findings, options.by);
  return {
    sellers: input.sellerIds.length,
    asOf: asOf.toISOString().slice(0, 10),
    findings: countByTrigger(findings),
    cases,
    notes: Object.fromEntries(input.notesByCode),
  };
}

export function countByTrigger(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.trigger] = (counts[finding.trigger] ?? 0) + 1;
  return counts;
}
