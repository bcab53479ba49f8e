import { describe, expect, it } from 'vitest';
import type { FieldOf } from '../reading/reading.schema.js';
import { registeredCodes } from './registry.js';
import { checkIdExpiry, checkIssuedWithin, checkLicenceValidity, checkValidity } from './validity.check.js';

// The validity rules at their edges, on dates as the dates reader gives them: which date is
// chosen, the day an expiry or a window ends, and the evidence a reviewer reads.

type Role = FieldOf<'date'>['role'];
let printed = 0;
const date = (value: string, role?: Role): FieldOf<'date'> => ({
  name: 'date',
  value,
  ...(role ? { role } : {}),
  at: printed++,
  file: 1,
  page: 1,
  confidence: 1,
  source: 'text_layer',
  reader: 'test',
  text: `printed ${value}`,
});
const asOf = '2026-10-01';

describe('ID expiry at its edges', () => {
  it('is valid on the day it expires and expired the day after', () => {
    expect(checkIdExpiry({ dates: [date(asOf, 'expiry')], asOf }).code).toBe('ID_VALID');
    expect(checkIdExpiry({ dates: [date('2026-09-30', 'expiry')], asOf }).code).toBe('ID_EXPIRED');
  });

  it('chooses the latest labelled expiry, else the MRZ’s, else the latest unlabelled date, never a birth date', () => {
    const later = checkIdExpiry({
      dates: [date('2031-01-01', 'expiry'), date('2029-01-01', 'expiry')],
      asOf,
    });
    expect(later.evidence).toMatchObject({ expiry: '2031-01-01', source: 'label' });
    const mrz = checkIdExpiry({ dates: [date('2030-05-05')], asOf, mrzExpiry: '2027-02-02' });
    expect(mrz.evidence).toMatchObject({ expiry: '2027-02-02', source: 'mrz' });
    const printedOnly = checkIdExpiry({
      dates: [
        date('2021-03-03'),
        date('2099-12-31', 'birth'),
        date('2028-08-08'),
        date('2022-04-04', 'issue'),
      ],
      asOf,
    });
    expect(printedOnly).toMatchObject({
      code: 'ID_VALID',
      evidence: { expiry: '2028-08-08', source: 'latest_date' },
    });
    const none = checkIdExpiry({ dates: [date('2099-12-31', 'birth')], asOf });
    expect(none).toMatchObject({
      code: 'ID_EXPIRY_NOT_FOUND',
      status: 'fail',
      evidence: { source: undefined },
    });
  });

  it('trusts 长期 only when no expiry is printed or in the zone', () => {
    const longTerm = checkIdExpiry({ dates: [date('2018-07-21', 'issue')], asOf, longTerm: true });
    expect(longTerm).toMatchObject({ code: 'ID_VALID', status: 'pass', evidence: { longTerm: true } });
    expect(longTerm.message.en).toContain('长期 / long-term');
    expect(checkIdExpiry({ dates: [date('2020-01-01', 'expiry')], asOf, longTerm: true }).code).toBe(
      'ID_EXPIRED',
    );
    expect(checkIdExpiry({ dates: [], asOf, longTerm: true, mrzExpiry: '2020-01-01' }).code).toBe(
      'ID_EXPIRED',
    );
  });

  it('shows the reviewer every date it read, with its text and role', () => {
    const check = checkIdExpiry({ dates: [date('2030-01-01', 'expiry'), date('2001-02-03')], asOf });
    expect(check.evidence).toEqual({
      asOf,
      expiry: '2030-01-01',
      source: 'label',
      dates: [
        { date: '2030-01-01', text: 'printed 2030-01-01', label: 'expiry' },
        { date: '2001-02-03', text: 'printed 2001-02-03', label: undefined },
      ],
    });
    expect(check.message.en).toContain('2030-01-01');
  });
});

