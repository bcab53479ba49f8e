import { warehouseText } from './addresses.js';
import { formatBankAccount } from './banks.js';
import { isoTimestamp, type Window } from './calendar.js';
import type { Country } from './countries.js';
import { activeRange, localMoment, type PendingEvent, simulateLogins } from './logins.sim.js';
import type { Rng } from './random.js';
import type { SalesSeries } from './sales.sim.js';
import type { SimSeller } from './sellers.sim.js';

const SHIPMENT_COUNTS: Record<SimSeller['plan']['tier'], readonly [number, number]> = {
  high: [10, 20],
  medium: [5, 12],
  low: [1, 5],
};

const shipments = (rng: Rng, sim: SimSeller, sales: SalesSeries, window: Window): PendingEvent[] => {
  const plan = sim.plan;
  const saleDays: number[] = [];
  for (let day = 0; day < window.days; day++) if ((sales.orders[day] ?? 0) > 0) saleDays.push(day);
  const { from, to } = activeRange(sim, window);
  const candidates =
    saleDays.length > 0 ? saleDays : to <= 0 ? Array.from({ length: to - from }, (_, i) => from + i) : [];
  if (candidates.length === 0) return [];
  const [low, high] = SHIPMENT_COUNTS[plan.tier];
  const count = Math.min(candidates.length, plan.mismatch ? rng.int(8, 16) : rng.int(low, high));
  // Operators abroad ship their own parcels: that is part of the signal.
  const fulfilment = plan.mismatch ? Math.min(sim.fulfilmentShare, 0.3) : sim.fulfilmentShare;
  return Array.from({ length: count }, () => {
    const day = rng.pick(candidates);
    if (rng.chance(fulfilment)) {
      const shipFrom = rng.chance(0.3)
        ? {
            type: 'marketplace_fulfillment',
            country: sim.marketplace,
            address: `Fulfilment centre ${rng.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}${rng.int(1, 9)}`,
          }
        : { type: 'marketplace_fulfillment', country: sim.marketplace };
      return {
        t: localMoment(rng, window, day, sim.marketplace),
        type: 'shipment',
        fields: { ship_from: shipFrom },
      };
    }
    const mismatch = plan.mismatch;
    const country: Country =
      mismatch && day >= mismatch.start && day < mismatch.end ? mismatch.operatingCountry : plan.country;
    const address =
      country === plan.country && rng.chance(0.5)
        ? (sim.record.business?.address ?? sim.record.address)
        : warehouseText(rng, country);
    return {
      t: localMoment(rng, window, day, country),
      type: 'shipment',
      fields: { ship_from: { type: 'seller', country, ...(address ? { address } : {}) } },
    };
  });
};

const payouts = (rng: Rng, sim: SimSeller, sales: SalesSeries, window: Window): PendingEvent[] => {
  const cycle = sim.plan.tier === 'low' ? 30 : 14;
  const events: PendingEvent[] = [];
  const text = formatBankAccount(rng, sim.bank);
  const previous = sim.previousBank ? formatBankAccount(rng, sim.previousBank.account) : undefined;
  let pending = 0;
  const { from, to } = activeRange(sim, window);
  for (let day = Math.max(from, 0); day < to; day++) {
    pending += sales.revenueCents[day] ?? 0;
    if ((day - from) % cycle !== cycle - 1 || pending <= 0 || !rng.chance(0.85)) continue;
    const isPrevious =
      sim.previousBank !== undefined && previous !== undefined && day < sim.previousBank.until;
    const account = isPrevious && sim.previousBank ? sim.previousBank.account : sim.bank;
    events.push({
      t: (window.startDay + day) * 86_400 + rng.int(0, 86_399),
      type: 'payout',
      fields: {
        bank_account_number: isPrevious ? previous : text,
        bank_country: account.country,
        amount: Math.round(pending * 0.85) / 100,
      },
    });
    pending = 0;
  }
  if (to <= 0 && sim.plan.status === 'deactivated')
    events.push({
      t: (window.startDay + to - rng.int(5, 30)) * 86_400,
      type: 'payout',
      fields: { bank_account_number: text, bank_country: sim.bank.country, amount: rng.int(100, 5000) },
    });
  return events;
};

