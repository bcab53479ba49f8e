import type { Finding, Severity } from '../finding.js';
import type { SalesEpisode } from './sales.episode.js';
import type { SalesParams } from './sales.params.js';

type SalesAnomalyKind = 'spike' | 'collapse' | 'level_shift' | 'dormant_wake';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12 Mar 2026` for an ISO date. */
function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

function readablePeriod(from: string, to: string): string {
  return from === to ? `on ${readableDate(from)}` : `from ${readableDate(from)} to ${readableDate(to)}`;
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const money = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

function times(ratio: number): string {
  if (ratio >= 1.95) return `about ${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)} times`;
  if (ratio >= 1) return `${Math.round((ratio - 1) * 100)}% more than`;
  return `${Math.round((1 - ratio) * 100)}% less than`;
}

function kindOf(e: SalesEpisode, p: Readonly<SalesParams>): SalesAnomalyKind {
  if (e.direction > 0 && e.measure === 'orders' && e.quietDaysBefore >= p.dormantDays) return 'dormant_wake';
  const moved = e.direction > 0 ? e.afterRatio >= p.shiftRatio : e.afterRatio <= 1 / p.shiftRatio;
  if (moved && e.daysSinceStart >= p.levelShiftDays && !(e.direction < 0 && e.afterRatio < 0.2))
    return 'level_shift';
  return e.direction > 0 ? 'spike' : 'collapse';
}

/** Severity with the default policy's bands (the policy may re-derive it from the score). */
function severityOfScore(score: number): Severity {
  return score >= 0.95 ? 'high' : score >= 0.8 ? 'medium' : 'low';
}

function summaryOf(kind: SalesAnomalyKind, e: SalesEpisode, dates: (day: number) => string): string {
  const period = readablePeriod(dates(e.windowFrom), dates(e.windowTo));
  const observed = Math.round(e.observedOrders);
  const expected = e.expectedOrders < 10 ? e.expectedOrders.toFixed(1) : String(Math.round(e.expectedOrders));
  const ratio = e.expectedOrders > 0 ? e.observedOrders / e.expectedOrders : Number.POSITIVE_INFINITY;
  const market = e.marketPeak >= 1.5 ? ', even allowing for the busier market at the time' : '';
  if (e.measure === 'average_order_value') {
    const perOrder = e.observedOrders > 0 ? e.observedRevenue / e.observedOrders : 0;
    const usual = e.expectedOrders > 0 ? e.expectedRevenue / e.expectedOrders : 0;
    return `Your average order value ${period} was ${money(perOrder)}, against about ${money(usual)} usually.`;
  }
  switch (kind) {
    case 'dormant_wake':
      return `After ${e.quietDaysBefore} days without sales, your account received ${observed} orders ${period}${market}.`;
    case 'level_shift':
      return `Since ${readableDate(dates(Math.min(e.windowFrom, e.episodeFrom)))} your daily orders have stayed at ${times(e.afterRatio)} your usual level${market}.`;
    case 'spike':
      return `Your orders ${period} were ${observed}, ${times(ratio)} the ${expected} expected from your usual sales${market}.`;
    case 'collapse':
      return `Your orders ${period} fell to ${observed}, against about ${expected} expected from your usual sales${market}.`;
  }
}

/** Turns a seller's strongest episode into a `sales_anomaly` finding (SPEC section 3). */
export function findingOfEpisode(
  sellerId: string,
  e: SalesEpisode,
  p: Readonly<SalesParams>,
  dates: (day: number) => string,
  judgedThrough: string,
): Finding {
  const kind = kindOf(e, p);
  const score = round(1 - 2 ** (-e.surprise / p.halfScoreSurprise), 3);
  return {
    seller_id: sellerId,
    trigger: 'sales_anomaly',
    score,
    severity: severityOfScore(score),
    summary: summaryOf(kind, e, dates),
    evidence: {
      kind,
      measure: e.measure,
      direction: e.direction > 0 ? 'up' : 'down',
      window: { from: dates(e.windowFrom), to: dates(e.windowTo), days: e.windowTo - e.windowFrom + 1 },
      episode: { from: dates(e.episodeFrom), to: dates(e.episodeTo) },
      recent_ratio: Number.isNaN(e.afterRatio) ? null : round(e.afterRatio),
      expected: { orders: round(e.expectedOrders), revenue: round(e.expectedRevenue) },
      observed: { orders: e.observedOrders, revenue: round(e.observedRevenue) },
      ratio: e.expectedOrders > 0 ? round(e.observedOrders / e.expectedOrders) : null,
      how_unusual: {
        p_value: Number(e.pValue.toPrecision(3)),
        tests: e.tests,
        surprise: round(e.surprise, 1),
        meaning:
          'p_value: chance of a window at least this far from expected under the seller model ' +
          '(usual level x weekday x market index, negative binomial); surprise: -log10 of p_value ' +
          'times the number of tests run per day; score = 1 - 2^(-surprise / 5): 0.5 at one in 100,000, 0.75 at one in 10^10.',
      },
      market_index: { mean: round(e.marketIndex), peak: round(e.marketPeak) },
      baseline_daily_orders: round(e.baselineDailyOrders),
      quiet_days_before: e.quietDaysBefore,
      history_days: e.historyDays,
      other_episodes: Math.max(0, e.episodes - 1),
      /** The last day of sales read: days after it had not arrived, or were after the scan date. */
      judged_through: judgedThrough,
    },
  };
}
