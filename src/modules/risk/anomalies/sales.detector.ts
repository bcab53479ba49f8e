import type { Finding } from '../finding.js';
import { findingOfEpisode } from './sales.evidence.js';
import { SalesScanner } from './sales.model.js';
import {
  dateOfDay,
  dayNumber,
  type MarketSeries,
  marketOf,
  readableSalesPanel,
  type SalesPanel,
} from './sales.panel.js';
import { SALES_PARAMS, type SalesParams } from './sales.params.js';

export interface SalesAnomalyInput {
  /** Daily orders and revenue per seller (missing days are zero). */
  sellerSeries: SalesPanel;
  /** Market totals per day; computed from `sellerSeries` when absent. */
  marketSeries?: MarketSeries;
  /** Scan date: only days before it are read. Default: the day after the panel's last day. */
  asOf?: Date;
  /**
   * Last day of sales received, per seller (the sales feed's watermark, docs/live-path.md): days
   * after it are not yet known, never zeros, and are not read. A seller left out is not judged.
   * Absent: every day of the panel up to `asOf` has arrived (a batch scan of a complete file).
   */
  judgedThrough?: ReadonlyMap<string, string>;
  /** Day each seller was created (ISO date): its history, and the warm-up, start there. */
  createdOn?: ReadonlyMap<string, string>;
  params?: Readonly<SalesParams>;
}

/**
 * `sales_anomaly` (SPEC section 3, trigger 3): one finding per seller whose sales, once the
 * market's own moves, the seller's weekday pattern and its slowly moving level are accounted for,
 * show a window far from expected. Pure: data in, findings out, ordered by seller.
 */
export function detectSalesAnomalies(input: SalesAnomalyInput): Finding[] {
  const panel = readableSalesPanel(input.sellerSeries);
  const p = input.params ?? SALES_PARAMS;
  const market = input.marketSeries ?? marketOf(panel);
  const first = dayNumber(panel.firstDate);
  const end = input.asOf
    ? Math.min(panel.days, Math.floor(input.asOf.getTime() / 86_400_000) - first)
    : panel.days;
  const scanner = new SalesScanner(panel, market, p);
  const dates = (day: number) => dateOfDay(first + day);
  const findings: Finding[] = [];
  for (let s = 0; s < panel.sellerIds.length; s++) {
    const id = panel.sellerIds[s]!;
    const created = input.createdOn?.get(id);
    const start = created ? Math.max(0, dayNumber(created) - first) : 0;
    const through = input.judgedThrough ? input.judgedThrough.get(id) : undefined;
    if (input.judgedThrough && through === undefined) continue;
    const sellerEnd = through === undefined ? end : Math.min(end, dayNumber(through) + 1 - first);
    if (sellerEnd <= start) continue;
    const episode = scanner.scan(s, start, sellerEnd);
    if (episode.surprise >= p.flagSurprise)
      findings.push(findingOfEpisode(id, episode, p, dates, dates(sellerEnd - 1)));
  }
  return findings;
}
