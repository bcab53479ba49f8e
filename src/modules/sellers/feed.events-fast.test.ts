import { describe, expect, it } from 'vitest';
import { cleanFeedLine } from './feed.clean.js';
import { canonicalEventRecord } from './feed.events-fast.js';
import { normaliseTimestamp } from './feed.values.js';

/** The fast path takes a value only when the contract gives that very record with no note. */
function expectSameAsContract(value: unknown): boolean {
  const fast = canonicalEventRecord(structuredClone(value));
  if (!fast) return false;
  const contract = cleanFeedLine('events', structuredClone(value));
  expect(contract).toEqual({ record: fast, notes: [] });
  return true;
}

const base = { event_id: 'e-1', seller_id: 'S1', at: '2024-03-01T10:00:00Z' };
const taken = [
  { ...base, type: 'login', ip: '1.2.3.4', ip_country: 'GB', device_id: 'dev_1' },
  { ...base, type: 'shipment', ship_from: { type: 'seller', country: 'DE' } },
  { ...base, type: 'shipment', ship_from: { type: 'marketplace_fulfillment' } },
  { ...base, type: 'shipment', ship_from: { country: 'DE', address: 'Hauptstr. 1' } },
  {
    ...base,
    type: 'shipment',
    ship_from: { type: 'seller', address: { line1: 'Hauptstr. 1', country: 'DE', floor: '2' } },
  },
  { ...base, type: 'payout', bank_account_number: 'DE89 3704', bank_country: 'DE' },
  { ...base, type: 'card_added', card_fingerprint: 'abc' },
  { ...base, type: 'identity_check', result: 'failed', reason: 'blurry photo' },
  { ...base, type: 'profile_change', field: 'bank', old: 'x', new: 12 },
  { seller_id: 'S1', at: '2024-03-01T10:00:00Z', type: 'login', extra: true, n: -0 },
];
const refused = [
  { ...base, type: 'Login' },
  { ...base, type: 'login', at: '2024-03-01T10:00:00+00:00' },
  { ...base, type: 'login', at: '2024-02-30T10:00:00Z' },
  { ...base, type: 'login', at: '1899-12-31T10:00:00Z' },
  { ...base, type: 'login', seller_id: ' S1' },
  { ...base, type: 'login', seller_id: 12 },
  { ...base, type: 'login', event_id: 7 },
  { ...base, type: 'login', event_id: 'x'.repeat(129) },
  { ...base, type: 'login', ip_country: 'gb' },
  { ...base, type: 'login', ip: ' 1.2.3.4' },
  { ...base, type: 'login', ip: 'x'.repeat(65) },
  { ...base, type: 'login', device_id: '' },
  { ...base, type: 'login', device_id: null },
  { ...base, type: 'login', note: '   ' },
  { ...base, type: 'login', note: 'a\u0000b' },
  { ...base, type: 'login', note: 'bad \ufffd byte' },
  { ...base, type: 'login', note: '\ud83d' },
  { ...base, type: 'login', nested: { a: null } },
  { ...base, type: 'login', list: [1] },
  { ...base, type: 'login', big: Number.POSITIVE_INFINITY },
  { ...base, type: 'login', 'bad key': 1 },
  { ...base, type: 'login', ship_from: { type: 'seller' } },
  { ...base, type: 'shipment', ship_from: {} },
  { ...base, type: 'shipment', ship_from: { type: 'Seller' } },
  { ...base, type: 'shipment', ship_from: { country: 'DE', address: { city: 'Berlin', country: 'de' } } },
  { ...base, type: 'shipment', ship_from: { country: 'DE', address: { city: 'Berlin', zip: 10115 } } },
  { ...base, type: 'shipment', ship_from: { country: 'DE', address: {} } },
  { ...base, type: 'identity_check', result: 'PASSED' },
  { ...base, type: 'profile_change', old: { a: 1 } },
  { event_id: 'e', at: '2024-03-01T10:00:00Z', type: 'login' },
  { event_id: 'e', seller_id: 'S1', type: 'login' },
  JSON.parse('{"seller_id":"S1","at":"2024-03-01T10:00:00Z","type":"login","__proto__":{"x":1}}'),
  [base],
  'login',
  null,
];

describe('canonical event lines (feed.events-fast.ts)', () => {
  it('takes canonical lines, giving exactly what the contract gives', () => {
    for (const value of taken) expect(expectSameAsContract(value), JSON.stringify(value)).toBe(true);
  });

  it('leaves every line it is unsure of to the contract', () => {
    for (const value of refused) expect(canonicalEventRecord(value), JSON.stringify(value)).toBeUndefined();
  });
});

describe('the timestamp of a canonical line', () => {
  it('is taken exactly when normaliseTimestamp keeps it as written', () => {
    const days = [
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2100-12-31',
      '2101-01-01',
      '1899-12-31',
      '1900-01-01',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
    ];
    const times = ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60'];
    for (const day of days)
      for (const time of times) {
        const at = `${day}T${time}Z`;
        const normal = normaliseTimestamp(at);
        const kept = 'value' in normal && normal.value === at;
        expect(canonicalEventRecord({ seller_id: 'S1', at, type: 'login' }) !== undefined, at).toBe(kept);
      }
  });
});
