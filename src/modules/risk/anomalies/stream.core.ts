/**
 * How a measure's strength becomes a score and an incident: the young-series discount, one report
 * per incident, and episodes (flagged steps close together, in one direction). Shared by every
 * path: NAB and `detect-anomalies` (range novelty) and `sales_anomaly` (count surprise).
 */
export interface IncidentSettings {
  /** Steps (observed values) before the first non-zero score. */
  warmup: number;
  /** Strength after t steps is weighed t / (t + maturity); 0 for a measure that already weighs its own youth. */
  maturity: number;
  /** Strength from which a step is flagged (an alarm). */
  alarm: number;
  /** Steps after a reported alarm during which only strength above restBar times its strength is reported. */
  rest: number;
  restBar: number;
  /** Strength mapped to a score in [0, 1): e / (e + halfScore). */
  halfScore: number;
  /** Flagged steps at most this many steps apart, in the same direction, are one episode. */
  episodeGap: number;
}

/**
 * The one streaming core behind every anomaly path. A measure (range novelty of six features for
 * any series, `NoveltyFeatures`; count surprise against an expected rate, `CountSurprise`) gives
 * each step a strength and a direction from the steps before it; the core discounts a young
 * series, reports an incident once and groups flagged steps into episodes, keeping the strongest.
 * Causal and allocation-free: its state is the last alarm, the open episode and the strongest.
 */
export class StreamScorer {
  private lastAlarm = -1;
  private alarmLevel = 0;
  /** Strength after the maturity discount behind the latest score (0 when warming up). */
  lastStrength = 0;
  /** Episodes closed so far. */
  episodes = 0;
  /** Strongest flagged strength so far (0 when none), and the episode that holds it. */
  best = 0;
  bestFrom = -1;
  bestTo = -1;
  /** The caller's tag (a number it passed with the episode's first step) of the strongest episode. */
  bestTag = 0;
  /** Whether the latest step set a new `best`. */
  isNewBest = false;
  private openFrom = -1;
  private openTo = -1;
  private openDir = 0;
  private openTag = 0;
  private openTop = 0;

  constructor(private readonly s: Readonly<IncidentSettings>) {}

  /** Forgets everything: the next step starts a new series. */
  reset(): void {
    this.lastAlarm = -1;
    this.alarmLevel = 0;
    this.lastStrength = 0;
    this.episodes = 0;
    this.best = 0;
    this.bestFrom = -1;
    this.bestTo = -1;
    this.bestTag = 0;
    this.isNewBest = false;
    this.openFrom = -1;
  }

  /**
   * Score of raw strength `raw` at step `t` (observed steps before it; the steps' own index for
   * episodes), in direction `dir` (0 when the measure has none); `tag` is remembered with an
   * episode that starts here. Returns 0 while warming up or when the step repeats an open incident.
   */
  step(raw: number, t: number, dir = 0, tag = 0): number {
    const s = this.s;
    this.lastStrength = 0;
    this.isNewBest = false;
    const e = !(raw > 0) || t < s.warmup ? 0 : s.maturity > 0 ? (raw * t) / (t + s.maturity) : raw;
    const flagged = e >= s.alarm && e > 0;
    this.trackEpisode(e, t, dir, tag, flagged);
    if (e === 0) return 0;
    this.lastStrength = e;
    const resting = this.lastAlarm >= 0 && t - this.lastAlarm <= s.rest;
    if (resting && e <= s.restBar * this.alarmLevel) return 0;
    if (flagged) {
      this.lastAlarm = t;
      this.alarmLevel = e;
    }
    return e / (e + s.halfScore);
  }

  /** Closes the open episode (at the end of the series). */
  finish(): void {
    if (this.openFrom >= 0) this.closeEpisode();
    this.openFrom = -1;
  }

  private trackEpisode(e: number, t: number, dir: number, tag: number, flagged: boolean): void {
    if (this.openFrom >= 0) {
      const continues = t - this.openTo <= this.s.episodeGap && (!flagged || dir === this.openDir);
      if (!continues) {
        this.closeEpisode();
        this.openFrom = -1;
      }
    }
    if (!flagged) return;
    if (this.openFrom < 0) {
      this.openFrom = t;
      this.openDir = dir;
      this.openTag = tag;
      this.openTop = 0;
    }
    this.openTo = t;
    if (e > this.openTop) this.openTop = e;
    if (e > this.best) {
      this.best = e;
      this.isNewBest = true;
    }
  }

  /** An episode ends: remember its span if it holds the strongest step so far. */
  private closeEpisode(): void {
    this.episodes++;
    if (this.openTop < this.best) return;
    this.bestFrom = this.openFrom;
    this.bestTo = this.openTo;
    this.bestTag = this.openTag;
  }
}
