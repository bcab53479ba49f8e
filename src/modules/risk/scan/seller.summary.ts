import type { EventRecord } from '../../sellers/index.js';
import type { AssociationEvent } from '../association/index.js';
import type { IdentityCheck } from '../triggers/identity-verification/identity-verification.detect.js';
import type { ScanInput } from './scan.input.js';

/**
 * What the detectors need of one seller's events, folded event by event so that the live path
 * reads only the events that arrived since (docs/live-path.md, "Reading only what is new"):
 *
 * - whereabouts per UTC day: logins per day and country, own and marketplace shipments per day,
 *   ship-from type and country, payouts per day and bank country (the live path judges as of a
 *   day boundary, so a day is as precise as the time of day was);
 * - every identity check with a result (there are few, and the latest one decides);
 * - the identifiers the association index reads, each once (device, IP, card, bank account, the
 *   old and new values of a profile change; at most `MAX_IPS` IPs, which never link).
 *
 * Plain JSON, so that it is stored as it is. Folding an event twice counts it twice: the caller
 * folds each event once (the high-water mark of the summary's row).
 */
export interface SellerSummary {
  logins: Record<string, number>;
  shipments: Record<string, number>;
  payouts: Record<string, number>;
  identityChecks: IdentityCheck[];
  /** Minimal association events (JSON), each once. */
  links: string[];
}

/** IPs never link accounts; they are context, and the index keeps a few per account. */
const MAX_IPS = 64;
const SEP = '\u0001';

export const emptySellerSummary = (): SellerSummary => ({
  logins: {},
  shipments: {},
  payouts: {},
  identityChecks: [],
  links: [],
});

/** This summary with these events folded in (the summary given is not changed). */
export function foldEvents(summary: SellerSummary, events: readonly EventRecord[]): SellerSummary {
  const next: SellerSummary = {
    logins: { ...summary.logins },
    shipments: { ...summary.shipments },
    payouts: { ...summary.payouts },
    identityChecks: [...summary.identityChecks],
    links: [...summary.links],
  };
  const links = new Set(next.links);
  let ips = next.links.filter((link) => link.includes('"ip"')).length;
  const link = (event: Omit<AssociationEvent, 'seller_id'>) => {
    const json = JSON.stringify(event);
    if (links.has(json)) return;
    if (event.ip !== undefined) {
      if (ips >= MAX_IPS) return;
      ips += 1;
    }
    links.add(json);
    next.links.push(json);
  };
  for (const event of events) {
    const at = Date.parse(event.at);
    if (Number.isNaN(at)) continue;
    const day = new Date(at).toISOString().slice(0, 10);
    switch (event.type) {
      case 'identity_check':
        // A check whose result is unknown says nothing: it neither fails nor clears.
        if (event.result)
          next.identityChecks.push({
            at: event.at,
            result: event.result,
            ...(event.reason === undefined ? {} : { reason: event.reason }),
          });
        break;
      case 'login':
        if (event.ip_country) increment(next.logins, `${day}${SEP}${event.ip_country}`);
        if (typeof event.device_id === 'string') link({ type: 'login', device_id: event.device_id });
        if (typeof event.ip === 'string') link({ type: 'login', ip: event.ip });
        break;
      case 'shipment':
        if (event.ship_from?.type && event.ship_from.country)
          increment(next.shipments, `${day}${SEP}${event.ship_from.type}${SEP}${event.ship_from.country}`);
        break;
      case 'payout':
        if (event.bank_country) increment(next.payouts, `${day}${SEP}${event.bank_country}`);
        if (typeof event.bank_account_number === 'string')
          link({ type: 'payout', bank_account_number: event.bank_account_number });
        break;
      case 'card_added':
        if (typeof event.card_fingerprint === 'string')
          link({ type: 'card_added', card_fingerprint: event.card_fingerprint });
        break;
      case 'profile_change':
        link({ type: 'profile_change', field: event.field, old: event.old, new: event.new });
        break;
      default:
        break;
    }
  }
  return next;
}

/**
 * Gives the scan input what `ScanInput.addEvent` would have given it for the events folded in
 * this summary: the seller's whereabouts, identity checks and identifiers.
 */
export function addSummaryTo(input: ScanInput, sellerId: string, summary: SellerSummary): void {
  if (!input.sellers.has(sellerId)) return;
  const whereabouts = input.whereabouts.get(sellerId) ?? [];
  for (const [key, n] of Object.entries(summary.logins)) {
    const [day, country] = key.split(SEP) as [string, string];
    for (let i = 0; i < n; i++) whereabouts.push({ type: 'login', at: startOf(day), ip_country: country });
  }
  for (const [key, n] of Object.entries(summary.shipments)) {
    const [day, type, country] = key.split(SEP) as [string, 'seller' | 'marketplace_fulfillment', string];
    for (let i = 0; i < n; i++)
      whereabouts.push({ type: 'shipment', at: startOf(day), ship_from: { type, country } });
  }
  for (const [key, n] of Object.entries(summary.payouts)) {
    const [day, country] = key.split(SEP) as [string, string];
    for (let i = 0; i < n; i++) whereabouts.push({ type: 'payout', at: startOf(day), bank_country: country });
  }
  if (whereabouts.length > 0) input.whereabouts.set(sellerId, whereabouts);
  if (summary.identityChecks.length > 0)
    input.identityChecks.set(sellerId, [
      ...(input.identityChecks.get(sellerId) ?? []),
      ...summary.identityChecks,
    ]);
  addSummaryLinksTo(input, sellerId, summary);
}

/** Only what the association index reads of the summary: its identifiers (the live path's neighbours). */
export function addSummaryLinksTo(input: ScanInput, sellerId: string, summary: SellerSummary): void {
  if (!input.sellers.has(sellerId)) return;
  for (const json of summary.links)
    input.association.addEvent({
      ...(JSON.parse(json) as Omit<AssociationEvent, 'seller_id'>),
      seller_id: sellerId,
    });
}

const startOf = (day: string) => `${day}T00:00:00.000Z`;
const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};
