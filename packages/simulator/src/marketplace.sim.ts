import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeMarketCalendar, makeWindow, parseIsoDate } from './calendar.js';
import { simulateDocuments } from './documents.sim.js';
import { simulateEvents } from './events.sim.js';
import { LineWriter } from './line-writer.js';
import { planMarketplace } from './plan.js';
import { Rng } from './random.js';
import { Registry } from './registry.js';
import { salesRows, simulateSales } from './sales.sim.js';
import { buildSeller } from './sellers.sim.js';
import { TruthCollector } from './truth.collect.js';
import type { Trigger } from './truth.js';

export interface GenerateOptions {
  sellers: number;
  seed: number;
  out: string;
  /** Days of activity (default 180), ending the day before `asOf`. */
  days?: number;
  /** The reference date, `YYYY-MM-DD` (default 2026-11-01: fixed, so output never depends on today). */
  asOf?: string;
}

export interface GenerateSummary {
  out: string;
  truthPath: string;
  seed: number;
  asOf: string;
  window: { start: string; end: string };
  /** Lines written per file (sales: rows without the header). */
  files: { sellers: number; events: number; sales: number; documents: number };
  planted: Record<Trigger, number>;
  clusters: number;
  hardNegatives: Record<string, number>;
}

export const DEFAULT_AS_OF = '2026-11-01';
export const DEFAULT_DAYS = 180;
export const MAX_SELLERS = 2_000_000;

const checkOptions = (options: GenerateOptions): { days: number; asOf: string } => {
  const days = options.days ?? DEFAULT_DAYS;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!Number.isInteger(options.sellers) || options.sellers < 1 || options.sellers > MAX_SELLERS)
    throw new RangeError(`sellers must be a whole number from 1 to ${MAX_SELLERS}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed must be a whole number');
  if (!Number.isInteger(days) || days < 60 || days > 1000)
    throw new RangeError('days must be a whole number from 60 to 1000');
  parseIsoDate(asOf);
  return { days, asOf };
};

/** Writes a synthetic marketplace feed and its truth.json into `out`. Same options, same bytes. */
export const writeMarketplace = async (options: GenerateOptions): Promise<GenerateSummary> => {
  const { days, asOf } = checkOptions(options);
  const { seed, out } = options;
  const window = makeWindow(asOf, days);
  const calendar = makeMarketCalendar(window);
  const registry = new Registry();
  const plan = planMarketplace(seed, options.sellers, window, calendar, registry);
  await mkdir(out, { recursive: true });
  const sellersOut = new LineWriter(join(out, 'sellers.jsonl'));
  const eventsOut = new LineWriter(join(out, 'events.jsonl'));
  const salesOut = new LineWriter(join(out, 'sales.csv'));
  const documentsOut = new LineWriter(join(out, 'documents.jsonl'));
  await salesOut.write('seller_id,date,orders,revenue\n', 0);
  const truth = new TruthCollector(window, calendar);
  for (const sellerPlan of plan.sellers) {
    const sim = buildSeller(seed, sellerPlan, window, registry);
    const sales = simulateSales(Rng.of(seed, 'sales', sellerPlan.index), sellerPlan, window, calendar);
    const events = simulateEvents(Rng.of(seed, 'events', sellerPlan.index), sim, sales, window);
    const documents = simulateDocuments(Rng.of(seed, 'documents', sellerPlan.index), sim, window);
    await sellersOut.write(`${JSON.stringify(sim.record)}\n`);
    await eventsOut.write(events.map((e) => `${JSON.stringify(e)}\n`).join(''), events.length);
    const rows = salesRows(sellerPlan.sellerId, sales, window, Math.max(0, sellerPlan.created));
    await salesOut.write(rows, countLines(rows));
    await documentsOut.write(
      documents.records.map((d) => `${JSON.stringify(d)}\n`).join(''),
      documents.records.length,
    );
    truth.addSeller(sim, sales, events, documents);
  }
  await Promise.all([sellersOut.close(), eventsOut.close(), salesOut.close(), documentsOut.close()]);
  const generator = {
    seed,
    sellers: options.sellers,
    days,
    as_of: asOf,
    window: { start: window.dates[0] ?? '', end: window.dates[days - 1] ?? '' },
  };
  const result = truth.finish(plan, generator);
  const truthPath = join(out, 'truth.json');
  await writeFile(truthPath, `${JSON.stringify(result, null, 2)}\n`);
  return {
    out,
    truthPath,
    seed,
    asOf,
    window: generator.window,
    files: {
      sellers: sellersOut.lines,
      events: eventsOut.lines,
      sales: salesOut.lines,
      documents: documentsOut.lines,
    },
    planted: result.summary.planted,
    clusters: result.summary.clusters,
    hardNegatives: result.summary.hard_negatives,
  };
};

const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};
