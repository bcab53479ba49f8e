/**
 * Speed of the anomaly detectors: `npm run bench:anomaly-speed [-- --sellers 100000 --days 180]`
 * or `-- --sales path/to/sales.csv` for a `secondlook generate` feed.
 *   1. sales_anomaly over a sellers x days panel (the scan's shape): points/s and peak memory;
 *   2. the streaming detector core over the same number of points, as one long series.
 * One thread; the panel is built before timing starts.
 */
import { readFileSync } from 'node:fs';
import {
  buildSalesPanel,
  type DailySales,
  detectSalesAnomalies,
  marketOf,
  type SalesPanel,
  scoreSeries,
} from '../../src/modules/risk/anomalies/index.js';
import { poisson, seededRandom } from '../../src/modules/risk/anomalies/sales.fixtures.js';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A panel like a marketplace's: tiered volumes, weekly patterns, growth, two holiday peaks, 3% anomalies. */
function syntheticPanel(sellers: number, days: number): SalesPanel {
  const rand = seededRandom(42);
  const orders = new Float64Array(sellers * days);
  const revenue = new Float64Array(sellers * days);
  const tiers = [0.3, 3, 15, 60];
  for (let s = 0; s < sellers; s++) {
    const base = tiers[s % tiers.length]! * Math.exp(rand() - 0.5);
    const weekend = rand() < 0.3 ? 1.3 : rand() < 0.4 ? 0.6 : 1;
    const growth = rand() * 0.6 - 0.1;
    const sensitivity = 0.5 + rand();
    const anomalous = rand() < 0.03;
    const at = 60 + Math.floor(rand() * (days - 80));
    const aov = 10 + rand() * 90;
    for (let d = 0; d < days; d++) {
      const dow = d % 7;
      const lift = (d >= 120 && d < 125 ? 2.5 : 1) * (d >= 160 && d < 163 ? 1.8 : 1);
      let mean =
        base * (dow >= 5 ? weekend : 1) * Math.exp((growth * d) / days) * (1 + (lift - 1) * sensitivity);
      if (anomalous && d >= at && d < at + 5) mean *= 5;
      const x = poisson(rand, mean);
      orders[s * days + d] = x;
      revenue[s * days + d] = x * aov;
    }
  }
  return {
    sellerIds: Array.from({ length: sellers }, (_, s) => `S${s}`),
    firstDate: '2025-06-02',
    days,
    orders,
    revenue,
  };
}

function panelFromCsv(path: string): SalesPanel {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: DailySales[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [seller_id, date, orders, revenue] = lines[i]!.split(',');
    if (!seller_id || !date) continue;
    rows.push({ seller_id, date, orders: Number(orders), revenue: Number(revenue) });
  }
  return buildSalesPanel(rows);
}

const salesPath = argument('sales');
const panel = salesPath
  ? panelFromCsv(salesPath)
  : syntheticPanel(Number(argument('sellers') ?? 100_000), Number(argument('days') ?? 180));
const points = panel.sellerIds.length * panel.days;
const market = marketOf(panel);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const before = process.memoryUsage();
console.log(
  `panel: ${panel.sellerIds.length.toLocaleString('en')} sellers x ${panel.days} days = ${points.toLocaleString('en')} points ` +
    `(${salesPath ?? 'synthetic'}); heap ${mb(before.heapUsed)}, array buffers ${mb(before.arrayBuffers)}`,
);

detectSalesAnomalies({
  sellerSeries: { ...panel, sellerIds: panel.sellerIds.slice(0, 2000) },
  marketSeries: market,
});
/** Wall time, and CPU time of this process (the per-core figure when other work shares the machine). */
function timed<T>(work: () => T): { result: T; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpu0);
  return { result, wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');

const sales = timed(() => detectSalesAnomalies({ sellerSeries: panel, marketSeries: market }));
console.log(
  `sales_anomaly: ${sales.wall.toFixed(2)} s wall, ${sales.cpu.toFixed(2)} s CPU; ` +
    `${rate(points, sales.wall)} points/s wall, ${rate(points, sales.cpu)} points per CPU-second; ` +
    `${sales.result.length.toLocaleString('en')} findings`,
);

const series = panel.orders;
const core = timed(() => scoreSeries(series));
let alarms = 0;
for (let i = 0; i < core.result.length; i++) if (core.result[i]! >= 0.5) alarms++;
console.log(
  `detector core (one series of ${series.length.toLocaleString('en')} points): ${core.wall.toFixed(2)} s wall; ` +
    `${rate(series.length, core.wall)} points/s wall, ${rate(series.length, core.cpu)} points per CPU-second ` +
    `(${alarms} scores >= 0.5)`,
);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`peak memory (max RSS of the process, panel included): ${mb(peak)}`);