describe('the issue window at its edges', () => {
  it('accepts a document issued today or exactly `days` ago, not one a day older or dated tomorrow', () => {
    const within = (value: string) =>
      checkIssuedWithin({ dates: [date(value, 'issue')], asOf, days: 30 }).code;
    expect(within(asOf)).toBe('ISSUED_RECENTLY');
    expect(within('2026-09-01')).toBe('ISSUED_RECENTLY');
    expect(within('2026-08-31')).toBe('DOCUMENT_TOO_OLD');
    expect(within('2026-10-02')).toBe('ISSUE_DATE_IN_FUTURE');
  });

  it('takes an unlabelled date up to today, the latest of them, and says which it took', () => {
    const check = checkIssuedWithin({
      dates: [date('2026-09-20'), date(asOf), date('2026-10-05'), date('2026-09-25', 'due')],
      asOf,
      days: 30,
    });
    expect(check).toMatchObject({
      code: 'ISSUED_RECENTLY',
      evidence: {
        issued: asOf,
        issuedText: `printed ${asOf}`,
        source: 'latest_date',
        earliest: '2026-09-01',
      },
    });
    const labelled = checkIssuedWithin({ dates: [date('2026-09-28', 'statement')], asOf, days: 30 });
    expect(labelled.evidence).toMatchObject({ source: 'statement', withinDays: 30 });
    expect(labelled.message.en).toContain('2026-09-28');
    const missing = checkIssuedWithin({ dates: [date('2026-09-25', 'due')], asOf, days: 30 });
    expect(missing).toMatchObject({
      code: 'ISSUE_DATE_NOT_FOUND',
      status: 'fail',
      evidence: { source: undefined },
    });
  });
});

describe('licence validity at its edges', () => {
  it('is valid on its last day, names its expiry, and is long-term or unknown without one', () => {
    const last = checkLicenceValidity({ dates: [date(asOf, 'expiry')], asOf });
    expect(last).toMatchObject({ code: 'LICENCE_VALID', status: 'pass', evidence: { expiry: asOf } });
    expect(last.message.en).toContain(asOf);
    const expired = checkLicenceValidity({
      dates: [date('2026-09-30', 'expiry'), date('2020-01-01', 'expiry')],
      asOf,
    });
    expect(expired).toMatchObject({
      code: 'LICENCE_EXPIRED',
      status: 'fail',
      evidence: { expiry: '2026-09-30' },
    });
    expect(expired.message.en).toContain('2026-09-30');
    const longTerm = checkLicenceValidity({ dates: [date('2018-06-12')], asOf, longTerm: true });
    expect(longTerm).toMatchObject({
      code: 'LICENCE_VALID_INDEFINITELY',
      evidence: { longTerm: true, expiry: undefined },
    });
    expect(checkLicenceValidity({ dates: [], asOf })).toMatchObject({
      code: 'LICENCE_EXPIRY_NOT_FOUND',
      status: 'warn',
    });
  });
});

describe('which validity checks a type gets', () => {
  const old = [date('2025-01-01', 'statement')];
  const codesOf = (input: Parameters<typeof checkValidity>[0]) => checkValidity(input).map((c) => c.code);

  it('windows every dated type by 90 days unless the requirement says otherwise', () => {
    for (const type of ['utility_bill', 'bank_statement', 'credit_card_statement'] as const)
      expect(codesOf({ type, dates: [date('2026-07-03', 'statement')], asOf }), type).toEqual([
        'ISSUED_RECENTLY',
      ]);
    expect(codesOf({ type: 'bank_statement', dates: [date('2026-07-02', 'statement')], asOf })).toEqual([
      'DOCUMENT_TOO_OLD',
    ]);
    expect(codesOf({ type: 'other', dates: old, asOf })).toEqual([]);
    expect(codesOf({ type: 'other', dates: old, asOf, rules: { issued_within_days: 5000 } })).toEqual([
      'ISSUED_RECENTLY',
    ]);
  });

  it('checks an ID’s and a licence’s expiry unless the requirement sets `unexpired: false`', () => {
    expect(codesOf({ type: 'business_license', dates: old, asOf })).toEqual(['LICENCE_EXPIRY_NOT_FOUND']);
    expect(codesOf({ type: 'business_license', dates: old, asOf, rules: { unexpired: false } })).toEqual([]);
    expect(codesOf({ type: 'business_license', dates: old, asOf, rules: {} })).toEqual([
      'LICENCE_EXPIRY_NOT_FOUND',
    ]);
    expect(codesOf({ type: 'government_id', dates: old, asOf, rules: { unexpired: true } })).toEqual([
      'ID_EXPIRY_NOT_FOUND',
    ]);
  });

  it('registers every code it gives under the validity check', () => {
    expect(
      registeredCodes()
        .filter((entry) => entry.check === 'validity')
        .map((entry) => entry.code),
    ).toEqual([
      'ID_VALID',
      'ID_EXPIRED',
      'ID_EXPIRY_NOT_FOUND',
      'ISSUED_RECENTLY',
      'DOCUMENT_TOO_OLD',
      'ISSUE_DATE_IN_FUTURE',
      'ISSUE_DATE_NOT_FOUND',
      'LICENCE_VALID',
      'LICENCE_VALID_INDEFINITELY',
      'LICENCE_EXPIRED',
      'LICENCE_EXPIRY_NOT_FOUND',
    ]);
  });
});
