import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../sellers/index.js';
import type { CheckItem } from './checks/check.types.js';
import { LEEDS_SELLER } from './checks/fixtures.test-data.js';
import { CHECK_DEFINITIONS, runChecks } from './checks/registry.js';
import { readText } from './checks/text.test-support.js';
import { DOCUMENT_LIMITS } from './document.limits.js';
import { isCheckStale, recheckReport } from './recheck.js';

const BILL = `Yorkshire Water
Account number 40112233
Emily Carter
14 Harbour Road Flat 3
Leeds LS1 4AB
Bill date 02 November 2026
Amount due £41.20`;

const rules = { asOf: '2026-11-20', limits: DOCUMENT_LIMITS };
const reading = readText(BILL, 'utility_bill', 'GB');
const moved: SellerRecord = {
  ...LEEDS_SELLER,
  address: { line1: '9 Mill Lane', city: 'York', postal_code: 'YO1 7HH', country: 'GB' },
};
const reuse: CheckItem = {
  group: 'authenticity',
  code: 'SOMEONE_ELSES_FILE',
  status: 'warn',
  message: { en: 'kept', zh: '保留' },
  evidence: { seller_id: 'S9' },
};
const statusOf = (items: readonly CheckItem[], group: string) =>
  items.filter((c) => c.group === group).map((c) => `${c.code}:${c.status}`);

describe('recheckReport', () => {
  const original = {
    type: 'utility_bill' as const,
    files: ['bill.pdf'],
    checks: [...runChecks(CHECK_DEFINITIONS, reading, rules, LEEDS_SELLER), reuse],
  };

  it('fails the consistency items once the registered address is another one', () => {
    expect(statusOf(original.checks, 'consistency').every((s) => s.endsWith(':pass'))).toBe(true);
    const again = recheckReport(original, reading, rules, moved);
    expect(statusOf(again.checks, 'consistency').some((s) => s.endsWith(':fail'))).toBe(true);
  });

  it('gives the same items against the same profile, and keeps what no definition gives', () => {
    const again = recheckReport(original, reading, rules, LEEDS_SELLER);
    expect(again.checks.map((c) => `${c.code}:${c.status}`).sort()).toEqual(
      original.checks.map((c) => `${c.code}:${c.status}`).sort(),
    );
    expect(again.checks).toContainEqual(reuse);
    expect(again.files).toEqual(['bill.pdf']);
  });
});

describe('isCheckStale', () => {
  it('is stale only when a known older version was checked', () => {
    expect(isCheckStale(1, 2)).toBe(true);
    expect(isCheckStale(2, 2)).toBe(false);
    expect(isCheckStale(null, 5)).toBe(false);
  });
});
