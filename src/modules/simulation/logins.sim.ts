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
  return (window.startDay + day) * 86_400 + localSeconds - UTC_OFFSET[country] * 3600;
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
  let count = Math.max(3, Math.round((rng.int(low, high) * span) / window.days));
  if (plan.mismatch) count = Math.max(count, rng.int(24, 40));
  const days = sortedDays(rng, count, from, to);
  if (plan.travel) days.push(...sortedDays(rng, rng.int(3, 6), plan.travel.start, plan.travel.end));
  // A suspended seller still logs in now and then to follow up.
  if (plan.status === 'suspended') days.push(...sortedDays(rng, rng.int(2, 5), 0, window.days));
  const abroadIps = new Map<Country, string[]>();
  const ipIn = (country: Country): string => {
    let ips = abroadIps.get(country);
    if (!ips) {
      ips = Array.from({ length: rng.int(1, 2) }, () => randomIp(rng, country));
      abroadIps.set(country, ips);
    }
    return rng.pick(ips);
  };
  const sharedIpShare = rng.uniform(0.5, 0.95);
  const shared = sim.sharedDevice;
  return days.map((day, i) => {
    let country: Country = home;
    let ip: string | undefined;
    const mismatch = plan.mismatch;
    if (mismatch && day >= mismatch.start && day < mismatch.end && rng.chance(mismatch.loginShare)) {
      country = mismatch.operatingCountry;
      ip = ipIn(country);
    } else if (plan.travel && day >= plan.travel.start && day < plan.travel.end && rng.chance(0.9)) {
      country = plan.travel.country;
      ip = randomIp(rng, country);
    } else if (plan.hasVpnNoise && rng.chance(0.15)) {
      country = rng.pick(VPN_EXITS.filter((c) => c !== home));
      ip = randomIp(rng, country);
    } else if (plan.sharedIp && rng.chance(sharedIpShare)) {
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
