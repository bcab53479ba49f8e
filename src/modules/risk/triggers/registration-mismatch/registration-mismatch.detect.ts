import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Finding } from '../../finding.js';

/** The parts of a feed `SellerRecord` this trigger reads; a `SellerRecord` can be passed as is. */
export interface MismatchProfile {
  seller_id: string;
  business?:
    | { country?: string | undefined; address?: { country?: string | undefined } | undefined }
    | undefined;
  /** The registered address of an individual seller. */
  address?: { country?: string | undefined } | undefined;
  contact?: { phone?: string | undefined } | undefined;
  bank?: { country?: string | undefined } | undefined;
}

/**
 * The parts of feed `EventRecord`s this trigger reads; an `EventRecord[]` can be passed as is.
 * A country the feed left out (or sent unusable) is unknown: that event says nothing.
 */
export type MismatchEvent =
  | { type: 'login'; at: string; ip_country?: string | undefined; device_id?: string | undefined }
  | {
      type: 'shipment';
      at: string;
      ship_from?:
        | { type?: 'seller' | 'marketplace_fulfillment' | undefined; country?: string | undefined }
        | undefined;
    }
  | { type: 'payout'; at: string; bank_country?: string | undefined }
  | { type: 'profile_change'; at: string; field?: string | undefined; new?: unknown }
  | { type: 'card_added' | 'identity_check'; at: string };

/** Every constant and why it has its value: docs/registration-mismatch.md. */
export const MISMATCH_RULES = {
  windowDays: 180,
  minForeignLogins: 5,
  minForeignDays: 4,
  minSustainedDays: 35,
  /** Login score: base, plus share (0.5 → 0, `fullShare` → 1) and duration (min → 0, `fullDays` → 1). */
  loginBase: 0.4,
  loginShareWeight: 0.15,
  fullShare: 0.9,
  loginDurationWeight: 0.1,
  fullDays: 91,
  /** Own shipments: full weight from `fullShipments` shipments in the period. */
  shipmentWeight: 0.3,
  homeShipmentPenalty: 0.15,
  fullShipments: 3,
  phoneWeight: 0.15,
  bankWeight: 0.05,
  mediumFrom: 0.7,
  highFrom: 0.85,
} as const;
export type MismatchRules = { readonly [K in keyof typeof MISMATCH_RULES]: number };

const DAY_MS = 86_400_000;

/**
 * `registration_mismatch`: the account is operated from another country than the one it is
 * registered in. Only a sustained majority of logins from one foreign country raises a finding;
 * own shipments, phone and payout bank from that country strengthen it but never raise one alone
 * (a foreign payment-service bank is normal, marketplace fulfilment says nothing about the seller).
 */
export function detectRegistrationMismatch(
  profile: MismatchProfile,
  events: readonly MismatchEvent[],
  asOf: Date,
  rules: MismatchRules = MISMATCH_RULES,
): Finding | undefined {
  const registered =
    profile.business?.country ?? profile.business?.address?.country ?? profile.address?.country;
  if (!registered) return undefined;
  const end = asOf.getTime();
  const start = end - rules.windowDays * DAY_MS;
  // Most sellers stop here, without allocating: too few foreign logins to form any pattern.
  let foreign = 0;
  for (const event of events) {
    if (event.type !== 'login' || !event.ip_country || event.ip_country === registered) continue;
    const at = Date.parse(event.at);
    if (at >= start && at < end) foreign++;
  }
  if (foreign < rules.minForeignLogins) return undefined;
  return assess(profile, registered, events, start, end, rules);
}

interface Login {
  /** UTC day, counted from the window's first day. */
  day: number;
  country: string;
  device: string | undefined;
}

/** A stretch of whole days, inclusive, counted from the window's first day. */
interface Period {
  country: string;
  from: number;
  to: number;
  /** Logins from `country` beyond half of all logins in the stretch. */
  excess: number;
}

/** Shipments, payouts and phone changes in the window, per country. */
interface Activity {
  ownInPeriod: Map<string, number>;
  ownInWindow: Map<string, number>;
  fulfilled: Map<string, number>;
  payouts: Map<string, number>;
  phoneChanges: { at: string; country: string | null }[];
}

