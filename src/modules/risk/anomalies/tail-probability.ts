/**
 * Tail probabilities, returned as surprise in decimal digits: -log10 p (0 for p = 1, 12 for a
 * one-in-a-trillion event), computed in log space so that extreme tails do not underflow.
 */

const LN10 = Math.LN10;
const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  const t = z + 7.5;
  for (let i = 0; i < 8; i++) a += LANCZOS[i]! / (z + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-12) break;
  }
  return h;
}

/** ln of the regularised incomplete beta I_x(a, b). */
function logBetaRegularized(x: number, a: number, b: number): number {
  if (x <= 0) return Number.NEGATIVE_INFINITY;
  if (x >= 1) return 0;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b));
  if (x < (a + 1) / (a + b + 2)) return logFront + Math.log(betaFraction(a, b, x)) - Math.log(a);
  const complement = Math.exp(logFront + Math.log(betaFraction(b, a, 1 - x)) - Math.log(b));
  return Math.log1p(-Math.min(complement, 1 - 1e-16));
}

/**
 * Negative binomial with mean `mean` and coefficient of variation of its gamma mixing `cv`
 * (variance mean + (cv * mean)^2): surprise of seeing at least `count`.
 */
export function surpriseAtLeast(count: number, mean: number, cv: number): number {
  if (count <= 0) return 0;
  const size = 1 / (cv * cv);
  const x = mean / (mean + size);
  return -logBetaRegularized(x, count, size) / LN10;
}

/** Same distribution: surprise of seeing at most `count`. */
export function surpriseAtMost(count: number, mean: number, cv: number): number {
  const size = 1 / (cv * cv);
  const p = size / (mean + size);
  return -logBetaRegularized(p, size, count + 1) / LN10;
}

/** Surprise of a standard normal variable being at least `z` (one-sided). */
export function surpriseNormalAbove(z: number): number {
  if (z <= 0) return z < -8 ? 0 : -Math.log10(1 - normalTail(-z));
  if (z < 8) return -Math.log10(normalTail(z));
  // Mills ratio: Q(z) ~ phi(z) / z (1 - 1/z^2).
  return (z * z) / 2 / LN10 + Math.log10(z * Math.sqrt(2 * Math.PI)) - Math.log10(1 - 1 / (z * z));
}

/** Upper tail Q(z) = P(Z >= z), z >= 0 (erfc, Numerical Recipes, relative error < 1.2e-7). */
function normalTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return y / 2;
}

/** ln of the regularised lower (lower = true) or upper incomplete gamma function P(a, x) / Q(a, x). */
function logGammaRegularized(a: number, x: number, lower: boolean): number {
  if (x <= 0) return lower ? Number.NEGATIVE_INFINITY : 0;
  const logFront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series for P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-14) break;
    }
    const logP = logFront + Math.log(sum);
    if (lower) return logP;
    return Math.log1p(-Math.min(Math.exp(logP), 1 - 1e-16));
  }
  // Continued fraction for Q (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  const logQ = logFront + Math.log(h);
  if (!lower) return logQ;
  return Math.log1p(-Math.min(Math.exp(logQ), 1 - 1e-16));
}

const GRID_STEP = 0.5;
const GRID_HALF = 14;

/**
 * Poisson counts whose mean is `mean` times a log-normal factor with log-variance `logVariance`
 * (mean preserved): surprise of seeing at least (`upper`) or at most `count`. A rise and a fall by
 * the same factor are equally surprising, as they should be for a seller's level.
 */
export function surprisePoissonLogNormal(
  count: number,
  mean: number,
  logVariance: number,
  upper: boolean,
): number {
  if (upper && count <= 0) return 0;
  const sigma = Math.sqrt(logVariance);
  // Online log-sum-exp over a grid of the standard normal factor.
  let best = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let z = -GRID_HALF; z <= GRID_HALF; z += GRID_STEP) {
    const lambda = mean * Math.exp(sigma * z - logVariance / 2);
    const logTail = upper
      ? logGammaRegularized(count, lambda, true)
      : logGammaRegularized(count + 1, lambda, false);
    const term = logTail - (z * z) / 2;
    if (term <= best) sum += Math.exp(term - best);
    else {
      sum = sum * Math.exp(best - term) + 1;
      best = term;
    }
  }
  const logP = best + Math.log(sum * GRID_STEP) - 0.5 * Math.log(2 * Math.PI);
  return Math.max(0, -logP / LN10);
}

/**
 * A cheap upper bound of `surprisePoissonLogNormal`: p >= tail(at factor z0) x P(factor beyond z0)
 * for any z0, taken at a few z0. Lets callers skip the full integral when even the bound is low.
 */
export function surprisePoissonLogNormalBound(
  count: number,
  mean: number,
  logVariance: number,
  upper: boolean,
): number {
  if (upper && count <= 0) return 0;
  const sigma = Math.sqrt(logVariance);
  let bestLogP = Number.NEGATIVE_INFINITY;
  for (let k = 0; k <= 3; k++) {
    const z = upper ? k : -k;
    const lambda = mean * Math.exp(sigma * z - logVariance / 2);
    const logTail = upper
      ? logGammaRegularized(count, lambda, true)
      : logGammaRegularized(count + 1, lambda, false);
    const logBeyond = k === 0 ? Math.log(0.5) : -surpriseNormalAbove(k) * LN10;
    if (logTail + logBeyond > bestLogP) bestLogP = logTail + logBeyond;
  }
  return Math.max(0, -bestLogP / LN10);
}
