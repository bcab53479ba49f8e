import type { Finding } from '../finding.js';
import type { ClusterView, PersonLink, SharedIdentifier } from './association.findings.js';
import {
  type AssociationEvent,
  type AssociationSeller,
  type IdentifierKind,
  isLinkKind,
  type LinkKind,
  type SellerStatus,
} from './association.types.js';
import { describePerson, type Person, type PersonComparison } from './same-person.js';

/** What the index holds of one account. */
export interface Account {
  readonly sellerId: string;
  readonly index: number;
  status: SellerStatus;
  country: string | undefined;
  profileSlots: string[];
  readonly eventSlots: Set<string>;
  readonly ips: Set<string>;
  person: Person | undefined;
  blocks: string[];
  readonly personLinks: Map<number, PersonComparison>;
}

export interface IdentifierEntry {
  readonly kind: IdentifierKind;
  readonly masked: string;
  readonly holders: number[];
  /** Held by more than `MAX_ACCOUNTS_PER_IDENTIFIER` accounts: kept, but no longer links. */
  isTooCommon: boolean;
}

/** Counters for benchmarks and logs. */
interface AssociationStats {
  accounts: number;
  identifiers: number;
  /** Identifiers set aside because too many accounts hold them. */
  too_common_identifiers: number;
  /** Same-person comparisons made, and blocks skipped for being larger than `MAX_BLOCK_SIZE`. */
  person_comparisons: number;
  oversized_blocks_skipped: number;
  person_links: number;
}

export interface AssociationIndex {
  /** Adds or replaces a seller's profile; returns the sellers whose cluster or its links changed. */
  addSeller(seller: AssociationSeller): string[];
  /** Adds the identifiers of one event; returns the sellers whose cluster or its links changed. */
  addEvent(event: AssociationEvent): string[];
  /** The seller's cluster, sorted, the seller included (alone if it links to nobody). */
  clusterOf(sellerId: string): string[];
  /** Every cluster of two or more accounts, each sorted, ordered by first member. */
  clusters(): string[][];
  /** The seller's `account_association` finding, or undefined when it links to no other account. */
  findingsFor(sellerId: string): Finding | undefined;
  /** Findings of every account in a cluster, by seller id. */
  findings(): Finding[];
  stats(): AssociationStats;
}

export const bySellerId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What a cluster's finding shows: its members, the identifiers they share, same-person links and shared IPs. */
export function clusterViewOf(
  cluster: readonly Account[],
  accounts: readonly Account[],
  identifiers: ReadonlyMap<string, IdentifierEntry>,
): ClusterView {
  const members = [...cluster].sort((a, b) => bySellerId(a.sellerId, b.sellerId));
  const inCluster = new Set(members.map((m) => m.index));
  const links: SharedIdentifier<LinkKind>[] = [];
  const addresses: SharedIdentifier<'address'>[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    for (const slot of [...member.profileSlots, ...member.eventSlots]) {
      if (seen.has(slot)) continue;
      seen.add(slot);
      const entry = identifiers.get(slot);
      if (!entry || entry.isTooCommon) continue;
      const holders = entry.holders.filter((h) => inCluster.has(h));
      if (holders.length < 2) continue;
      const shared = {
        masked: entry.masked,
        sellerIds: holders.map((h) => accounts[h]!.sellerId).sort(bySellerId),
      };
      if (isLinkKind(entry.kind)) links.push({ ...shared, kind: entry.kind });
      else if (entry.kind === 'address') addresses.push({ ...shared, kind: 'address' });
    }
  }
  const personLinks: PersonLink[] = [];
  for (const member of members)
    for (const [other, comparison] of member.personLinks) {
      const peer = accounts[other]!;
      if (bySellerId(member.sellerId, peer.sellerId) >= 0) continue;
      personLinks.push({
        sellerIds: [member.sellerId, peer.sellerId],
        described: member.person ? describePerson(member.person) : '',
        comparison,
      });
    }
  const ipHolders = new Map<string, string[]>();
  for (const member of members)
    for (const ip of member.ips) ipHolders.set(ip, [...(ipHolders.get(ip) ?? []), member.sellerId]);
  const ips = [...ipHolders]
    .filter(([, holders]) => holders.length >= 2)
    .map(([ip, holders]) => ({ kind: 'ip' as const, masked: ip, sellerIds: holders }));
  links.sort((a, b) => a.kind.localeCompare(b.kind) || a.masked.localeCompare(b.masked));
  // In seller order, not in the order the comparisons happened (which follows the order the
  // accounts were read in): the same cluster gives the same evidence however it was read.
  personLinks.sort(
    (a, b) => bySellerId(a.sellerIds[0], b.sellerIds[0]) || bySellerId(a.sellerIds[1], b.sellerIds[1]),
  );
  return {
    members: members.map((m) => ({ sellerId: m.sellerId, status: m.status })),
    links,
    personLinks,
    addresses,
    ips,
  };
}
