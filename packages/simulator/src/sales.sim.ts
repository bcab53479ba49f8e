import { dayOfWeek, type MarketCalendar, type Window } from './calendar.js';
import type { AnomalyPlan, SellerPlan } from './plan.types.js';
import type { Rng } from './random.js';

/**
 * Daily orders: base level × weekly profile × slow trend × market-wide events (each seller with its
 * own sensitivity) × day noise, drawn as Poisson counts; a planted anomaly multiplies a window.
 */
export interface SalesSeries {
  orders: Int32Array;
  revenueCents: Float64Array;
  /** Expected orders per day without the planted anomaly (what a good model would predict). */
  expected: Float64Array;
  /** max − min of the weekly profile (its mean is 1). */
  weeklyAmplitude: number;
  /** Log growth of the trend over the whole window. */
  growth: number;
  /** Whether this seller's feed also writes rows for days without sales. */
  writesZeroRows: boolean;
  /** Day-to-day noise of 35 % instead of 12 %. */
  isVolatile: boolean;
}

const BASE_ORDERS: Record<SellerPlan['tier'], readonly [number, number]> = {
  high: [20, 150],
  medium: [3, 20],
  low: [0.05, 1.5],
};

const weeklyProfile = (rng: Rng): number[] => {
  const pattern = rng.weighted([
    ['flat', 45],
    ['weekend_peak', 30],
    ['weekday', 25],
  ] as const);
  const weekend =
    pattern === 'weekend_peak' ? rng.uniform(1.15, 1.5) : pattern === 'weekday' ? rng.uniform(0.15, 0.7) : 1;
  const profile = Array.from(
    { length: 7 },
    (_, dow) => (dow === 0 || dow === 6 ? weekend : 1) * (1 + 0.05 * rng.normal()),
  );
  const mean = profile.reduce((a, b) => a + b, 0) / 7;
  return profile.map((v) => v / mean);
};

const anomalyMultiplier = (anomaly: AnomalyPlan | undefined, day: number): number =>
  anomaly && anomaly.kind !== 'dormant_wake' && day >= anomaly.start && day < anomaly.end
    ? anomaly.factor
    : 1;

export const simulateSales = (
  rng: Rng,
  plan: SellerPlan,
  window: Window,
  calendar: MarketCalendar,
): SalesSeries => {
  const days = window.days;
  const orders = new Int32Array(days);
  const revenueCents = new Float64Array(days);
  const expected = new Float64Array(days);
  const [low, high] = BASE_ORDERS[plan.tier];
  const anomaly = plan.anomaly;
  const base =
    anomaly && anomaly.kind !== 'dormant_wake'
      ? Math.max(5, rng.logUniform(low, high))
      : rng.logUniform(low, high);
  const weekly = weeklyProfile(rng);
  const growth = rng.chance(0.15) ? rng.uniform(0.4, 0.9) : rng.uniform(-0.15, 0.25);
  const sensitivity = rng.uniform(0.5, 1.5);
  const averageOrderCents = rng.logUniform(800, 15_000);
  const rampDays = rng.int(21, 42);
  const isInactive = plan.inactiveSince !== undefined;
  const first = isInactive ? days : Math.max(0, plan.created);
  const series: SalesSeries = {
    orders,
    revenueCents,
    expected,
    weeklyAmplitude: Math.max(...weekly) - Math.min(...weekly),
    growth,
    writesZeroRows: rng.chance(0.08),
    isVolatile: rng.chance(0.1),
  };
  // Volatile sellers' days swing much more (overdispersed counts), with no change in level.
  const dayNoise = series.isVolatile ? 0.35 : 0.12;
  for (let day = first; day < days; day++) {
    const lift = calendar.lift[day] ?? 1;
    const market = 1 + (lift - 1) * sensitivity;
    const season = (weekly[dayOfWeek(window.startDay + day)] ?? 1) * market;
    const ramp = plan.created >= 0 ? Math.min(1, 0.1 + (0.9 * (day - plan.created)) / rampDays) : 1;
    let mean = base * Math.exp((growth * day) / days) * season * ramp;
    if (anomaly?.kind === 'dormant_wake') {
      mean = day < anomaly.start ? 0 : anomaly.factor * season * Math.min(1, 0.5 + (day - anomaly.start) / 6);
      expected[day] = 0;
    } else {
      expected[day] = mean;
      mean *= anomalyMultiplier(anomaly, day);
    }
    const noisy = mean * Math.exp(dayNoise * rng.normal());
    const count = rng.poisson(noisy);
    orders[day] = count;
    if (count > 0)
      revenueCents[day] = Math.max(
        count * 99,
        Math.round(count * averageOrderCents * Math.exp(0.1 * rng.normal())),
      );
  }
  return series;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Appends this seller's `sales.csv` rows to `out` (days without sales are left out unless the seller writes them). */
export const salesRows = (sellerId: string, series: SalesSeries, window: Window, first: number): string => {
  let out = '';
  const { orders, revenueCents } = series;
  for (let day = first; day < window.days; day++) {
    const count = orders[day] ?? 0;
    if (count === 0 && !series.writesZeroRows) continue;
    const cents = revenueCents[day] ?? 0;
    out += `${sellerId},${window.dates[day]},${count},${Math.floor(cents / 100)}.${pad2(cents % 100)}\n`;
  }
  return out;
};

const mean = (values: ArrayLike<number>, from: number, to: number): number => {
  let sum = 0;
  const a = Math.max(0, from);
  for (let i = a; i < to; i++) sum += values[i] ?? 0;
  return to > a ? sum / (to - a) : 0;
};

/** The numbers truth.json records for a planted anomaly. */
export const anomalyFigures = (series: SalesSeries, anomaly: AnomalyPlan) => ({
  baseline_daily_orders: round2(mean(series.orders, anomaly.start - 28, anomaly.start)),
  expected_daily_orders: round2(mean(series.expected, anomaly.start, anomaly.end)),
  observed_daily_orders: round2(mean(series.orders, anomaly.start, anomaly.end)),
});

export const round2 = (x: number): number => Math.round(x * 100) / 100;
