import { describe, expect, it } from 'vitest';
import { settledAssociationIndex } from './association.settled.js';
import { indexOf, login, sellerFixture as seller } from './association.test-support.js';

describe('the settled association index', () => {
  const sellers = [1, 2, 3, 4, 5, 6].map((n) => seller(n));
  // Two clusters (1–2–3 by devices, 5–6 by a card) and a seller alone (4).
  const index = indexOf(sellers, [
    login('S000001', 'dev-a'),
    login('S000002', 'dev-a'),
    login('S000002', 'dev-b'),
    login('S000003', 'dev-b'),
    { seller_id: 'S000005', type: 'card_added', card_fingerprint: 'fp_77' },
    { seller_id: 'S000006', type: 'card_added', card_fingerprint: 'fp_77' },
  ]);
  const settled = settledAssociationIndex(index.findings(), index.stats());

  it('answers from its findings what the index answered', () => {
    expect(settled.findings()).toEqual(index.findings());
    expect(settled.clusters()).toEqual([
      ['S000001', 'S000002', 'S000003'],
      ['S000005', 'S000006'],
    ]);
    expect(settled.clusters()).toEqual(index.clusters());
    for (const { seller_id } of sellers) {
      expect(settled.clusterOf(seller_id)).toEqual(index.clusterOf(seller_id));
      expect(settled.findingsFor(seller_id)).toEqual(index.findingsFor(seller_id));
    }
    expect(settled.stats()).toEqual(index.stats());
  });

  it('refuses a profile or an event once settled', () => {
    expect(() => settled.addSeller(seller(7))).toThrow(/settled/);
    expect(() => settled.addEvent(login('S000004', 'dev-a'))).toThrow(/settled/);
  });
});
