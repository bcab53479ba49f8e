import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventRecord, SellerRecord } from '../../../sellers/index.js';
import {
  detectRegistrationMismatch,
  type MismatchEvent,
  type MismatchProfile,
} from './registration-mismatch.detect.js';

const asOf = new Date('2026-11-01T00:00:00Z');
/** An instant `daysBefore` days before the reference date, at 10:00 UTC. */
const at = (daysBefore: number) =>
  new Date(asOf.getTime() - daysBefore * 86_400_000 + 36_000_000).toISOString();

const seller = (extra: Partial<MismatchProfile> = {}): MismatchProfile => ({
  seller_id: 'S1',
  business: { country: 'GB', address: { country: 'GB' } },
  contact: { phone: '07700 900123' },
  bank: { country: 'GB' },
  ...extra,
});
const login = (daysBefore: number, country: string, device = 'd1'): MismatchEvent => ({
  type: 'login',
  at: at(daysBefore),
  ip_country: country,
  device_id: device,
});
const shipment = (daysBefore: number, country: string, by: 'seller' | 'marketplace_fulfillment' = 'seller') =>
  ({ type: 'shipment', at: at(daysBefore), ship_from: { type: by, country } }) as const;
const payout = (daysBefore: number, country: string) =>
  ({ type: 'payout', at: at(daysBefore), bank_country: country }) as const;

/** One login every `every` days over the last `days` days, all from `country`. */
const loginsFrom = (country: string, days = 180, every = 5) =>
  Array.from({ length: Math.floor(days / every) }, (_, i) => login(days - i * every, country));

/**
 * A seller at home until 150 days ago, then operating from TR: 5 of every 6 logins from TR
 * (a login every 3 days, on another device than at home), the rest from GB.
 */
const operatedFromTurkey = () => [
  ...loginsFrom('GB', 180, 6).filter((event) => Date.parse(event.at) < Date.parse(at(150))),
  ...Array.from({ length: 50 }, (_, i) =>
    login(149 - i * 3, i % 6 === 5 ? 'GB' : 'TR', i % 6 === 5 ? 'd1' : 'd2'),
  ),
];