function assess(
  profile: MismatchProfile,
  registered: string,
  events: readonly MismatchEvent[],
  start: number,
  end: number,
  rules: MismatchRules,
): Finding | undefined {
  const firstDay = dayOf(start);
  const windowDays = dayOf(end - 1) - firstDay + 1;
  const logins: Login[] = [];
  for (const event of events) {
    if (event.type !== 'login' || !event.ip_country) continue;
    const at = Date.parse(event.at);
    if (at >= start && at < end)
      logins.push({ day: dayOf(at) - firstDay, country: event.ip_country, device: event.device_id });
  }
  const inWindow = countBy(logins, 0, windowDays - 1);
  let best: Period | undefined;
  for (const [country, count] of inWindow) {
    if (country === registered || count < rules.minForeignLogins) continue;
    const period = findSustainedPeriod(logins, country, windowDays, rules);
    if (period && (!best || period.excess > best.excess)) best = period;
  }
  if (!best) return undefined;

  const operating = best.country;
  const to = best.to;
  // No login since the stretch: the pattern stands until the reference date.
  const isOngoing = !logins.some((login) => login.day > to);
  const periodStart = firstDay + best.from;
  const periodEnd = isOngoing ? dayOf(end - 1) : firstDay + best.to;
  const days = periodEnd - periodStart + 1;
  const inPeriod = countBy(logins, best.from, best.to);
  const periodLogins = total(inPeriod);
  const share = (inPeriod.get(operating) ?? 0) / periodLogins;
  const activity = tallyActivity(events, registered, start, end, periodStart, periodEnd);
  const phoneCountry = phoneCountryOf(profile.contact?.phone, registered);
  const topPayoutCountry = [...activity.payouts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const isBankThere = profile.bank?.country === operating || topPayoutCountry === operating;
  const shipped = total(activity.ownInPeriod);
  const shippedThere = activity.ownInPeriod.get(operating) ?? 0;
  const shippedHome = activity.ownInPeriod.get(registered) ?? 0;

  const parts = {
    logins:
      rules.loginBase +
      rules.loginShareWeight * clamp01((share - 0.5) / (rules.fullShare - 0.5)) +
      rules.loginDurationWeight *
        clamp01((days - rules.minSustainedDays) / (rules.fullDays - rules.minSustainedDays)),
    shipments:
      shipped === 0
        ? 0
        : Math.min(1, shipped / rules.fullShipments) *
          ((rules.shipmentWeight * shippedThere - rules.homeShipmentPenalty * shippedHome) / shipped),
    phone: phoneCountry === operating ? rules.phoneWeight : 0,
    bank: isBankThere ? rules.bankWeight : 0,
  };
  const score = round(clamp01(parts.logins + parts.shipments + parts.phone + parts.bank));

  const since = isOngoing
    ? `since ${readableDay(periodStart, end)}`
    : `between ${readableDay(periodStart, end)} and ${readableDay(periodEnd, end)}`;
  const clauses = [`${Math.round(share * 100)}% of its logins ${since} came from ${operating}`];
  if (shippedThere > 0)
    clauses.push(`${shippedThere} of ${shipped} of your own shipments left from ${operating}`);
  if (phoneCountry === operating) clauses.push(`your contact phone number is a ${operating} number`);

  return {
    seller_id: profile.seller_id,
    trigger: 'registration_mismatch',
    score,
    severity: score >= rules.highFrom ? 'high' : score >= rules.mediumFrom ? 'medium' : 'low',
    summary: `Your account is registered in ${registered}, but ${listClauses(clauses)}.`,
    evidence: {
      registered_country: registered,
      operating_country: operating,
      window: { start: isoDay(firstDay), end: isoDay(dayOf(end - 1)), days: windowDays },
      logins_in_window: { total: logins.length, by_country: shares(inWindow) },
      sustained_period: {
        start: isoDay(periodStart),
        end: isoDay(periodEnd),
        days,
        is_ongoing: isOngoing,
        logins: periodLogins,
        operating_country_share: round(share),
        by_country: shares(inPeriod),
      },
      seller_shipments: {
        in_period: { total: shipped, by_country: shares(activity.ownInPeriod) },
        in_window: { total: total(activity.ownInWindow), by_country: shares(activity.ownInWindow) },
      },
      marketplace_fulfillment: {
        counts_as_evidence: false,
        total: total(activity.fulfilled),
        by_country: shares(activity.fulfilled),
      },
      payout_banks: {
        profile_country: profile.bank?.country ?? null,
        payouts_in_window: [...activity.payouts].map(([country, count]) => ({ country, payouts: count })),
        is_in_operating_country: isBankThere,
      },
      phone: {
        country: phoneCountry ?? null,
        is_operating_country: phoneCountry === operating,
        changes: activity.phoneChanges,
      },
      devices: devicesOf(logins, operating, registered),
      score_parts: {
        logins: round(parts.logins),
        shipments: round(parts.shipments),
        phone: parts.phone,
        bank: parts.bank,
      },
    },
  };
}

/** Marketplace-fulfilled shipments are tallied apart: they say where the marketplace's warehouse is. */
function tallyActivity(
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
function devicesOf(logins: readonly Login[], operating: string, registered: string) {
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
function findSustainedPeriod(
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
function phoneCountryOf(phone: unknown, registered: string): string | undefined {
  if (typeof phone !== 'string' || phone.trim() === '') return undefined;
  return parsePhoneNumberFromString(phone, registered as CountryCode)?.country;
}

/** Logins per country on days `from` to `to`, inclusive. */
function countBy(logins: readonly Login[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const login of logins) if (login.day >= from && login.day <= to) increment(counts, login.country);
  return counts;
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
/** Counts per country as `{country, count, share}`, largest first. */
function shares(counts: Map<string, number>) {
  const all = total(counts);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([country, count]) => ({ country, count, share: round(count / all) }));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 100) / 100;
const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
/** "2 June", with the year only when it is not the reference date's year. */
function readableDay(day: number, reference: number): string {
  const date = new Date(day * DAY_MS);
  const year =
    date.getUTCFullYear() === new Date(reference - 1).getUTCFullYear() ? '' : ` ${date.getUTCFullYear()}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year}`;
}

const listClauses = (clauses: string[]) =>
  clauses.length <= 2 ? clauses.join(', and ') : `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1)}`;
