import type {
  DocumentRecord,
  EventRecord,
  FieldNote,
  SalesRecord,
  SellerRecord,
} from '../../sellers/index.js';
import {
  type AssociationIndex,
  createAssociationIndex,
  settledAssociationIndex,
} from '../association/index.js';
import type { Finding } from '../finding.js';
import type { IdentityCheck } from '../triggers/identity-verification/identity-verification.detect.js';
import type { DocumentOnFile } from '../triggers/missing-documentation/missing-documentation.detect.js';
import type { MismatchEvent } from '../triggers/registration-mismatch/registration-mismatch.detect.js';
import { SalesColumns } from './sales.columns.js';

/**
 * Everything a scan reads, gathered once from files or from the database: the same builder for
 * both, so the detectors see the same data whichever way it came.
 */
export class ScanInput {
  readonly sellers = new Map<string, { index: number; record: SellerRecord }>();
  readonly sellerIds: string[] = [];
  readonly documents = new Map<string, DocumentOnFile[]>();
  readonly identityChecks = new Map<string, IdentityCheck[]>();
  /** Where each seller operates from: logins, own shipments, payouts (small records, not feed objects). */
  readonly whereabouts = new Map<string, MismatchEvent[]>();
  readonly sales = new SalesColumns();
  /**
   * Identifiers → accounts, built as profiles and events arrive (it keeps identifiers only);
   * a batch scan settles it into its findings once everything is read (`settleAssociation`),
   * and a partition scanned on its own is given the findings of an index built elsewhere.
   */
  association: AssociationIndex;
  /**
   * The whole market's orders per day, when the input holds only some sellers (the live path);
   * otherwise the market is the sum of the sellers read.
   */
  marketOrders: ReadonlyMap<string, number> | undefined;
  latestEventAt = Number.NEGATIVE_INFINITY;
  /**
   * Feed files that were not there. A detector whose data is missing stays silent: no documents
   * file says nothing about documents, it does not mean every seller lacks them.
   */
  readonly absent = new Set<'documents' | 'events' | 'sales'>();
  skipped = 0;
  duplicates = 0;
  counts = { sellers: 0, events: 0, sales: 0, documents: 0 };
  /** Data-quality notes read, by code, and the fields noted on each seller (what detectors could not check). */
  readonly notesByCode = new Map<string, number>();
  readonly notedFields = new Map<string, Map<string, string>>();
  private readonly eventIds = new Set<string>();

  constructor(association: AssociationIndex = createAssociationIndex()) {
    this.association = association;
  }

  /**
   * The part of this input that holds only `sellerIds`: their profiles and sales (added by the
   * caller), sharing the per-seller maps, the feed's first and last day, the market's daily
   * totals and the association findings of the whole feed. `absent`: the feeds not read for
   * these sellers (the whole input's by default).
   */
  static partOf(
    whole: ScanInput,
    sellerIds: readonly string[],
    association: AssociationIndex,
    absent: ScanInput['absent'] = whole.absent,
  ): ScanInput {
    const part = new ScanInput();
    Object.assign(part, {
      documents: whole.documents,
      identityChecks: whole.identityChecks,
      whereabouts: whole.whereabouts,
      notedFields: whole.notedFields,
      absent,
      association,
      marketOrders: whole.marketOrders,
      latestEventAt: whole.latestEventAt,
    });
    for (const id of sellerIds) {
      part.sellers.set(id, { index: part.sellerIds.length, record: whole.sellers.get(id)!.record });
      part.sellerIds.push(id);
    }
    part.sales.widen(whole.sales.earliestDay, whole.sales.latestDay);
    return part;
  }

  /**
   * The batch scan's association findings, once every profile and event is in (or `findings`,
   * when the index was built on another thread): the index is replaced by them and released, so
   * the detectors do not run beside it (the largest part of what a large scan holds).
   */
  settleAssociation(findings: readonly Finding[] = this.association.findings()): readonly Finding[] {
    this.association = settledAssociationIndex(findings, this.association.stats());
    return findings;
  }

  addNotes(sellerId: string, kind: string, notes: readonly FieldNote[]): void {
    if (notes.length === 0) return;
    let fields = this.notedFields.get(sellerId);
    if (!fields) {
      fields = new Map();
      this.notedFields.set(sellerId, fields);
    }
    for (const note of notes) {
      this.notesByCode.set(note.code, (this.notesByCode.get(note.code) ?? 0) + 1);
      fields.set(`${kind}:${note.field}`, note.code);
    }
  }

