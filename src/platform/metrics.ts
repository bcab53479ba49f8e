import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (`GET /metrics`, docs/live-path.md). One registry per process;
 * the gauges that read the database are filled by the collector the server installs.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'secondlook_' });

const reevaluationLag = new Histogram({
  name: 'secondlook_reevaluation_lag_seconds',
  help: 'Time from a seller being queued for re-evaluation (its first waiting event) to its re-evaluation done',
  buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
  registers: [metricsRegistry],
});

const reevaluationsDone = new Counter({
  name: 'secondlook_reevaluations_total',
  help: 'Sellers re-evaluated by the live path',
  registers: [metricsRegistry],
});

const reevaluationFailures = new Counter({
  name: 'secondlook_reevaluation_failures_total',
  help: 'Batches of re-evaluation that failed and were put back to wait (retried)',
  registers: [metricsRegistry],
});

/** Sellers re-evaluated, each queued at the given time. */
export function reevaluationDone(queuedAt: readonly Date[]): void {
  const now = Date.now();
  for (const at of queuedAt) reevaluationLag.observe((now - at.getTime()) / 1000);
  reevaluationsDone.inc(queuedAt.length);
}

export const reevaluationFailed = (): void => reevaluationFailures.inc();

/** Depth and age of the re-evaluation backlog; `read` is called at each scrape. */
export function exportReevaluationBacklog(read: () => Promise<{ waiting: number; oldestSeconds: number }>) {
  let last: Promise<{ waiting: number; oldestSeconds: number }> | undefined;
  const current = () => {
    last ??= read().finally(() => {
      last = undefined;
    });
    return last;
  };
  for (const [name, help, pick] of [
    ['secondlook_reevaluation_waiting', 'Sellers waiting for re-evaluation', 'waiting'],
    [
      'secondlook_reevaluation_oldest_wait_seconds',
      'How long the longest-waiting seller has waited for re-evaluation (the live path lag now)',
      'oldestSeconds',
    ],
  ] as const) {
    metricsRegistry.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      registers: [metricsRegistry],
      async collect() {
        this.set((await current())[pick]);
      },
    });
  }
}

/** Audit events committed and not yet linked into the chain by the chainer; read at each scrape. */
export function exportAuditUnchained(read: () => Promise<number>) {
  const name = 'secondlook_audit_unchained';
  metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name,
    help: 'Audit events committed and not yet linked into the hash chain (tamper-evident by their seal only)',
    registers: [metricsRegistry],
    async collect() {
      this.set(await read());
    },
  });
}

/** Cases per status, read at scrape from the counters the database keeps (never a count of the cases). */
export function exportCasesByStatus(read: () => Promise<ReadonlyMap<string, number>>) {
  const name = 'secondlook_cases';
  metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name,
    help: 'Cases per status (kept as counters in the transaction of each change)',
    labelNames: ['status'],
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const [status, n] of await read()) this.set({ status }, n);
    },
  });
}

const feedLines = new Counter({
  name: 'secondlook_feed_lines_total',
  help: 'Feed lines read, by kind and outcome: accepted (of them written or unchanged) or rejected',
  labelNames: ['kind', 'outcome'],
  registers: [metricsRegistry],
});

const feedRejections = new Counter({
  name: 'secondlook_feed_rejections_total',
  help: 'Feed lines refused, by kind and code (UNKNOWN_SELLER: a line for a seller the store does not hold)',
  labelNames: ['kind', 'code'],
  registers: [metricsRegistry],
});

const feedNotes = new Counter({
  name: 'secondlook_feed_notes_total',
  help: 'Data-quality notes on feed lines that landed, by kind and code',
  labelNames: ['kind', 'code'],
  registers: [metricsRegistry],
});

const feedLinesAhead = new Counter({
  name: 'secondlook_feed_lines_ahead_total',
  help: "Dated feed lines whose day is after the server's today: kept, never judged before their day",
  labelNames: ['kind'],
  registers: [metricsRegistry],
});

/**
 * What one batch of a feed file or API call landed (import and the feed routes alike), counted as
 * it commits: the lines of a call that fails later are in the metrics as they are in the store.
 */
export function feedBatchLanded(
  kind: string,
  batch: { accepted: number; written: number; unchanged: number; notesByCode: Record<string, number> },
): void {
  for (const outcome of ['accepted', 'written', 'unchanged'] as const)
    if (batch[outcome] > 0) feedLines.inc({ kind, outcome }, batch[outcome]);
  for (const [code, n] of Object.entries(batch.notesByCode)) feedNotes.inc({ kind, code }, n);
}

export const feedLineRejected = (kind: string, code: string): void => {
  feedRejections.inc({ kind, code });
  feedLines.inc({ kind, outcome: 'rejected' });
};

export const feedLinesAheadOfToday = (kind: string, n: number): void => {
  if (n > 0) feedLinesAhead.inc({ kind }, n);
};
