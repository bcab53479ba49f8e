import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFeedLine } from './feed.clean.js';
import { canonicalDocumentRecord, canonicalSellerRecord } from './feed.profiles-fast.js';

const FAST = { sellers: canonicalSellerRecord, documents: canonicalDocumentRecord } as const;

/** The fast path takes a value only when the contract gives that very record, keys in its order, with no note. */
function isSameAsContract(kind: keyof typeof FAST, value: unknown): boolean {
  const fast = FAST[kind](structuredClone(value));
  if (!fast) return false;
  const contract = cleanFeedLine(kind, structuredClone(value));
  expect(contract).toEqual({ record: fast, notes: [] });
  expect(JSON.stringify('record' in contract && contract.record)).toBe(JSON.stringify(fast));
  return true;
}

const address = {
  line1: '40 Church St.',
  line2: 'Suite 56',
  city: 'Birmingham',
  postal_code: 'B5 4BU',
  country: 'GB',
};
const person = {
  full_name: 'George Thompson',
  date_of_birth: '2001-06-30',
  nationality: 'GB',
  id_type: 'passport',
  id_number: '666587877',
};
const business = {
  seller_id: 'S1',
  created_at: '2021-12-07T14:55:09Z',
  status: 'active',
  entity_type: 'business',
  business: { legal_name: 'GreenGoods Limited', registration_number: '04026286', country: 'GB', address },
  legal_rep: person,
  contact: { email: 'g@example.com', phone: '0044 7928715956' },
  bank: { holder_name: 'GreenGoods Limited', account_number: 'GB33 NWBK 8205', country: 'GB' },
  store: { name: 'GreenGoods Online', marketplace: 'DE' },
};
const individual = {
  seller_id: 'S2',
  entity_type: 'individual',
  address: { city: '杭州', country: 'CN' },
  legal_rep: { full_name: '陈鹏' },
};

const sellersTaken = [business, individual, { ...individual, seller_id: 'S3' }];
const sellersLeft = [
  { ...business, seller_id: ' S1' },
  { ...business, seller_id: 7 },
  { ...individual, status: 'active' },
  { ...business, extra: 'x' },
  { ...business, status: 'Active' },
  { ...business, created_at: '2021-12-07T14:55:09+00:00' },
  { ...business, store: { name: 'x', marketplace: 'DE', floor: '2' } },
  { ...business, contact: { email: ' g@example.com' } },
  { ...business, contact: { phone: 447928715956 } },
  { ...business, contact: {} },
  { ...business, contact: { email: null } },
  { ...business, bank: { holder_name: '   ' } },
  { ...business, bank: { holder_name: 'a\u0000b' } },
  { ...business, bank: { holder_name: 'bad \ufffd byte' } },
  { ...business, business: { ...business.business, registration_number: '04026286 ' } },
  { ...business, business: { legal_name: 'GreenGoods', country: 'GB' } },
  { ...business, business: { ...business.business, country: 'gb' } },
  { ...business, legal_rep: { ...person, date_of_birth: '2001-02-30' } },
  { ...business, legal_rep: { ...person, date_of_birth: '20010630' } },
  { ...business, legal_rep: { ...person, id_type: 'ID card' } },
  { ...individual, legal_rep: undefined },
  { ...individual, entity_type: undefined },
  { ...individual, address: { city: 'Berlin' } },
  JSON.parse(
    '{"seller_id":"S1","entity_type":"individual","__proto__":{"x":1},"legal_rep":{"full_name":"A"}}',
  ),
  [business],
  null,
];

const document = {
  document_id: 'S1-D1',
  seller_id: 'S1',
  type: 'business_license',
  status: 'accepted',
  issued_on: '2018-11-23',
  expires_on: null,
};
const documentsTaken = [document, { seller_id: 'S1', type: 'other', status: 'pending' }];
const documentsLeft = [
  { ...document, type: 'Business License' },
  { ...document, status: undefined },
  { ...document, issued_on: '2018-11-23T00:00:00Z' },
  { ...document, document_id: null },
  { ...document, document_id: 12 },
  { ...document, pages: 2 },
  { ...document, seller_id: 'S 1' },
];

describe('canonical profile and document lines (feed.profiles-fast.ts)', () => {
  it('takes canonical lines, giving exactly what the contract gives', () => {
    for (const value of sellersTaken)
      expect(isSameAsContract('sellers', value), JSON.stringify(value)).toBe(true);
    for (const value of documentsTaken)
      expect(isSameAsContract('documents', value), JSON.stringify(value)).toBe(true);
  });

  it('leaves every line it is unsure of to the contract', () => {
    for (const value of sellersLeft)
      expect(canonicalSellerRecord(value), JSON.stringify(value)).toBeUndefined();
    for (const value of documentsLeft)
      expect(canonicalDocumentRecord(value), JSON.stringify(value)).toBeUndefined();
  });

  it('never takes a line the contract would read differently', () => {
    const text = fc.oneof(
      fc.constantFrom('GB', 'gb', ' x', 'active', '2001-06-30', 'a@b', '+44 79'),
      fc.string(),
    );
    const value = fc.oneof(text, fc.constant(null), fc.integer());
    const object = (keys: string[]) =>
      fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length });
    const profile = fc.record(
      {
        seller_id: fc.constantFrom('S1', ' S1', 'S-1'),
        entity_type: fc.constantFrom('business', 'individual', 'Business'),
        business: object(['legal_name', 'registration_number', 'country']),
        address: object(['line1', 'city', 'country']),
        legal_rep: object(['full_name', 'date_of_birth', 'nationality', 'id_type']),
        contact: object(['email', 'phone']),
      },
      { requiredKeys: ['seller_id'] },
    );
    fc.assert(fc.property(profile, (line) => void isSameAsContract('sellers', line)));
    const doc = fc.record(
      {
        seller_id: fc.constantFrom('S1', ''),
        document_id: value,
        type: fc.constantFrom('other', 'government_id', 'passport'),
        status: fc.constantFrom('accepted', 'Accepted'),
        issued_on: value,
        expires_on: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(doc, (line) => void isSameAsContract('documents', line)));
  });
});
