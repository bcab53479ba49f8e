/**
 * Leave-one-category-out cross-validation on NAB: for each of the six categories, the constants
 * and each profile's threshold are chosen on the other five (by the standard profile's score for
 * the constants, as NAB's headline figure), then the held-out category is scored with them. The
 * held-out raw scores of the six folds add up to one cross-validated corpus score.
 */
import {
  type DetectorSettings,
  rawNoveltyOf,
  scoresOfNovelty,
} from '../../src/modules/risk/anomalies/index.js';
import type { NabFile } from './nab.corpus.js';
import {
  addCurve,
  bestThreshold,
  categoriesOf,
  type FileWeights,
  normalise,
  THRESHOLDS,
  weighFile,
} from './nab.curves.js';
import { type CostProfile, PROFILES } from './nab.score.js';

export interface Candidate {
  label: string;
  settings: DetectorSettings;
}

/** Curves per profile and category: raw NAB score summed over the category's files, per grid threshold. */
export type Curves = Float64Array[][];

export class NabCorpusCache {
  readonly categories: string[];
  private readonly weights: FileWeights[][];
  private readonly raw = new Map<string, Float64Array[]>();
  readonly windowsPerCategory: number[];

  constructor(
    readonly files: NabFile[],
    windows: Map<string, Array<[number, number]>>,
  ) {
    this.categories = categoriesOf(files);
    this.weights = PROFILES.map((p) => files.map((f) => weighFile(f.values.length, windows.get(f.name)!, p)));
    this.windowsPerCategory = this.categories.map((c) =>
      files.filter((f) => f.category === c).reduce((n, f) => n + windows.get(f.name)!.length, 0),
    );
  }

  /** Raw novelty depends on the windows and the grid only: computed once per structural setting. */
  private rawOf(s: DetectorSettings): Float64Array[] {
    const key = `${s.shortWindow}/${s.longWindow}/${s.gridSize}`;
    let raw = this.raw.get(key);
    if (!raw) {
      raw = this.files.map((f) => rawNoveltyOf(f.values, s));
      this.raw.set(key, raw);
    }
    return raw;
  }

  scoresOf(s: DetectorSettings): Float64Array[] {
    return this.rawOf(s).map((r) => scoresOfNovelty(r, s));
  }

  curvesOf(s: DetectorSettings): Curves {
    return this.curvesOfScores(this.scoresOf(s));
  }

  /** Curves of any per-file scores in corpus order (for experiments with other post-processing). */
  curvesOfScores(scores: Float64Array[]): Curves {
    return PROFILES.map((profile, p) => {
      const byCategory = this.categories.map(() => new Float64Array(THRESHOLDS.length));
      this.files.forEach((f, i) => {
        addCurve(scores[i]!, this.weights[p]![i]!, profile, byCategory[this.categories.indexOf(f.category)]!);
      });
      return byCategory;
    });
  }
}

const sumExcept = (curves: Float64Array[], skip: number): Float64Array => {
  const out = new Float64Array(THRESHOLDS.length);
  curves.forEach((c, i) => {
    if (i !== skip) for (let k = 0; k < out.length; k++) out[k]! += c[k]!;
  });
  return out;
};

interface ProfileOutcome {
  profile: CostProfile['name'];
  /** Held-out raw score of each category (its fold), and normalised where it has windows. */
  heldOut: number[];
  heldOutNormalised: number[];
  /** The threshold each fold chose on its five training categories. */
  heldOutThreshold: number[];
  crossValidated: number;
  /** Constants and threshold chosen on all six categories, scored on them. */
  inSample: number;
  inSampleThreshold: number;
}

/**
 * How a fold ranks candidates on its five training categories: by their pooled raw score (what
 * NAB reports) or by the mean of the categories' normalised scores (each kind of series alike).
 */
export type SelectionCriterion = 'pooled' | 'categoryMean';

export interface CrossValidation {
  outcomes: ProfileOutcome[];
  /** Label of the candidate chosen in each fold, and on the whole corpus. */
  chosen: string[];
  chosenInSample: string;
  /** Index into the candidates of each fold's choice. */
  chosenIndex: number[];
}

/** Chooses among candidates (already turned into curves) by the standard profile's training score. */
export function crossValidate(
  cache: NabCorpusCache,
  candidates: Candidate[],
  curves: Curves[],
  criterion: SelectionCriterion = 'pooled',
  neighbours?: number[][],
): CrossValidation {
  const total = cache.windowsPerCategory.reduce((a, b) => a + b, 0);
  const standard = PROFILES[0]!;
  const trainingScore = (cv: Curves, skip: number): number => {
    const train = sumExcept(cv[0]!, skip);
    const k = bestThreshold(train);
    if (criterion !== 'categoryMean') return train[k]!;
    // Each training category weighs alike, at the threshold the pooled training score chose.
    let s = 0;
    cv[0]!.forEach((curve, c) => {
      const w = cache.windowsPerCategory[c]!;
      if (c !== skip && w > 0) s += normalise(curve[k]!, w, standard);
    });
    return s;
  };
  const pick = (skip: number) => {
    const own = curves.map((cv) => trainingScore(cv, skip));
    // With neighbours, a candidate is judged with the grid points next to it: a lone peak of the
    // training score is more likely noise of the five categories than a property of the method.
    const judged = neighbours
      ? own.map((x, j) => (x + neighbours[j]!.reduce((a, n) => a + own[n]!, 0)) / (1 + neighbours[j]!.length))
      : own;
    let best = 0;
    judged.forEach((x, j) => {
      if (x > judged[best]! + 1e-12) best = j;
    });
    return best;
  };
  const chosenPerFold = cache.categories.map((_, c) => pick(c));
  const chosenAll = pick(-1);
  const outcomes = PROFILES.map((profile, p): ProfileOutcome => {
    const heldOutThreshold: number[] = [];
    const heldOut = cache.categories.map((_, c) => {
      const cv = curves[chosenPerFold[c]!]![p]!;
      const k = bestThreshold(sumExcept(cv, c));
      heldOutThreshold.push(THRESHOLDS[k]!);
      return cv[c]![k]!;
    });
    const all = sumExcept(curves[chosenAll]![p]!, -1);
    const k = bestThreshold(all);
    return {
      profile: profile.name,
      heldOut,
      heldOutThreshold,
      heldOutNormalised: heldOut.map((raw, c) =>
        cache.windowsPerCategory[c]! > 0 ? normalise(raw, cache.windowsPerCategory[c]!, profile) : Number.NaN,
      ),
      crossValidated: normalise(
        heldOut.reduce((a, b) => a + b, 0),
        total,
        profile,
      ),
      inSample: normalise(all[k]!, total, profile),
      inSampleThreshold: THRESHOLDS[k]!,
    };
  });
  return {
    outcomes,
    chosen: chosenPerFold.map((j) => candidates[j]!.label),
    chosenInSample: candidates[chosenAll]!.label,
    chosenIndex: chosenPerFold,
  };
}
