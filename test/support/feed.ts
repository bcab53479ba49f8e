import { Readable } from 'node:stream';
import type { AppContext } from '../../src/app/context.js';
import { importFeed, type SellerRecord } from '../../src/modules/sellers/index.js';

export function businessSeller(sellerId: string, overrides: Partial<SellerRecord> = {}): SellerRecord {
  return {
    seller_id: sellerId,
    created_at: '2025-01-05T08:00:00Z',
    status: 'active',
    entity_type: 'business',
    business: {
      legal_name: `${sellerId} Trading Co., Ltd.`,
      registration_number: '91440300MA5FXXXXXX',
      country: 'CN',
      address: { line1: 'No. 18 Keyuan Road', line2: 'Room 1203', city: 'Shenzhen', country: 'CN' },
    },
    legal_rep: { full_name: 'Zhang Wei', date_of_birth: '1985-03-02' },
    ...overrides,
  };
}

export async function loadSellers(context: AppContext, sellers: SellerRecord[]): Promise<void> {
  await importFeed('sellers', Readable.from(sellers.map((s) => `${JSON.stringify(s)}\n`)), {
    db: context.db,
    clock: context.clock,
  });
}
