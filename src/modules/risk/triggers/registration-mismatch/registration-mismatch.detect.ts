import type { Finding } from '../../finding.js';
import {
  DAY_MS,
  MISMATCH_RULES,
  type MismatchEvent,
  type MismatchProfile,
  type MismatchRules,
} from './registration-mismatch.rules.js';
import {
  clamp01,
  countBy,
  dayOf,
  devicesOf,
  findSustainedPeriod,
  isoDay,
  type Login,
  type Period,
  phoneCountryOf,
  round,
  shares,
  tallyActivity,
  total,
} from './registration-mismatch.tally.js';

export { MISMATCH_RULES, type MismatchEvent, type MismatchProfile, type MismatchRules };

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
