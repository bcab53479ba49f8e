import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DAY_MS, type MismatchEvent, type MismatchRules } from './registration-mismatch.rules.js';

// What the detector counts: logins, shipments, payouts and phone changes per country and day,
// and the stretch of days where logins from abroad are sustained.

export interface Login {
  /** UTC day, counted from the window's first day. */
  day: number;
  country: string;
  device: string | undefined;
}

/** A stretch of whole days, inclusive, counted from the window's first day. */
export interface Period {
  country: string;
  from: number;
  to: number;
  /** Logins from `country` beyond half of all logins in the stretch. */
  excess: number;
}

/** Shipments, payouts and phone changes in the window, per country. */
export interface Activity {
  ownInPeriod: Map<string, number>;
  ownInWindow: Map<string, number>;
  fulfilled: Map<string, number>;
  payouts: Map<string, number>;
  phoneChanges: { at: string; country: string | null }[];
}

/** Marketplace-fulfilled shipments are tallied apart: they say where the marketplace's warehouse is. */
export function tallyActivity(
  events: readonly MismatchEvent[],
  registered: string,
  start: number,
  end: number,
  periodStart: number,
  periodEnd: number,
): Activity {
  const activity: Activity = {
    ownInPeriod: new Map(),
    ownInWindow: new Map(),
    fulfilled: new Map(),
    payouts: new Map(),
    phoneChanges: [],
  };
  const periodFrom = periodStart * DAY_MS;
  const periodUntil = (periodEnd + 1) * DAY_MS;
  for (const event of events) {
    if (event.type !== 'shipment' && event.type !== 'payout' && event.type !== 'profile_change') continue;
    const at = Date.parse(event.at);
    if (!(at >= start && at < end)) continue;
    if (event.type === 'payout') {
      if (event.bank_country) increment(activity.payouts, event.bank_country);
    } else if (event.type === 'profile_change') {
      if (event.field === 'contact.phone')
        activity.phoneChanges.push({ at: event.at, country: phoneCountryOf(event.new, registered) ?? null });
    } else if (!event.ship_from?.country || !event.ship_from.type) continue;
    else if (event.ship_from.type === 'marketplace_fulfillment')
      increment(activity.fulfilled, event.ship_from.country);
    else {
      increment(activity.ownInWindow, event.ship_from.country);
      if (at >= periodFrom && at < periodUntil) increment(activity.ownInPeriod, event.ship_from.country);
    }
  }
  return activity;
}

/** Devices seen abroad that were also seen at home point to the owner travelling or moving, not to someone else. */
export function devicesOf(logins: readonly Login[], operating: string, registered: string) {
  const abroad = new Set<string>();
  const home = new Set<string>();
  for (const login of logins) {
    if (!login.device) continue;
    if (login.country === operating) abroad.add(login.device);
    else if (login.country === registered) home.add(login.device);
  }
  return {
    used_from_operating_country: abroad.size,
    also_used_from_registered_country: [...abroad].filter((device) => home.has(device)).length,
  };
}

/**
 * The stretch of days where logins from `country` most exceed half of all logins, among the
 * stretches long, dense and spread enough to be more than a trip or VPN noise. Logins are
 * counted per day, so the search is bounded by the window's days squared, whatever the logins.
 */
export function findSustainedPeriod(
  logins: readonly Login[],
  country: string,
  days: number,
  rules: MismatchRules,
): Period | undefined {
  // Prefix sums per day: logins from `country`, all logins, days with a login from `country`.
  const there = new Int32Array(days + 1);
  const all = new Int32Array(days + 1);
  const thereDays = new Int32Array(days + 1);
  for (const login of logins) {
    all[login.day + 1]!++;
    if (login.country === country) there[login.day + 1]!++;
  }
  const activeDays: number[] = [];
  for (let d = 0; d < days; d++) {
    if (there[d + 1]! > 0) activeDays.push(d);
    thereDays[d + 1] = thereDays[d]! + (there[d + 1]! > 0 ? 1 : 0);
    there[d + 1]! += there[d]!;
    all[d + 1]! += all[d]!;
  }
  let best: Period | undefined;
  for (const from of activeDays)
    for (let k = activeDays.length - 1; k >= 0; k--) {
      const to = activeDays[k]!;
      if (to - from + 1 < rules.minSustainedDays) break;
      const count = there[to + 1]! - there[from]!;
      const excess = count - (all[to + 1]! - all[from]!) / 2;
      if (
        excess <= 0 ||
        count < rules.minForeignLogins ||
        thereDays[to + 1]! - thereDays[from]! < rules.minForeignDays
      )
        continue;
      if (!best || excess > best.excess || (excess === best.excess && to - from > best.to - best.from))
        best = { country, from, to, excess };
    }
  return best;
}

/** The country of a phone number; a number without a country prefix is read as a registered-country one. */
export function phoneCountryOf(phone: unknown, registered: string): string | undefined {
  if (typeof phone !== 'string' || phone.trim() === '') return undefined;
  return parsePhoneNumberFromString(phone, registered as CountryCode)?.country;
}

/** Logins per country on days `from` to `to`, inclusive. */
export function countBy(logins: readonly Login[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const login of logins) if (login.day >= from && login.day <= to) increment(counts, login.country);
  return counts;
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
export const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
/** Counts per country as `{country, count, share}`, largest first. */
export function shares(counts: Map<string, number>) {
  const all = total(counts);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([country, count]) => ({ country, count, share: round(count / all) }));
}

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const round = (x: number) => Math.round(x * 100) / 100;
export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
