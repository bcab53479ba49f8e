/**
 * Experiment (kept for the record in docs/anomalies.md, "One core"): the core's other measure,
 * range novelty (the NAB detector), run on each seller's market-adjusted daily orders, alone and
 * added to the sales model's findings. Exploration on one generated market, not a tuning run:
 *   npx tsx bench/anomaly-speed/range-on-sales.experiment.ts --in .bench/market-1313
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dateOfDay,
  dayNumber,
  detectSalesAnomalies,
  marketOf,
  type SalesPanel,
  StreamingDetector,
  settingsOf,
} from '../../src/modules/risk/anomalies/index.js';

const dirIndex = process.argv.indexOf('--in');
const dir = dirIndex >= 0 ? process.argv[dirIndex + 1]! : '.bench/market';
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
  generator: { as_of: string; days: number; window?: { start: string } };
  positives: { sales_anomaly: Array<{ seller_id: string }> };
};
const createdOn = new Map<string, string>();
const sellerIds: string[] = [];
for (const line of readFileSync(join(dir, 'sellers.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const s = JSON.parse(line) as { seller_id: string; created_at: string };
  createdOn.set(s.seller_id, s.created_at.slice(0, 10));
  sellerIds.push(s.seller_id);
}
const firstDate =
  truth.generator.window?.start ?? dateOfDay(dayNumber(truth.generator.as_of) - truth.generator.days);
const first = dayNumber(firstDate);
const days = dayNumber(truth.generator.as_of) - first;
const index = new Map(sellerIds.map((id, i) => [id, i]));
const orders = new Float64Array(sellerIds.length * days);
const revenue = new Float64Array(sellerIds.length * days);
const rows = readFileSync(join(dir, 'sales.csv'), 'utf8').split('\n');
for (let i = 1; i < rows.length; i++) {
  const [id, date, count, amount] = rows[i]!.split(',');
  const s = index.get(id!);
  if (s === undefined || !date) continue;
  const d = dayNumber(date) - first;
  if (d < 0 || d >= days) continue;
  orders[s * days + d]! += Number(count);
  revenue[s * days + d]! += Number(amount);
}
const panel: SalesPanel = { sellerIds, firstDate, days, orders, revenue };
const planted = new Set(truth.positives.sales_anomaly.map((p) => p.seller_id));
const counted = new Set(
  detectSalesAnomalies({
    sellerSeries: panel,
    asOf: new Date(`${truth.generator.as_of}T00:00:00Z`),
    createdOn,
  }).map((f) => f.seller_id),
);

// Market index: the market's orders over the median of its previous 28 days.
const market = marketOf(panel).orders;
const index28 = Float64Array.from(market, (today, d) => {
  const past = Array.from(market.subarray(Math.max(0, d - 28), d)).sort((a, b) => a - b);
  const usual = past.length ? past[past.length >> 1]! : today;
  return usual > 0 && today > 0 ? today / usual : 1;
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function report(label: string, flagged: Set<string>) {
  const tp = [...flagged].filter((id) => planted.has(id)).length;
  const p = flagged.size ? tp / flagged.size : 1;
  const r = tp / planted.size;
  console.log(
    `${label}: ${flagged.size} flagged, TP ${tp}; P ${pct(p)} R ${pct(r)} F1 ${pct((2 * p * r) / (p + r))}`,
  );
}
report('count measure (shipped sales model)', counted);
for (const window of [14, 28]) {
  const settings = settingsOf({ window, gridSize: 16, alarm: 0.01, restBar: 2 });
  const best = new Float64Array(sellerIds.length);
  for (let s = 0; s < sellerIds.length; s++) {
    const created = createdOn.get(sellerIds[s]!);
    const start = created ? Math.max(0, dayNumber(created) - first) : 0;
    const detector = new StreamingDetector(settings);
    for (let d = start; d < days; d++) {
      const score = detector.update(orders[s * days + d]! / index28[d]!);
      if (score > best[s]!) best[s] = score;
    }
  }
  for (const threshold of [0.9, 0.95, 0.98, 0.99]) {
    const range = new Set(sellerIds.filter((_, s) => best[s]! >= threshold));
    report(`range novelty W=${window} days, score >= ${threshold}, alone`, range);
    report(`  and added to the count measure`, new Set([...counted, ...range]));
  }
}
