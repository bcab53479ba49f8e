import { describe, expect, it } from 'vitest';
import { createAssociationIndex } from './association.index.js';
import { indexOf, login, sellerFixture as seller } from './association.test-support.js';

describe('incremental index', () => {
  it('links a new event without a rescan and says whose cluster changed', () => {
    const index = indexOf([seller(1), seller(2), seller(3)]);
    expect(index.addEvent(login('S000001', 'dev-1234'))).toEqual([]);
    expect(index.addEvent(login('S000002', 'dev-1234'))).toEqual(['S000001', 'S000002']);
    expect(index.addEvent(login('S000002', 'dev-1234'))).toEqual([]);
    expect(index.addEvent({ seller_id: 'S000003', type: 'shipment' })).toEqual([]);
  });

  it('accepts events before the profile and unlinks when a profile drops the shared identifier', () => {
    const index = createAssociationIndex();
    index.addEvent({ seller_id: 'S000002', type: 'payout', bank_account_number: '6222 0210 0001 0001' });
    expect(index.addSeller(seller(1))).toEqual(['S000001', 'S000002']);
    index.addSeller(seller(3, { contact: { phone: '+86 139 0001 0001' } }));
    expect(index.clusterOf('S000001')).toEqual(['S000001', 'S000002', 'S000003']);
    expect(index.addSeller(seller(3))).toEqual(['S000001', 'S000002', 'S000003']);
    expect(index.clusterOf('S000003')).toEqual(['S000003']);
    expect(index.findingsFor('S000003')).toBeUndefined();
    expect(index.clusterOf('S000001')).toEqual(['S000001', 'S000002']);
  });

  it('reports a status change to the other members of the cluster', () => {
    const index = indexOf([
      seller(1, { contact: { email: 'a@b.com' } }),
      seller(2, { contact: { email: 'A@B.com' } }),
    ]);
    expect(index.addSeller(seller(2, { status: 'suspended', contact: { email: 'A@B.com' } }))).toEqual([
      'S000001',
      'S000002',
    ]);
  });

  it('stops linking through an identifier held by too many accounts', () => {
    const sellers = Array.from({ length: 202 }, (_, i) => seller(i + 1));
    const index = indexOf(
      sellers,
      sellers.map((s) => login(s.seller_id, 'emulator-0000')),
    );
    expect(index.clusters()).toEqual([]);
    expect(index.stats().too_common_identifiers).toBe(1);
  });

  it('still finds one person among more people born on one day than a block holds', () => {
    const given = ['Ava', 'Ben', 'Chloe', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
    const family = [
      'Kowalski',
      'Lindqvist',
      'Moreau',
      'Nakamura',
      'Okoye',
      'Papadakis',
      'Quispe',
      'Rossi',
      'Sato',
    ];
    const sellers = Array.from({ length: 80 }, (_, i) =>
      seller(i + 1, {
        legal_rep: {
          full_name: `${given[i % 10]} ${family[Math.floor(i / 10)]}`,
          date_of_birth: '1990-01-01',
          id_number: `X${1000000 + i * 7919}`,
        },
      }),
    );
    sellers.push(
      seller(500, {
        legal_rep: { full_name: 'MOREAU, Hana', date_of_birth: '1990-01-01', id_number: 'Y99' },
      }),
    );
    const index = indexOf(sellers);
    expect(index.clusters()).toEqual([['S000028', 'S000500']]);
    expect(index.stats().oversized_blocks_skipped).toBeGreaterThan(0);
  });
});

describe('replaying profiles', () => {
  it('changes nothing when the same profile arrives again', () => {
    const index = indexOf([
      seller(1, { contact: { phone: '+8613800138000' } }),
      seller(2, { contact: { phone: '13800138000' } }),
    ]);
    expect(index.addSeller(seller(2, { contact: { phone: '13800138000' } }))).toEqual([]);
    expect(index.clusterOf('S000001')).toEqual(['S000001', 'S000002']);
  });
});
