import { type DailySales, dateOfDay, dayNumber } from './sales.panel.js';

/** Deterministic generator for tests and benchmarks (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function poisson(rand: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  let prod = rand();
  while (prod > limit) {
    k++;
    prod *= rand();
  }
  return k;
}

export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

export interface SyntheticSeller {
  id: string;
  base: number;
  /** Multiplier per weekday, Sunday first. */
  weekly?: number[];
  /** Log growth over the whole period. */
  growth?: number;
  /** How strongly the seller follows market-wide lifts (1 = like the market). */
  sensitivity?: number;
  /** Extra multiplier on the expected orders of a day (the planted anomaly). */
  effect?: (day: number) => number;
  averageOrder?: number;
}

export interface SyntheticMarket {
  firstDate: string;
  days: number;
  /** Market-wide lift per day (1 = normal; 3 = a holiday tripling sales). */
  lift?: (day: number) => number;
}

/** Daily rows (days without sales left out) of sellers that follow a simple, known model. */
export function synthesizeSales(market: SyntheticMarket, sellers: SyntheticSeller[], seed = 1): DailySales[] {
  const rand = seededRandom(seed);
  const rows: DailySales[] = [];
  const first = dayNumber(market.firstDate);
  for (const s of sellers) {
    for (let d = 0; d < market.days; d++) {
      const weekday = (first + d + 4) % 7;
      const lift = market.lift?.(d) ?? 1;
      const mean =
        s.base *
        (s.weekly?.[weekday] ?? 1) *
        Math.exp(((s.growth ?? 0) * d) / market.days) *
        (1 + (lift - 1) * (s.sensitivity ?? 1)) *
        (s.effect?.(d) ?? 1) *
        Math.exp(0.1 * gaussian(rand));
      const orders = poisson(rand, mean);
      if (orders === 0) continue;
      const revenue =
        Math.round(orders * (s.averageOrder ?? 40) * Math.exp(0.1 * gaussian(rand)) * 100) / 100;
      rows.push({ seller_id: s.id, date: dateOfDay(first + d), orders, revenue });
    }
  }
  return rows;
}
