import type { Finding } from '../finding.js';
import type { LinkKind, SellerStatus } from './association.types.js';
import {
  ADDRESS_SUPPORT_STRENGTH,
  INACTIVE_DOUBT_FACTOR,
  LINK_STRENGTH,
  MAX_INACTIVE_COUNTED,
  MAX_LINKS_IN_EVIDENCE,
  SEVERITY_FROM,
} from './association.weights.js';
import type { PersonComparison } from './same-person.js';

/** One identifier shared inside a cluster. */
export interface SharedIdentifier<Kind extends LinkKind | 'address' | 'ip' = LinkKind | 'address' | 'ip'> {
  readonly kind: Kind;
  readonly masked: string;
  readonly sellerIds: readonly string[];
}

/** Two accounts whose legal representatives are one person. */
export interface PersonLink {
  readonly sellerIds: readonly [string, string];
  /** Masked name, birth year and ID of the first account's representative. */
  readonly described: string;
  readonly comparison: PersonComparison;
}

/** Everything a finding needs to know about one cluster. */
export interface ClusterView {
  readonly members: readonly { readonly sellerId: string; readonly status: SellerStatus }[];
  readonly links: readonly SharedIdentifier<LinkKind>[];
  readonly personLinks: readonly PersonLink[];
  /** Full addresses (same unit) shared by members: support, never a link alone. */
  readonly addresses: readonly SharedIdentifier<'address'>[];
  /** IPs shared by members: context, never a link. */
  readonly ips: readonly SharedIdentifier<'ip'>[];
}

type ScoredKind = keyof typeof LINK_STRENGTH;
interface InactiveMember {
  readonly sellerId: string;
  readonly status: Exclude<SellerStatus, 'active'>;
}

const KIND_WORDS: Readonly<Record<LinkKind | 'legal_rep', string>> = {
  device: 'a device',
  card: 'a payment card',
  bank_account: 'a bank account',
  registration_number: 'a company registration number',
  phone: 'a phone number',
  email: 'an email address',
  legal_rep: 'its legal representative',
};

const listing = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const accounts = (n: number): string => (n === 1 ? 'another seller account' : `${n} other seller accounts`);

/** Suspended accounts count before deactivated ones. */
const rankOf = (status: SellerStatus): number => (status === 'suspended' ? 0 : 1);

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const scoredKindsOf = (view: ClusterView): ScoredKind[] => {
  const kinds = new Set<ScoredKind>(view.links.map((link) => link.kind));
  for (const link of view.personLinks)
    kinds.add(link.comparison.rule === 'weighted_evidence' ? 'legal_rep_weighted' : 'legal_rep');
  if (kinds.has('legal_rep')) kinds.delete('legal_rep_weighted');
  return [...kinds].sort();
};

/**
 * The `account_association` finding of one member of a cluster. The score combines the kinds
 * of link in the cluster as independent evidence, a shared full address as support, and then
 * raises it for each suspended or deactivated account among the others.
 */
export function buildAssociationFinding(sellerId: string, view: ClusterView): Finding {
  const kinds = scoredKindsOf(view);
  let doubt = kinds.reduce((d, kind) => d * (1 - LINK_STRENGTH[kind]), 1);
  if (view.addresses.length > 0) doubt *= 1 - ADDRESS_SUPPORT_STRENGTH;
  const linkStrength = 1 - doubt;
  const inactive = view.members
    .filter((m): m is InactiveMember => m.sellerId !== sellerId && m.status !== 'active')
    .sort((a, b) => rankOf(a.status) - rankOf(b.status) || a.sellerId.localeCompare(b.sellerId));
  const counted = inactive.slice(0, MAX_INACTIVE_COUNTED);
  for (const member of counted) doubt *= INACTIVE_DOUBT_FACTOR[member.status];
  const score = round3(1 - doubt);

  const directKinds = new Set<LinkKind | 'legal_rep'>();
  const direct = new Set<string>();
  for (const link of view.links)
    if (link.sellerIds.includes(sellerId)) {
      directKinds.add(link.kind);
      for (const id of link.sellerIds) direct.add(id);
    }
  for (const link of view.personLinks)
    if (link.sellerIds.includes(sellerId)) {
      directKinds.add('legal_rep');
      for (const id of link.sellerIds) direct.add(id);
    }
  direct.delete(sellerId);
  const others = view.members.length - 1;
  const indirect = others - direct.size;
  const words = [...directKinds].sort().map((kind) => KIND_WORDS[kind]);
  const summary =
    `Your account shares ${listing(words)} with ${accounts(direct.size)}` +
    (indirect > 0 ? `, which ${direct.size === 1 ? 'is' : 'are'} in turn linked to ${indirect} more` : '') +
    (inactive.length > 0
      ? `; ${inactive.length === 1 ? 'one' : inactive.length} of the linked accounts ${inactive.length === 1 ? 'is' : 'are'} suspended or closed`
      : '') +
    '. We need to understand how these accounts are related.';

  const involves = (ids: readonly string[]) => (ids.includes(sellerId) ? 0 : 1);
  const links = [
    ...view.links.map((link) => ({ kind: link.kind, identifier: link.masked, seller_ids: link.sellerIds })),
    ...view.personLinks.map((link) => ({
      kind: 'legal_rep',
      identifier: link.described,
      seller_ids: link.sellerIds,
      basis: link.comparison.rule,
      name: {
        agreement: link.comparison.name.agreement,
        similarity: round3(link.comparison.name.similarity),
      },
      date_of_birth: link.comparison.dateOfBirth,
      id_number: link.comparison.idNumber,
      address: link.comparison.address,
      points: link.comparison.points,
    })),
  ].sort((a, b) => involves(a.seller_ids) - involves(b.seller_ids));

  return {
    seller_id: sellerId,
    trigger: 'account_association',
    score,
    severity: score >= SEVERITY_FROM.high ? 'high' : score >= SEVERITY_FROM.medium ? 'medium' : 'low',
    summary,
    evidence: {
      cluster_size: view.members.length,
      links: links.slice(0, MAX_LINKS_IN_EVIDENCE),
      ...(links.length > MAX_LINKS_IN_EVIDENCE
        ? { links_omitted: links.length - MAX_LINKS_IN_EVIDENCE }
        : {}),
      supporting: view.addresses.map((a) => ({
        kind: 'address',
        identifier: a.masked,
        seller_ids: a.sellerIds,
        note: 'a shared address counts only together with another identifier',
      })),
      context: view.ips.map((ip) => ({
        kind: 'ip',
        identifier: ip.masked,
        seller_ids: ip.sellerIds,
        note: 'a shared IP address does not link accounts on its own',
      })),
      inactive_accounts: inactive.map((m) => ({ seller_id: m.sellerId, status: m.status })),
      score_parts: {
        link_kinds: kinds,
        link_strength: round3(linkStrength),
        inactive_counted: counted.length,
      },
    },
    related_seller_ids: view.members.map((m) => m.sellerId).filter((id) => id !== sellerId),
  };
}
