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
export function logBetaRegularized(x: number, a: number, b: number): number {
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
