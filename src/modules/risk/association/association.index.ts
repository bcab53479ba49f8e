import type { Finding } from '../finding.js';
import { buildAssociationFinding, type ClusterView } from './association.findings.js';
import { type Identifier, isLinkKind } from './association.types.js';
import {
  type Account,
  type AssociationIndex,
  bySellerId,
  clusterViewOf,
  type IdentifierEntry,
} from './association.view.js';
import { MAX_ACCOUNTS_PER_IDENTIFIER, MAX_BLOCK_SIZE } from './association.weights.js';
import { blockingKeys } from './blocking.js';
import {
  eventIdentifiers,
  homeCountryOf,
  normalisedAddressOf,
  profileIdentifiers,
} from './identifiers.extract.js';
import { mayBeSamePerson, type Person, personOf, samePersonLink } from './same-person.js';
import { UnionFind } from './union-find.js';

export type { AssociationIndex } from './association.view.js';

const MAX_IPS_PER_ACCOUNT = 32;
/** Everything of a representative that a comparison reads. */
const personKey = (person: Person | undefined): string =>
  person
    ? [
        person.name.tokens.map((token) => token.spellings.join('/')).join(' '),
        person.dateOfBirth,
        person.idNumber,
        person.idType,
        person.nationality,
        person.address?.unitKey,
        person.address?.postcode,
        person.address?.buildingName,
      ].join('\u0000')
    : '';
const slotOf = (id: Identifier): string => `${id.kind}\u0000${id.key}`;

/**
 * The incremental association index: identifier → accounts, blocking key → legal
 * representatives, and union-find clusters. A new account or event is linked by looking up its
 * own identifiers and blocks, never by a rescan; a replaced profile rebuilds only its cluster.
 */