  addSeller(record: SellerRecord): void {
    const known = this.sellers.get(record.seller_id);
    if (known) known.record = record;
    else {
      this.sellers.set(record.seller_id, { index: this.sellerIds.length, record });
      this.sellerIds.push(record.seller_id);
    }
    this.association.addSeller(record);
    this.counts.sellers += 1;
  }

  addDocument(record: DocumentRecord): void {
    if (!this.isKnown(record.seller_id)) return;
    const list = this.documents.get(record.seller_id) ?? [];
    list.push({
      type: record.type,
      status: record.status,
      issued_on: record.issued_on,
      expires_on: record.expires_on,
    });
    this.documents.set(record.seller_id, list);
    this.counts.documents += 1;
  }

  addEvent(event: EventRecord): void {
    if (!this.isKnown(event.seller_id)) return;
    // A line sent twice is one event (the store keeps it once by the same key).
    if (event.event_id) {
      const key = `${event.seller_id}\u0001${event.event_id}`;
      if (this.eventIds.has(key)) {
        this.duplicates += 1;
        return;
      }
      this.eventIds.add(key);
    }
    const at = Date.parse(event.at);
    if (at > this.latestEventAt) this.latestEventAt = at;
    this.counts.events += 1;
    this.association.addEvent(event);
    this.addActivity(event);
  }

  /**
   * What the detectors read of a known seller's event: a login, shipment or payout as
   * whereabouts, an identity check (the store scan reads only these, reduced in SQL:
   * `readActivityOfSellers`); the bookkeeping of `addEvent` (duplicates, counts, the association
   * index) is the caller's.
   */
  addActivity(event: EventRecord): void {
    switch (event.type) {
      case 'identity_check': {
        // A check whose result is unknown says nothing: it neither fails nor clears.
        if (!event.result) return;
        const list = this.identityChecks.get(event.seller_id) ?? [];
        list.push({ at: event.at, result: event.result, reason: event.reason });
        this.identityChecks.set(event.seller_id, list);
        return;
      }
      case 'login':
        if (!event.ip_country) return;
        this.whereaboutsOf(event.seller_id).push({
          type: 'login',
          at: event.at,
          ip_country: event.ip_country,
        });
        return;
      case 'shipment':
        if (!event.ship_from?.type || !event.ship_from.country) return;
        this.whereaboutsOf(event.seller_id).push({
          type: 'shipment',
          at: event.at,
          ship_from: { type: event.ship_from.type, country: event.ship_from.country },
        });
        return;
      case 'payout':
        if (!event.bank_country) return;
        this.whereaboutsOf(event.seller_id).push({
          type: 'payout',
          at: event.at,
          bank_country: event.bank_country,
        });
        return;
      default:
        return;
    }
  }

  addSales(row: SalesRecord): void {
    const seller = this.sellers.get(row.seller_id);
    if (!seller) {
      this.skipped += 1;
      return;
    }
    // Unusable orders (noted) leave the day unknown, read like a day the feed did not send.
    if (row.orders === undefined) return;
    this.sales.add(seller.index, row.date, row.orders, row.revenue ?? 0);
    this.counts.sales += 1;
  }

  /** The SPEC's default scan date: the day after the latest date in the feed. */
  defaultAsOf(): Date {
    const latestSalesMs = Number.isFinite(this.sales.latestDay)
      ? this.sales.latestDay * 86_400_000
      : Number.NEGATIVE_INFINITY;
    const latest = Math.max(this.latestEventAt, latestSalesMs);
    if (!Number.isFinite(latest)) return new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
    return new Date((Math.floor(latest / 86_400_000) + 1) * 86_400_000);
  }

  private isKnown(sellerId: string): boolean {
    if (this.sellers.has(sellerId)) return true;
    this.skipped += 1;
    return false;
  }

  private whereaboutsOf(sellerId: string): MismatchEvent[] {
    let list = this.whereabouts.get(sellerId);
    if (!list) {
      list = [];
      this.whereabouts.set(sellerId, list);
    }
    return list;
  }
}
