/**
 * How good is the estimated decision date? `npm run bench:eta [-- --weeks 8 --seed 7 --reviewers 3]`
 *
 * A simulated review queue: submissions arrive around the clock (fewer at night and at weekends)
 * with the severity mix of the demo store; reviewers work weekdays 08:00–17:00 UTC and take a
 * log-normal time per case; the queue is worked in the product's order (severity, then SLA due).
 * At each submission the product's `estimateDecision` is given what the product would know then
 * (cases ahead, decisions and overtaking submissions in the past week, the SLA); the actual
 * decision time is recorded. Simpler estimators run alongside for comparison: the same never or
 * always counting overtaking, a flat decision rate, and the SLA date alone. The first week is warm-up.
 */

import { Rng } from '@secondlook/simulator';
import { estimateDecision } from '../../src/modules/cases/eta.js';
import { loadDefaultPolicy } from '../../src/modules/cases/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const WEEKS = arg('weeks', 8);
const SEED = arg('seed', 7);
const REVIEWERS = arg('reviewers', 3);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LOOKBACK_HOURS = 168;
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
type Severity = keyof typeof SEVERITY_RANK;

interface Case {
  id: number;
  severity: Severity;
  submittedAt: number;
  dueAt: number;
  estimates: Record<'product' | 'no_overtaking' | 'always_overtaking' | 'flat_rate' | 'sla', number>;
  decidedAt?: number;
}

const policy = await loadDefaultPolicy();
const slaHours = policy.review.sla_hours;
const rng = Rng.of(SEED, 'eta');
const start = Date.UTC(2026, 0, 5); // a Monday
const end = start + WEEKS * 7 * 24 * HOUR;

const isWorking = (t: number) => {
  const d = new Date(t);
  const day = d.getUTCDay();
  const hour = d.getUTCHours();
  return day >= 1 && day <= 5 && hour >= 8 && hour < 17;
};
/** Submissions per hour: 36 a day on weekdays, with a daytime peak; 40 % of that at weekends. */
const arrivalRate = (t: number) => {
  const d = new Date(t);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  const hour = d.getUTCHours();
  const shape = hour >= 7 && hour < 22 ? 1.3 : 0.45;
  return (36 / 24) * shape * (weekend ? 0.4 : 1);
};
const pickSeverity = (): Severity => {
  const u = rng.next();
  return u < 0.2 ? 'high' : u < 0.7 ? 'medium' : 'low';
};
/** Minutes a review takes: log-normal, median 25 minutes. */
const reviewMinutes = () => Math.max(3, Math.exp(Math.log(25) + 0.6 * normal()));
function normal(): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
const before = (a: Case, b: Case) =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.dueAt - b.dueAt || a.id - b.id;

const queue: Case[] = [];
const reviewers: { busyUntil: number; case?: Case }[] = Array.from({ length: REVIEWERS }, () => ({
  busyUntil: 0,
}));
const all: Case[] = [];
const decisions: number[] = [];
const arrivals: { at: number; severity: Severity }[] = [];
let nextId = 0;