const onboarding = (rng: Rng, sim: SimSeller, window: Window): PendingEvent[] => {
  const created = sim.createdAt;
  const { from, to } = activeRange(sim, window);
  return sim.cards.map((card, i) => ({
    t:
      i === 0 || to - from < 10
        ? created + rng.int(600, 3 * 86_400)
        : (window.startDay + rng.int(from, to - 1)) * 86_400 + rng.int(0, 86_399),
    type: 'card_added' as const,
    fields: { card_fingerprint: card },
  }));
};

const check = (t: number, result: 'passed' | 'failed' | 'incomplete', reason?: string): PendingEvent => ({
  t,
  type: 'identity_check',
  fields: { result, ...(reason ? { reason } : {}) },
});

/** Identity checks: a pass at onboarding unless planted otherwise; a later pass clears an earlier failure. */
const identityChecks = (rng: Rng, sim: SimSeller, window: Window): PendingEvent[] => {
  const plan = sim.plan;
  const onboard = sim.createdAt + rng.int(600, 2 * 86_400);
  const { from, to } = activeRange(sim, window);
  const laterDay = (min: number): number => rng.int(Math.min(Math.max(from, min), to - 1), to - 1);
  const identity = plan.identity;
  if (!identity) {
    const events = [check(onboard, 'passed')];
    if (rng.chance(0.1) && to - from > 20)
      events.push(check((window.startDay + laterDay(from + 10)) * 86_400 + rng.int(0, 86_399), 'passed'));
    return events;
  }
  if (identity.kind === 'cleared') {
    const failDay = laterDay(from + 5);
    const passDay = Math.min(to - 1, window.days - 1, failDay + rng.int(1, 20));
    const failAt = (window.startDay + failDay) * 86_400 + rng.int(0, 40_000);
    const passAt = Math.max(failAt + 3600, (window.startDay + passDay) * 86_400 + rng.int(0, 86_399));
    return [
      check(onboard, 'passed'),
      check(failAt, identity.failure, identity.reason),
      check(passAt, 'passed'),
    ];
  }
  if (!identity.isRecheck) return [check(onboard, identity.kind, identity.reason)];
  const at = Math.max(
    onboard + 86_400,
    (window.startDay + laterDay(from + 10)) * 86_400 + rng.int(0, 86_399),
  );
  return [check(onboard, 'passed'), check(at, identity.kind, identity.reason)];
};

/** All of one seller's events, in time order (except where a trap deliberately writes them out of order). */
export const simulateEvents = (
  rng: Rng,
  sim: SimSeller,
  sales: SalesSeries,
  window: Window,
): Record<string, unknown>[] => {
  const pending: PendingEvent[] = [
    ...onboarding(rng, sim, window),
    ...identityChecks(rng, sim, window),
    ...simulateLogins(rng, sim, window),
    ...shipments(rng, sim, sales, window),
    ...payouts(rng, sim, sales, window),
    ...sim.profileChanges.map((c) => ({
      t: (window.startDay + c.day) * 86_400 + rng.int(0, 86_399),
      type: 'profile_change' as const,
      fields: { field: c.field, old: c.old, new: c.new },
    })),
  ];
  // Nothing happens before the account exists (activity drawn for its first day may fall earlier).
  for (const e of pending) if (e.t < sim.createdAt) e.t = sim.createdAt + rng.int(60, 3600);
  pending.sort((a, b) => a.t - b.t);
  const identity = sim.plan.identity;
  if (identity?.kind === 'cleared' && identity.isPassWrittenFirst) {
    // "any order": the pass that clears the failure is written before it.
    const positions = pending.flatMap((e, i) => (e.type === 'identity_check' ? [i] : []));
    const [failure, pass] = positions.slice(-2);
    if (failure !== undefined && pass !== undefined)
      [pending[failure], pending[pass]] = [pending[pass]!, pending[failure]!];
  }
  const id = sim.plan.sellerId;
  return pending.map((e, i) => {
    const day = Math.floor(e.t / 86_400);
    return {
      event_id: `${id}-${i + 1}`,
      seller_id: id,
      at: isoTimestamp(day, e.t - day * 86_400),
      type: e.type,
      ...e.fields,
    };
  });
};
