import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkKind } from './plan.types.js';
import {
  addressOf,
  addressTokens,
  alnum,
  editDistance,
  type GeneratedFeed,
  generateFeed,
  nameLetters,
  normalisePhone,
  type SellerLine,
} from './simulation.test-support.js';

/** Every value of an identifier kind a seller shows in the feed, normalised. */
const identifiers = (
  feed: GeneratedFeed,
  seller: SellerLine,
  kind: Exclude<LinkKind, 'legal_rep'>,
): string[] => {
  const events = feed.events.get(seller.seller_id) ?? [];
  switch (kind) {
    case 'device':
      return events.flatMap((e) => (e.type === 'login' && e.device_id ? [String(e.device_id)] : []));
    case 'card':
      return events.flatMap((e) => (e.type === 'card_added' ? [String(e.card_fingerprint)] : []));
    case 'bank_account':
      return [
        ...(seller.bank ? [alnum(seller.bank.account_number)] : []),
        ...events.flatMap((e) => (e.type === 'payout' ? [alnum(String(e.bank_account_number))] : [])),
      ];
    case 'registration_number':
      return seller.business ? [alnum(seller.business.registration_number)] : [];
    case 'phone':
      return seller.contact?.phone
        ? [normalisePhone(seller.contact.phone, addressOf(seller)?.country ?? 'US')]
        : [];
    case 'email':
      return seller.contact?.email ? [seller.contact.email.toLowerCase()] : [];
    case 'address': {
      const address = addressOf(seller);
      return address ? [addressTokens(address)] : [];
    }
  }
};

const KINDS = ['device', 'card', 'bank_account', 'registration_number', 'phone', 'email', 'address'] as const;