for (let t = start; t < end; t += MINUTE) {
  // Reviews that finish now.
  for (const reviewer of reviewers)
    if (reviewer.case && reviewer.busyUntil <= t) {
      reviewer.case.decidedAt = reviewer.busyUntil;
      decisions.push(reviewer.busyUntil);
      reviewer.case = undefined;
    }
  // Submissions this minute.
  const arriving = poisson(arrivalRate(t) / 60);
  for (let i = 0; i < arriving; i++) {
    const severity = pickSeverity();
    const c: Case = {
      id: nextId++,
      severity,
      submittedAt: t,
      dueAt: t + slaHours * HOUR,
      estimates: { product: 0, no_overtaking: 0, always_overtaking: 0, flat_rate: 0, sla: 0 },
    };
    const since = t - LOOKBACK_HOURS * HOUR;
    const ahead = queue.filter((q) => before(q, c) < 0).length + reviewers.filter((r) => r.case).length;
    const recentDecisionsAt = decisions.slice(firstAfter(decisions, since)).map((d) => new Date(d));
    const recentOvertakingAt = arrivals
      .filter((a) => a.at > since && SEVERITY_RANK[a.severity] < SEVERITY_RANK[severity])
      .map((a) => new Date(a.at));
    const input = {
      now: new Date(t),
      ahead,
      waiting: queue.length + 1 + reviewers.filter((r) => r.case).length,
      recentDecisionsAt,
      recentOvertakingAt,
      reviewDueAt: new Date(c.dueAt),
    };
    c.estimates.product = estimateDecision(input).estimatedAt.getTime();
    c.estimates.no_overtaking = estimateDecision({ ...input, recentOvertakingAt: [] }).estimatedAt.getTime();
    c.estimates.always_overtaking = estimateDecision({
      ...input,
      waiting: Number.POSITIVE_INFINITY,
    }).estimatedAt.getTime();
    // A flat rate: the week's decisions spread evenly over its hours.
    const perHour = recentDecisionsAt.length / LOOKBACK_HOURS;
    c.estimates.flat_rate = perHour > 0 ? t + ((ahead + 1) / perHour) * HOUR : c.dueAt;
    c.estimates.sla = c.dueAt;
    arrivals.push({ at: t, severity });
    queue.push(c);
    all.push(c);
  }
  queue.sort(before);
  // Free reviewers take the next case in order, in working hours.
  if (isWorking(t))
    for (const reviewer of reviewers)
      if (!reviewer.case && queue.length > 0) {
        const next = queue.shift() as Case;
        reviewer.case = next;
        reviewer.busyUntil = t + reviewMinutes() * MINUTE;
      }
}

function poisson(mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const u = rng.next();
  while (u > s) {
    k += 1;
    p *= mean / k;
    s += p;
  }
  return k;
}
/** The index of the first time after `since` in an ascending list. */
function firstAfter(sorted: number[], since: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const scored = all.filter((c) => c.decidedAt !== undefined && c.submittedAt >= start + 7 * 24 * HOUR);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;
function summarise(cases: Case[], estimator: keyof Case['estimates']) {
  const errors = cases.map((c) => (c.estimates[estimator] - (c.decidedAt as number)) / HOUR);
  const absolute = errors.map(Math.abs);
  return {
    cases: cases.length,
    median_abs_h: round(quantile(absolute, 0.5)),
    p90_abs_h: round(quantile(absolute, 0.9)),
    mean_signed_h: round(errors.reduce((a, b) => a + b, 0) / errors.length),
    within_24h: `${Math.round((absolute.filter((e) => e <= 24).length / absolute.length) * 100)}%`,
    late_share: `${Math.round((errors.filter((e) => e < 0).length / errors.length) * 100)}%`,
  };
}
const waits = scored.map((c) => ((c.decidedAt as number) - c.submittedAt) / HOUR);
console.log(
  `ETA on a simulated queue: ${WEEKS} weeks (first is warm-up), seed ${SEED}, ${REVIEWERS} reviewers, SLA ${slaHours} h, ` +
    `${scored.length} decided cases scored; actual wait median ${round(quantile(waits, 0.5))} h, p90 ${round(quantile(waits, 0.9))} h; ` +
    `${all.length - all.filter((c) => c.decidedAt !== undefined).length} still undecided at the end.`,
);
const rows: Record<string, unknown>[] = [];
for (const estimator of ['product', 'no_overtaking', 'always_overtaking', 'flat_rate', 'sla'] as const) {
  rows.push({ estimator, severity: 'all', ...summarise(scored, estimator) });
  for (const severity of ['high', 'medium', 'low'] as const)
    rows.push({
      estimator,
      severity,
      ...summarise(
        scored.filter((c) => c.severity === severity),
        estimator,
      ),
    });
}
console.table(rows);
console.log(
  'signed error = estimate − actual (negative: the estimate was too early; late_share: share of cases decided after their estimate)',
);
