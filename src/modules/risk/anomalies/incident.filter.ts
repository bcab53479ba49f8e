/** How raw novelty becomes a score: the young-series discount and one report per incident. */
export interface IncidentSettings {
  /** Rows (observed values) before the first non-zero score. */
  warmup: number;
  /** Novelty after t rows is weighed t / (t + maturity). */
  maturity: number;
  /** Novelty that counts as an alarm. */
  alarm: number;
  /** Rows after an alarm during which only novelty above restBar times the alarm's breaks through. */
  rest: number;
  restBar: number;
  /** Novelty mapped to a score in [0, 1): e / (e + halfScore). */
  halfScore: number;
}

/**
 * Turns each row's raw novelty into its score. Causal and allocation-free: the state is the last
 * alarm's row and size. An incident (a level shift, say) moves one feature after another for
 * about the longest window; the rest keeps it to one report unless something clearly bigger comes.
 */
export class IncidentFilter {
  private lastAlarm = -1;
  private alarmLevel = 0;
  /** Novelty after the maturity discount behind the latest score (0 when silenced or warming up). */
  lastNovelty = 0;

  constructor(private readonly s: Readonly<IncidentSettings>) {}

  /** Score of raw novelty `e` observed at row `t` (count of observed values before it). */
  score(raw: number, t: number): number {
    const s = this.s;
    this.lastNovelty = 0;
    if (!(raw > 0) || t < s.warmup) return 0;
    const e = (raw * t) / (t + s.maturity);
    this.lastNovelty = e;
    const resting = this.lastAlarm >= 0 && t - this.lastAlarm <= s.rest;
    if (resting && e <= s.restBar * this.alarmLevel) return 0;
    if (e >= s.alarm) {
      this.lastAlarm = t;
      this.alarmLevel = e;
    }
    return e / (e + s.halfScore);
  }
}