describe('truth.json account associations', () => {
  let feed: GeneratedFeed;
  beforeAll(async () => {
    feed = await generateFeed(1500, 3);
  });
  afterAll(async () => {
    await rm(feed.dir, { recursive: true, force: true });
  });

  const seller = (id: string): SellerLine => {
    const found = feed.sellers.get(id);
    if (!found) throw new Error(`no seller ${id}`);
    return found;
  };

  it('plants clusters of 2 to 6 with varied links, some including a suspended or deactivated account', () => {
    const clusters = feed.truth.positives.account_association;
    expect(clusters.length).toBeGreaterThan(10);
    for (const c of clusters) expect(c.seller_ids.length).toBeGreaterThanOrEqual(2);
    for (const c of clusters) expect(c.seller_ids.length).toBeLessThanOrEqual(6);
    expect(new Set(clusters.flatMap((c) => c.link_kinds)).size).toBeGreaterThanOrEqual(7);
    expect(clusters.some((c) => c.inactive_seller_ids.length > 0)).toBe(true);
    for (const c of clusters)
      for (const id of c.inactive_seller_ids)
        expect(['suspended', 'deactivated']).toContain(seller(id).status);
  });

  it('links members through identifiers they really share, modulo formatting', () => {
    for (const cluster of feed.truth.positives.account_association) {
      for (const link of cluster.links) {
        const kind = link.kind;
        if (kind === 'legal_rep') continue;
        const values = link.seller_ids.map((id) => new Set(identifiers(feed, seller(id), kind)));
        const common = [...(values[0] ?? [])].filter((v) => values.every((set) => set.has(v)));
        expect(common.length, `${cluster.cluster_id} ${link.kind}`).toBeGreaterThan(0);
      }
    }
  });

  it('writes the shared numbers and addresses in different ways across a cluster', () => {
    const raw = feed.truth.positives.account_association.flatMap((c) =>
      c.links
        .filter((l) => l.kind === 'phone' || l.kind === 'address')
        .map(
          (l) =>
            new Set(
              l.seller_ids.map((id) =>
                JSON.stringify(l.kind === 'phone' ? seller(id).contact?.phone : addressOf(seller(id))),
              ),
            ),
        ),
    );
    expect(raw.some((set) => set.size > 1)).toBe(true);
  });

  it('links the same legal representative by name (any script, order, case, typo) plus date of birth or ID', () => {
    for (const cluster of feed.truth.positives.account_association) {
      const link = cluster.links.find((l) => l.kind === 'legal_rep');
      if (!link) continue;
      const reps = link.seller_ids.map((id) => seller(id).legal_rep);
      for (const a of reps)
        for (const b of reps) {
          expect(editDistance(nameLetters(a.full_name), nameLetters(b.full_name))).toBeLessThanOrEqual(2);
          const sameDob = a.date_of_birth !== undefined && a.date_of_birth === b.date_of_birth;
          const sameId = a.id_number !== undefined && alnum(a.id_number) === alnum(b.id_number ?? '');
          expect(sameDob || sameId, `${cluster.cluster_id}: ${a.full_name} / ${b.full_name}`).toBe(true);
        }
    }
  });

  it('never shares a linking identifier between sellers outside one planted link', () => {
    const linkedPairs = new Set<string>();
    for (const c of feed.truth.positives.account_association)
      for (const a of c.seller_ids) for (const b of c.seller_ids) linkedPairs.add(`${a}|${b}`);
    const accidental: string[] = [];
    for (const kind of KINDS) {
      const holders = new Map<string, Set<string>>();
      for (const s of feed.sellers.values())
        for (const value of identifiers(feed, s, kind))
          holders.set(value, (holders.get(value) ?? new Set()).add(s.seller_id));
      for (const [value, ids] of holders) {
        const list = [...ids];
        for (const a of list)
          for (const b of list)
            if (a < b && !linkedPairs.has(`${a}|${b}`)) accidental.push(`${kind} ${value}: ${a} ${b}`);
      }
    }
    expect(accidental).toEqual([]);
  });

  it('never gives two unlinked sellers the same person (similar name and the same date of birth)', () => {
    const linked = new Set(feed.truth.positives.account_association.flatMap((c) => c.seller_ids));
    const byDob = new Map<string, SellerLine[]>();
    for (const s of feed.sellers.values()) {
      const dob = s.legal_rep.date_of_birth;
      if (dob && !linked.has(s.seller_id)) byDob.set(dob, [...(byDob.get(dob) ?? []), s]);
    }
    const clashes: string[] = [];
    for (const group of byDob.values())
      for (const a of group)
        for (const b of group)
          if (
            a !== b &&
            editDistance(nameLetters(a.legal_rep.full_name), nameLetters(b.legal_rep.full_name)) <= 1
          )
            clashes.push(`${a.legal_rep.full_name} ${b.legal_rep.full_name}`);
    expect(clashes).toEqual([]);
  });

  it('groups unrelated sellers behind one IP, under one common name, and in one building', () => {
    const negatives = feed.truth.hard_negatives.account_association;
    for (const g of negatives.shared_ip)
      for (const id of g.seller_ids)
        expect(
          (feed.events.get(id) ?? []).some((e) => e.type === 'login' && e.ip === g.ip),
          `${id} ${g.ip}`,
        ).toBe(true);
    for (const g of negatives.common_name) {
      const reps = g.seller_ids.map((id) => seller(id).legal_rep);
      expect(new Set(reps.map((r) => nameLetters(r.full_name))).size).toBe(1);
      expect(new Set(reps.map((r) => r.date_of_birth)).size).toBe(reps.length);
      expect(new Set(reps.map((r) => alnum(r.id_number ?? ''))).size).toBe(reps.length);
    }
    for (const g of negatives.same_building) {
      const addresses = g.seller_ids.map((id) => addressOf(seller(id)));
      expect(
        new Set(addresses.map((a) => addressTokens({ line1: a?.line1 ?? '', city: a?.city ?? '' }))).size,
      ).toBe(1);
      expect(
        new Set(addresses.map((a) => addressTokens({ line1: '', line2: a?.line2 ?? '', city: '' }))).size,
      ).toBe(addresses.length);
    }
    expect(negatives.shared_ip.some((g) => g.seller_ids.length >= 5)).toBe(true);
  });
});
