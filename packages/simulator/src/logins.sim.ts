import type { Window } from './calendar.js';
import { type Country, randomIp, UTC_OFFSET } from './countries.js';
import type { Rng } from './random.js';
import type { SimSeller } from './sellers.sim.js';

/** An event before it is written: `t` is seconds since 1970 (UTC), `fields` the type-specific part. */
export interface PendingEvent {
  t: number;
  type: 'login' | 'shipment' | 'payout' | 'card_added' | 'identity_check' | 'profile_change';
  fields: Record<string, unknown>;
}

/** A moment on window day `day` during local working hours in `country`. */
export const localMoment = (rng: Rng, window: Window, day: number, country: Country): number => {
  const localSeconds = rng.int(8 * 3600, 23 * 3600);
  const t = (window.startDay + day) * 86_400 + localSeconds - UTC_OFFSET[country] * 3600;
  // Nothing happens on or after the as-of date (a scan defaults to the day after the latest date).
  return t >= window.asOfDay * 86_400 ? t - 86_400 : t;
};

/** Where a seller is active: window days [from, to). Suspended/deactivated sellers: before the window. */
export const activeRange = (sim: SimSeller, window: Window): { from: number; to: number } => {
  const plan = sim.plan;
  if (plan.inactiveSince !== undefined)
    return { from: Math.max(plan.created, plan.inactiveSince - 120), to: plan.inactiveSince };
  return { from: Math.max(0, plan.created), to: window.days };
};

const LOGIN_COUNTS: Record<SimSeller['plan']['tier'], readonly [number, number]> = {
  high: [20, 35],
  medium: [10, 22],
  low: [4, 10],
};

const VPN_EXITS: readonly Country[] = ['NL', 'SG', 'US', 'JP', 'DE', 'GB'];

const sortedDays = (rng: Rng, count: number, from: number, to: number): number[] =>
  Array.from({ length: count }, () => rng.int(from, to - 1)).sort((a, b) => a - b);

/** Logins: mostly from home; planted patterns move some of them abroad. */
export const simulateLogins = (rng: Rng, sim: SimSeller, window: Window): PendingEvent[] => {
  const plan = sim.plan;
  const home = plan.country;
  const { from, to } = activeRange(sim, window);
  const span = Math.max(1, to - from);
  const [low, high] = LOGIN_COUNTS[plan.tier];
  // Travellers log in often enough that a two-week trip stays a small share of their logins.
  const count = Math.max(plan.travel ? 12 : 3, Math.round((rng.int(low, high) * span) / window.days));
  const days = sortedDays(rng, count, from, to);
  const mismatch = plan.mismatch;
  if (mismatch) {
    const inPeriod = days.filter((d) => d >= mismatch.start && d < mismatch.end).length;
    days.push(...sortedDays(rng, Math.max(0, rng.int(18, 32) - inPeriod), mismatch.start, mismatch.end));
    days.sort((a, b) => a - b);
  }
  const trip = plan.travel;
  if (trip) {
    days.push(...sortedDays(rng, rng.int(3, 6), trip.start, trip.end));
    // A trip stays a minority of the seller's logins: add ordinary days at home if needed.
    const inTrip = days.filter((d) => d >= trip.start && d < trip.end).length;
    while (inTrip > 0.3 * days.length) {
      const day = rng.int(from, to - 1 - (trip.end - trip.start));
      days.push(day >= trip.start ? day + (trip.end - trip.start) : day);
    }
    days.sort((a, b) => a - b);
  }
  // A suspended seller still logs in now and then to follow up.
  if (plan.status === 'suspended') days.push(...sortedDays(rng, rng.int(2, 5), 0, window.days));
  // Exactly the planned share of logins in the mismatch period comes from abroad, and a VPN
  // user exits abroad for 8-20% of logins: shares do not drift with small counts.
  const abroad = new Set<number>();
  if (mismatch) {
    const positions = days.flatMap((d, i) => (d >= mismatch.start && d < mismatch.end ? [i] : []));
    const k = Math.round(mismatch.loginShare * positions.length);
    for (const i of rng.shuffle(positions).slice(0, k)) abroad.add(i);
  }
  // Members of a shared-IP group log in through it for most of their logins at home (at least two).
  const viaSharedIp = new Set<number>();
  if (plan.sharedIp) {
    const isTrip = (d: number): boolean => trip !== undefined && d >= trip.start && d < trip.end;
    const atHome = days.flatMap((d, i) => (abroad.has(i) || isTrip(d) ? [] : [i]));
    const k = Math.max(2, Math.round(rng.uniform(0.5, 0.95) * atHome.length));
    for (const i of rng.shuffle(atHome).slice(0, k)) viaSharedIp.add(i);
  }
  const viaVpn = new Set<number>();
  if (plan.hasVpnNoise) {
    const k = Math.max(1, Math.round(rng.uniform(0.08, 0.2) * days.length));
    for (const i of rng.shuffle(days.flatMap((_, i) => (viaSharedIp.has(i) ? [] : [i]))).slice(0, k))
      viaVpn.add(i);
  }
  const abroadIps = new Map<Country, string[]>();
  const ipIn = (country: Country): string => {
    let ips = abroadIps.get(country);
    if (!ips) {
      ips = Array.from({ length: rng.int(1, 2) }, () => randomIp(rng, country));
      abroadIps.set(country, ips);
    }
    return rng.pick(ips);
  };
  const shared = sim.sharedDevice;
  return days.map((day, i) => {
    let country: Country = home;
    let ip: string | undefined;
    if (mismatch && abroad.has(i)) {
      country = mismatch.operatingCountry;
      ip = ipIn(country);
    } else if (plan.travel && day >= plan.travel.start && day < plan.travel.end && rng.chance(0.9)) {
      country = plan.travel.country;
      ip = randomIp(rng, country);
    } else if (viaVpn.has(i)) {
      country = rng.pick(VPN_EXITS.filter((c) => c !== home));
      ip = randomIp(rng, country);
    } else if (plan.sharedIp && viaSharedIp.has(i)) {
      ip = plan.sharedIp.ip;
    }
    const device = shared && (i < 3 || rng.chance(0.5)) ? shared : rng.pick(sim.devices);
    return {
      t: localMoment(rng, window, day, country),
      type: 'login',
      fields: { ip: ip ?? rng.pick(sim.homeIps), ip_country: country, device_id: device },
    };
  });
};