describe('registration_mismatch', () => {
  it('flags a sustained majority of logins from one foreign country, with the evidence behind it', () => {
    const finding = detectRegistrationMismatch(seller(), operatedFromTurkey(), asOf);
    expect(finding).toMatchObject({ seller_id: 'S1', trigger: 'registration_mismatch', severity: 'low' });
    // Logins alone, however strong and long, open a case (0.6) at low severity only.
    expect(finding?.score).toBeGreaterThanOrEqual(0.6);
    expect(finding?.score).toBeLessThan(0.7);
    expect(finding?.summary).toBe(
      'Your account is registered in GB, but 84% of its logins since 5 June came from TR.',
    );
    expect(finding?.evidence).toMatchObject({
      registered_country: 'GB',
      operating_country: 'TR',
      window: { start: '2026-05-05', end: '2026-10-31', days: 180 },
      sustained_period: { start: '2026-06-05', end: '2026-10-31', days: 149, is_ongoing: true },
      devices: { used_from_operating_country: 1, also_used_from_registered_country: 0 },
    });
    expect(finding?.evidence.logins_in_window).toEqual({
      total: 55,
      by_country: [
        { country: 'TR', count: 42, share: 0.76 },
        { country: 'GB', count: 13, share: 0.24 },
      ],
    });
  });

  it('does not flag a foreign payout bank alone (payment service providers)', () => {
    const profile = seller({ business: { country: 'CN' }, contact: { phone: '+86 138 0013 8000' } });
    const events = [...loginsFrom('CN'), ...[170, 140, 110, 80, 50, 20].map((d) => payout(d, 'HK'))];
    expect(detectRegistrationMismatch({ ...profile, bank: { country: 'HK' } }, events, asOf)).toBeUndefined();
  });

  it('does not flag shipments fulfilled by the marketplace abroad', () => {
    const profile = seller({ business: { country: 'CN' }, contact: { phone: '+86 138 0013 8000' } });
    const events = [
      ...loginsFrom('CN'),
      ...Array.from({ length: 30 }, (_, i) => shipment(175 - i * 5, 'US', 'marketplace_fulfillment')),
    ];
    expect(detectRegistrationMismatch(profile, events, asOf)).toBeUndefined();
  });

  it('lists marketplace fulfilment apart and never scores it', () => {
    const events = operatedFromTurkey();
    const fulfilled = [100, 60, 20].map((d) => shipment(d, 'DE', 'marketplace_fulfillment'));
    const without = detectRegistrationMismatch(seller(), events, asOf);
    const withIt = detectRegistrationMismatch(seller(), [...events, ...fulfilled], asOf);
    expect(withIt?.score).toBe(without?.score);
    expect(withIt?.evidence.marketplace_fulfillment).toEqual({
      counts_as_evidence: false,
      total: 3,
      by_country: [{ country: 'DE', count: 3, share: 1 }],
    });
  });

  it('does not flag a 10-day trip, however many logins come from there', () => {
    const trip = Array.from({ length: 20 }, (_, i) => login(60 - i / 2, 'TH'));
    expect(detectRegistrationMismatch(seller(), [...loginsFrom('GB'), ...trip], asOf)).toBeUndefined();
  });

  it('never flags a trip of up to four weeks (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 29, max: 179 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('TH', 'US', 'CN', 'TR'),
        (startBefore, length, count, country) => {
          const trip = Array.from({ length: count }, (_, i) =>
            login(startBefore - ((length - 1) * i) / count, country),
          );
          return detectRegistrationMismatch(seller(), [...loginsFrom('GB'), ...trip], asOf) === undefined;
        },
      ),
    );
  });

  it('does not flag scattered VPN exits, even a fifth of logins through one country', () => {
    const logins = loginsFrom('GB', 180, 3).map((event, i) =>
      event.type === 'login' && i % 5 === 2 ? { ...event, ip_country: 'NL' } : event,
    );
    expect(logins.filter((event) => event.type === 'login' && event.ip_country === 'NL')).toHaveLength(12);
    expect(detectRegistrationMismatch(seller(), logins, asOf)).toBeUndefined();
  });

  it('is strengthened by own shipments leaving from the operating country, weakened by shipments from home', () => {
    const events = operatedFromTurkey();
    const base = detectRegistrationMismatch(seller(), events, asOf)!;
    const fromTurkey = [140, 120, 100, 80, 60, 40, 30, 20, 10].map((d) => shipment(d, 'TR'));
    const strengthened = detectRegistrationMismatch(
      seller(),
      [...events, ...fromTurkey, shipment(5, 'GB')],
      asOf,
    );
    expect(strengthened!.score).toBeGreaterThanOrEqual(base.score + 0.25);
    expect(strengthened?.severity).toBe('high');
    expect(strengthened?.summary).toBe(
      'Your account is registered in GB, but 84% of its logins since 5 June came from TR, and 9 of 10 of your own shipments left from TR.',
    );
    const fromHome = [140, 100, 60, 20].map((d) => shipment(d, 'GB'));
    expect(detectRegistrationMismatch(seller(), [...events, ...fromHome], asOf)!.score).toBeLessThan(
      base.score,
    );
  });

  it('is strengthened by a phone from the operating country, read in any format', () => {
    const events = operatedFromTurkey();
    const base = detectRegistrationMismatch(seller(), events, asOf)!;
    const phone = detectRegistrationMismatch(
      seller({ contact: { phone: '+90 532 123 45 67' } }),
      events,
      asOf,
    );
    expect(phone!.score).toBeCloseTo(base.score + 0.15, 5);
    expect(phone?.summary).toMatch(/, and your contact phone number is a TR number\.$/);
    expect(phone?.evidence.phone).toMatchObject({ country: 'TR', is_operating_country: true });
    expect(base.evidence.phone).toMatchObject({ country: 'GB', is_operating_country: false });
  });

  it('does not flag a seller who shows every foreign sign except the logins', () => {
    const profile = seller({ contact: { phone: '+90 532 123 45 67' }, bank: { country: 'TR' } });
    const events = [...loginsFrom('GB'), ...[150, 100, 50].map((d) => shipment(d, 'TR'))];
    expect(detectRegistrationMismatch(profile, events, asOf)).toBeUndefined();
  });

  it('gives no finding without events or without a registered country', () => {
    expect(detectRegistrationMismatch(seller(), [], asOf)).toBeUndefined();
    expect(detectRegistrationMismatch({ seller_id: 'S1' }, operatedFromTurkey(), asOf)).toBeUndefined();
  });

  it('ignores logins on or after the reference date and before its window', () => {
    const abroad = Array.from({ length: 20 }, (_, i) => login(-1 - i * 3, 'TR'));
    const events = [...loginsFrom('GB', 30), ...abroad];
    expect(detectRegistrationMismatch(seller(), events, asOf)).toBeUndefined();
    // Seen from a later date, the same logins are inside the window: the pattern is there.
    const later = detectRegistrationMismatch(seller(), events, new Date('2027-01-01T00:00:00Z'));
    expect(later?.trigger).toBe('registration_mismatch');
    expect(later?.summary).toContain('came from TR');
    const longAgo = Array.from({ length: 20 }, (_, i) => login(200 + i * 3, 'TR'));
    expect(detectRegistrationMismatch(seller(), [...loginsFrom('GB', 30), ...longAgo], asOf)).toBeUndefined();
  });

  it('reads a pattern that ended as a period between two dates, and logins in any order', () => {
    const ended = operatedFromTurkey().filter((event) => Date.parse(event.at) < Date.parse(at(60)));
    const home = Array.from({ length: 12 }, (_, i) => login(55 - i * 4, 'GB'));
    const finding = detectRegistrationMismatch(seller(), [...home, ...ended].reverse(), asOf);
    expect(finding?.summary).toMatch(/, but 86% of its logins between 5 June and 28 August came from TR\.$/);
    expect(finding?.evidence.sustained_period).toMatchObject({ is_ongoing: false, days: 85, logins: 29 });
  });

  it('finds a long, even majority rather than only its denser, shorter end', () => {
    const even = [60, 56, 52, 48, 44, 40, 36, 32].map((d, i) => login(d, i % 2 ? 'GB' : 'TR'));
    const tail = [20, 17, 14, 11, 8, 5].map((d) => login(d, 'TR'));
    const before = loginsFrom('GB', 180, 10).filter((event) => Date.parse(event.at) < Date.parse(at(62)));
    const finding = detectRegistrationMismatch(seller(), [...before, ...even, ...tail], asOf);
    expect(finding?.evidence.sustained_period).toMatchObject({
      start: '2026-09-02',
      days: 60,
      logins: 14,
      operating_country_share: 0.71,
    });
  });

  it('takes feed records as they are parsed', () => {
    const profile = SellerRecord.parse({
      seller_id: 'S1',
      created_at: '2024-01-01T00:00:00Z',
      status: 'active',
      entity_type: 'individual',
      address: { line1: '1 High St', city: 'London', country: 'GB' },
      legal_rep: { full_name: 'Ann Lee' },
    });
    const events = operatedFromTurkey().map((event) =>
      EventRecord.parse({ ...event, seller_id: 'S1', ip: '1.2.3.4' }),
    );
    expect(detectRegistrationMismatch(profile, events, asOf)?.evidence.operating_country).toBe('TR');
  });
});