export function createAssociationIndex(): AssociationIndex {
  const accounts: Account[] = [];
  const bySeller = new Map<string, Account>();
  const identifiers = new Map<string, IdentifierEntry>();
  const blocks = new Map<string, number[]>();
  const sets = new UnionFind();
  const counters = { comparisons: 0, oversized: 0 };
  /** Candidates already gathered for the account being matched (stamped with its round). */
  const seenInRound: number[] = [];
  let comparisonRound = 0;

  const accountOf = (sellerId: string): Account => {
    let account = bySeller.get(sellerId);
    if (!account) {
      account = {
        sellerId,
        index: accounts.length,
        status: 'active',
        country: undefined,
        profileSlots: [],
        eventSlots: new Set(),
        ips: new Set(),
        person: undefined,
        blocks: [],
        personLinks: new Map(),
      };
      accounts.push(account);
      bySeller.set(sellerId, account);
      sets.ensure(account.index);
    }
    return account;
  };

  /** Links `index` to the other holders of its identifiers and its same-person matches. */
  const relink = (index: number): void => {
    const account = accounts[index]!;
    for (const slot of [...account.profileSlots, ...account.eventSlots]) {
      const entry = identifiers.get(slot);
      if (!entry || entry.isTooCommon || !isLinkKind(entry.kind)) continue;
      for (const holder of entry.holders) if (holder !== index) sets.union(index, holder);
    }
    for (const other of account.personLinks.keys()) sets.union(index, other);
  };

  const rebuild = (index: number, touched: Set<number>): void => {
    const members = sets.dissolve(index);
    for (const member of members) touched.add(member);
    for (const member of members) relink(member);
  };

  /** `slot`: the identifier's slot, one string shared by the index and the account's own slots. */
  const hold = (account: Account, id: Identifier, touched: Set<number>, slot = slotOf(id)): void => {
    const entry = identifiers.get(slot);
    if (!entry) {
      // Most have one holder: an array of exactly one (an empty one pushed to reserves 17 places).
      const { kind, masked } = id;
      identifiers.set(slot, { kind, masked, holders: [account.index], isTooCommon: false });
      return;
    }
    if (entry.holders.includes(account.index)) return;
    entry.holders.push(account.index);
    if (entry.isTooCommon || entry.holders.length < 2) return;
    if (entry.holders.length > MAX_ACCOUNTS_PER_IDENTIFIER) {
      entry.isTooCommon = true;
      if (isLinkKind(entry.kind)) {
        // The earlier holders were joined through this identifier; the newest one was not yet.
        rebuild(entry.holders[0]!, touched);
        touched.add(account.index);
      }
      return;
    }
    const first = entry.holders[0]!;
    if (isLinkKind(entry.kind)) sets.union(account.index, first);
    if (isLinkKind(entry.kind) || sets.find(first) === sets.find(account.index)) touched.add(account.index);
  };

  const release = (account: Account, slot: string): void => {
    const entry = identifiers.get(slot);
    if (!entry) return;
    const at = entry.holders.indexOf(account.index);
    if (at >= 0) entry.holders.splice(at, 1);
    if (entry.holders.length === 0) identifiers.delete(slot);
  };

  const leaveBlocks = (account: Account): void => {
    for (const key of account.blocks) {
      const members = blocks.get(key);
      if (!members) continue;
      const at = members.indexOf(account.index);
      if (at >= 0) members.splice(at, 1);
      if (members.length === 0) blocks.delete(key);
    }
    account.blocks = [];
  };

  /** Compares the account's representative with those sharing a block, then joins the blocks. */
  const matchPerson = (account: Account, touched: Set<number>): void => {
    const person = account.person;
    if (!person) return;
    const keys = blockingKeys(person);
    const candidates: number[] = [];
    const stamp = ++comparisonRound;
    for (const key of keys) {
      const members = blocks.get(key);
      if (!members) continue;
      if (members.length >= MAX_BLOCK_SIZE) {
        counters.oversized++;
        continue;
      }
      for (const member of members) {
        if (seenInRound[member] === stamp) continue;
        seenInRound[member] = stamp;
        candidates.push(member);
      }
    }
    account.blocks = keys.filter((key) => {
      const members = blocks.get(key);
      if (!members) blocks.set(key, [account.index]);
      else if (members.length < MAX_BLOCK_SIZE) members.push(account.index);
      else return false;
      return true;
    });
    for (const candidate of candidates) {
      const other = accounts[candidate]!;
      if (candidate === account.index || !other.person || !mayBeSamePerson(person, other.person)) continue;
      counters.comparisons++;
      const comparison = samePersonLink(person, other.person);
      if (!comparison) continue;
      account.personLinks.set(candidate, comparison);
      other.personLinks.set(account.index, comparison);
      sets.union(account.index, candidate);
      touched.add(account.index);
    }
  };

  const removeProfile = (account: Account, touched: Set<number>): void => {
    for (const slot of account.profileSlots) if (!account.eventSlots.has(slot)) release(account, slot);
    account.profileSlots = [];
    leaveBlocks(account);
    for (const other of account.personLinks.keys()) accounts[other]!.personLinks.delete(account.index);
    account.personLinks.clear();
    account.person = undefined;
    rebuild(account.index, touched);
  };

  const isSameProfile = (account: Account, slots: readonly string[], person: Person | undefined): boolean =>
    (account.profileSlots.length > 0 || account.person !== undefined) &&
    slots.length === account.profileSlots.length &&
    slots.every((slot, i) => slot === account.profileSlots[i]) &&
    personKey(person) === personKey(account.person);

  const changedSellers = (touched: Set<number>): string[] => {
    // A seller left alone by a rebuild is listed too: its finding disappears.
    const out = new Set<string>();
    for (const index of touched) for (const member of sets.setOf(index)) out.add(accounts[member]!.sellerId);
    return [...out].sort(bySellerId);
  };

  const viewOf = (index: number): ClusterView =>
    clusterViewOf(
      sets.setOf(index).map((i) => accounts[i]!),
      accounts,
      identifiers,
    );

  const findingOf = (index: number): Finding | undefined =>
    sets.setOf(index).length < 2
      ? undefined
      : buildAssociationFinding(accounts[index]!.sellerId, viewOf(index));

  return {
    addSeller(seller) {
      const touched = new Set<number>();
      const account = accountOf(seller.seller_id);
      const status = seller.status ?? 'active';
      if (status !== account.status) touched.add(account.index);
      account.status = status;
      const address = normalisedAddressOf(seller);
      const ids = profileIdentifiers(seller, address);
      const idSlots = ids.map(slotOf);
      const slots = [...new Set(idSlots)];
      const person = personOf(seller, address);
      // The same profile again (a re-run, a change of unrelated fields) keeps every link.
      if (isSameProfile(account, slots, person)) return changedSellers(touched);
      if (account.profileSlots.length > 0 || account.person) removeProfile(account, touched);
      account.country = homeCountryOf(seller);
      account.profileSlots = slots;
      for (const [i, id] of ids.entries()) hold(account, id, touched, idSlots[i]);
      account.person = person;
      matchPerson(account, touched);
      return changedSellers(touched);
    },
    addEvent(event) {
      const touched = new Set<number>();
      const account = accountOf(event.seller_id);
      for (const id of eventIdentifiers(event, account.country)) {
        if (id.kind === 'ip') {
          if (account.ips.size < MAX_IPS_PER_ACCOUNT) account.ips.add(id.masked);
          continue;
        }
        const slot = slotOf(id);
        if (account.eventSlots.has(slot)) continue;
        account.eventSlots.add(slot);
        hold(account, id, touched, slot);
      }
      return changedSellers(touched);
    },
    clusterOf(sellerId) {
      const account = bySeller.get(sellerId);
      if (!account) return [sellerId];
      return sets
        .setOf(account.index)
        .map((i) => accounts[i]!.sellerId)
        .sort(bySellerId);
    },
    clusters() {
      const out: string[][] = [];
      for (const root of sets.roots(2))
        out.push(
          sets
            .setOf(root)
            .map((i) => accounts[i]!.sellerId)
            .sort(bySellerId),
        );
      return out.sort((a, b) => bySellerId(a[0]!, b[0]!));
    },
    findingsFor(sellerId) {
      const account = bySeller.get(sellerId);
      return account ? findingOf(account.index) : undefined;
    },
    findings() {
      const out: Finding[] = [];
      for (const root of sets.roots(2)) {
        const view = viewOf(root);
        for (const member of view.members) out.push(buildAssociationFinding(member.sellerId, view));
      }
      return out.sort((a, b) => bySellerId(a.seller_id, b.seller_id));
    },
    stats() {
      let tooCommon = 0;
      for (const entry of identifiers.values()) if (entry.isTooCommon) tooCommon++;
      let personLinks = 0;
      for (const account of accounts) personLinks += account.personLinks.size;
      return {
        accounts: accounts.length,
        identifiers: identifiers.size,
        too_common_identifiers: tooCommon,
        person_comparisons: counters.comparisons,
        oversized_blocks_skipped: counters.oversized,
        person_links: personLinks / 2,
      };
    },
  };
}
