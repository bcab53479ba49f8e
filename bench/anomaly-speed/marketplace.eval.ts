/**
 * sales_anomaly against a generated marketplace's truth:
 *   npx secondlook generate --sellers 100000 --seed 7 --out .bench/market
 *   npm run bench:sales-anomaly -- --in .bench/market
 * Precision, recall and F1 per seller (a finding for a planted seller is a hit), at the finding
 * threshold and at the default policy's opening score; recall per planted kind; findings whose
 * window touches a market-wide event (holiday peak); hard negatives flagged; time per point.
 * The detector runs with its fixed parameters; nothing here feeds back into it.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  dateOfDay,
  dayNumber,
  detectSalesAnomalies,
  type SalesPanel,
} from '../../src/modules/risk/anomalies/index.js';

interface Truth {
  generator: { as_of: string; sellers: number; days: number; window?: { start: string; end: string } };
  market_events: Array<{ name: string; start: string; end: string; lift: number }>;
  positives: {
    sales_anomaly: Array<{ seller_id: string; kind: string; start: string; end: string; factor: number }>;
  };
  hard_negatives: { sales_anomaly?: Record<string, string[]> };
}

const OPEN_SCORE = 0.7; // policy/default.policy.json, sales_anomaly.open_score

const dirIndex = process.argv.indexOf('--in');
const dir = dirIndex >= 0 ? process.argv[dirIndex + 1]! : '.bench/market';
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;

async function lines(path: string, each: (line: string) => void) {
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  }))
    each(line);
}

// Stream sales.csv straight into the panel's arrays: 100,000 sellers x 180 days are 18M cells.
const loadStarted = performance.now();
const createdOn = new Map<string, string>();
const sellerIds: string[] = [];
await lines(join(dir, 'sellers.jsonl'), (line) => {
  if (!line.trim()) return;
  const s = JSON.parse(line) as { seller_id: string; created_at: string };
  createdOn.set(s.seller_id, s.created_at.slice(0, 10));
  sellerIds.push(s.seller_id);
});
const firstDate =
  truth.generator.window?.start ?? dateOfDay(dayNumber(truth.generator.as_of) - truth.generator.days);
const first = dayNumber(firstDate);
const days = dayNumber(truth.generator.as_of) - first;
const index = new Map(sellerIds.map((id, i) => [id, i]));
const orders = new Float64Array(sellerIds.length * days);
const revenue = new Float64Array(sellerIds.length * days);
let header = true;
let skipped = 0;
await lines(join(dir, 'sales.csv'), (line) => {
  if (header || !line) {
    header = false;
    return;
  }
  const [sellerId, date, count, amount] = line.split(',');
  const s = index.get(sellerId!);
  const d = dayNumber(date!) - first;
  if (s === undefined || d < 0 || d >= days) {
    skipped++;
    return;
  }
  orders[s * days + d]! += Number(count);
  revenue[s * days + d]! += Number(amount);
});
const panel: SalesPanel = { sellerIds, firstDate, days, orders, revenue };
const loadSeconds = (performance.now() - loadStarted) / 1000;

const started = performance.now();
const cpu0 = process.cpuUsage();
const findings = detectSalesAnomalies({
  sellerSeries: panel,
  asOf: new Date(`${truth.generator.as_of}T00:00:00Z`),
  createdOn,
});
const cpu = process.cpuUsage(cpu0);
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const points = panel.sellerIds.length * panel.days;

const planted = new Map(truth.positives.sales_anomaly.map((p) => [p.seller_id, p]));
function score(threshold: number) {
  const flagged = findings.filter((f) => f.score >= threshold);
  const tp = flagged.filter((f) => planted.has(f.seller_id)).length;
  const precision = flagged.length ? tp / flagged.length : 1;
  const recall = planted.size ? tp / planted.size : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    threshold,
    findings: flagged.length,
    tp,
    fp: flagged.length - tp,
    fn: planted.size - tp,
    precision,
    recall,
    f1,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `${dir}: ${panel.sellerIds.length.toLocaleString('en')} sellers x ${panel.days} days, ` +
    `${planted.size} planted sales anomalies, as of ${truth.generator.as_of}` +
    (skipped ? ` (${skipped} sales rows outside the window or of unknown sellers ignored)` : ''),
);
console.log(
  `load ${loadSeconds.toFixed(1)} s; detect ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU = ` +
    `${Math.round(points / cpuSeconds).toLocaleString('en')} points per CPU-second; ` +
    `peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
for (const s of [score(0), score(OPEN_SCORE)]) {
  console.log(
    `score >= ${s.threshold}: ${s.findings} findings, TP ${s.tp} FP ${s.fp} FN ${s.fn}; ` +
      `precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)}`,
  );
}

const byKind = new Map<string, { planted: number; found: number; sameKind: number; sameWindow: number }>();
const found = new Map(findings.map((f) => [f.seller_id, f]));
for (const p of planted.values()) {
  const k = byKind.get(p.kind) ?? { planted: 0, found: 0, sameKind: 0, sameWindow: 0 };
  k.planted++;
  const f = found.get(p.seller_id);
  if (f) {
    k.found++;
    const e = f.evidence as {
      kind: string;
      window: { from: string; to: string };
      episode: { from: string; to: string };
    };
    if (e.kind === p.kind) k.sameKind++;
    const from = [e.window.from, e.episode.from].sort()[0]!;
    if (from <= p.end && e.episode.to >= p.start) k.sameWindow++;
  }
  byKind.set(p.kind, k);
}
console.log(
  'recall by planted kind (found / planted; of those found: same kind, window overlapping the planted one):',
);
for (const [kind, k] of byKind) {
  console.log(
    `  ${kind.padEnd(13)} ${k.found}/${k.planted} (${pct(k.found / k.planted)}); kind ${k.sameKind}, window ${k.sameWindow}`,
  );
}

const touchesEvent = (f: (typeof findings)[number]) => {
  const w = (f.evidence as { window: { from: string; to: string } }).window;
  return truth.market_events.some((e) => w.from <= e.end && w.to >= e.start);
};
const falsePositives = findings.filter((f) => !planted.has(f.seller_id));
// P/R/F1 with and without market-wide peaks: planted anomalies and findings split by whether their
// window touches a market event (precision over findings, recall over planted anomalies).
const plantedTouches = (p: { start: string; end: string }) =>
  truth.market_events.some((e) => p.start <= e.end && p.end >= e.start);
for (const [label, atPeak] of [
  ['touching a market-wide peak', true],
  ['away from market-wide peaks', false],
] as const) {
  const mine = findings.filter((f) => touchesEvent(f) === atPeak);
  const tp = mine.filter((f) => planted.has(f.seller_id)).length;
  const plantedHere = [...planted.values()].filter((p) => plantedTouches(p) === atPeak);
  const foundHere = plantedHere.filter((p) => found.has(p.seller_id)).length;
  const precision = mine.length ? tp / mine.length : 1;
  const recall = plantedHere.length ? foundHere / plantedHere.length : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `${label}: findings ${mine.length} (TP ${tp}) precision ${pct(precision)}; planted ${plantedHere.length}, found ${foundHere}, recall ${pct(recall)}; F1 ${pct(f1)}`,
  );
}
console.log(
  `market events (${truth.market_events.map((e) => `${e.name} x${e.lift}`).join(', ')}): ` +
    `${findings.filter(touchesEvent).length} findings have a window touching one, ${falsePositives.filter(touchesEvent).length} of them on unplanted sellers`,
);
for (const [group, ids] of Object.entries(truth.hard_negatives.sales_anomaly ?? {})) {
  const flagged = ids.filter((id) => found.has(id) && !planted.has(id)).length;
  console.log(`hard negatives ${group}: ${flagged} of ${ids.length} flagged`);
}
if (process.argv.includes('--list-fp')) {
  for (const f of falsePositives) console.log(`  FP ${f.seller_id} ${f.score} ${f.summary}`);
}
