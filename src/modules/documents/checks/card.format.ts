import type { ImageMetrics } from '../extract/image.metrics.js';
import { type DocumentReading, fieldsNamed } from '../reading/reading.schema.js';

/**
 * A scan of an identity card or a passport page is the document edge to edge, and those are
 * made to fixed sizes (ISO/IEC 7810; ICAO 9303 part 7 for visas). A scan whose proportions are no
 * whole form of its document's size was cut by the frame: the cut that crosses no text (a card's
 * back without its emblem, a passport page above its portrait), which neither the ink at the
 * edges nor the zone shows (docs/documents.md, "Fourteenth round"). Pure over the reading.
 */

/** Long side over short side of each size. */
const SIZES = {
  'ID-1': 85.6 / 53.98,
  'ID-2': 105 / 74,
  'ID-3': 125 / 88,
  'MRV-A': 120 / 80,
  'MRV-B': 108 / 80,
} as const;
type Size = keyof typeof SIZES;

const FORMAT_RULES = {
  /**
   * A scan shows the page, not a table, at its edges: the page reaches this share of an edge or
   * more (a passport page's coloured header takes 8 % of its sides) and the edge's median grey
   * lies within `scanLevelGap` of the paper's, on three edges at least (the header may run along
   * the fourth). A photo on a table, even a light table within reach of the paper's level, shows
   * 52 or more on at least two edges (measured, docs/benchmarks.md).
   */
  scanPaperShare: 0.75,
  scanLevelGap: 24,
  scanEdges: 3,
  /**
   * The ink spans this share of the width and of the height or more, and is print on paper (at
   * most `printShare` of that span): the document fills the image. Not a card lying small on a
   * scanner's bed with the lid's white around it (0.4 × 0.2 of an A4 scan), nor a dark card on
   * white, itself all "ink" (a payment card: 0.57–0.71 of its span). Measured: printed cards and
   * pages 0.04–0.15, a PRC card's back spanning 0.6 × 0.75 (docs/benchmarks.md).
   */
  fillsImage: 0.5,
  printShare: 0.3,
  /**
   * Proportions further than this (as a ratio) from every whole form are a cut: a cut of 12 %
   * of a side, the least the corpus plants, moves them 13.6 %; a scan tilted 2° and not
   * unturned, 3 %; a specimen's own card, 3.7 % (docs/benchmarks.md).
   */
  tolerance: 1.09,
  /** A page measured tilted more than this is not a scan; not judged. */
  maxSkewDegrees: 20,
} as const;

const ZONE_SIZES: Readonly<Record<string, readonly Size[]>> = {
  TD1: ['ID-1'],
  TD2: ['ID-2'],
  TD3: ['ID-3'],
  // A visa is photographed on its passport page or alone.
  'MRV-A': ['MRV-A', 'ID-3'],
  'MRV-B': ['MRV-B', 'ID-3'],
};

/** The sizes the document is made to, by its zone and by what the seller called it; none when unknown. */
function sizesOf(reading: DocumentReading): Size[] {
  if (reading.type !== 'government_id') return [];
  const sizes = new Set<Size>(ZONE_SIZES[reading.zone?.format ?? ''] ?? []);
  if (reading.variant === 'passport') sizes.add('ID-3');
  // Driving licences (ISO/IEC 18013-1) and national ID cards (EU 2019/1157, the PRC's, HK's) are ID-1.
  const card = reading.variant === 'national_id' || reading.variant === 'driving_licence';
  if (card || fieldsNamed(reading, 'identifier').some((f) => f.kind === 'prc_id')) sizes.add('ID-1');
  return [...sizes];
}

/** The long-over-short proportions of each whole form: the card, and both its sides in one image. */
function wholeForms(sizes: readonly Size[], oneSidePerFile: boolean): number[] {
  return sizes.flatMap((size) => {
    const ratio = SIZES[size];
    const card = size === 'ID-1' || size === 'ID-2';
    if (!card || oneSidePerFile) return [ratio];
    // Two sides stacked (long side over twice the short) or side by side.
    const stacked = Math.max(ratio, 2) / Math.min(ratio, 2);
    return [ratio, stacked, ratio * 2];
  });
}

/**
 * The document's proportions in a scan tilted by `skew` degrees: the image is the bounding box of
 * the turned document, `W = a·cos θ + b·sin θ`, `H = a·sin θ + b·cos θ`, solved for `a` and `b`.
 */
function untilted(width: number, height: number, skew: number): number | undefined {
  const theta = (Math.abs(skew) * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const a = (width * cos - height * sin) / (cos * cos - sin * sin);
  const b = (height * cos - width * sin) / (cos * cos - sin * sin);
  if (a <= 0 || b <= 0) return undefined;
  return Math.max(a, b) / Math.min(a, b);
}

/** The tilt of a file's first page, as its page read measured it. */
const skewOf = (reading: DocumentReading, file: number): number | undefined =>
  reading.pages.find((p) => p.file === file && p.page === 1)?.skew;

const isScan = (metrics: ImageMetrics): boolean => {
  const { edgePaperShare: paper, edgeLevelGap: gap } = metrics;
  if (!paper || !gap) return false;
  const pageEdges = (Object.keys(paper) as (keyof typeof paper)[]).filter(
    (edge) => paper[edge] >= FORMAT_RULES.scanPaperShare && gap[edge] <= FORMAT_RULES.scanLevelGap,
  );
  return pageEdges.length >= FORMAT_RULES.scanEdges;
};

const isScanFillingImage = (metrics: ImageMetrics): boolean =>
  isScan(metrics) &&
  metrics.inkExtent !== undefined &&
  metrics.inkExtent.width >= FORMAT_RULES.fillsImage &&
  metrics.inkExtent.height >= FORMAT_RULES.fillsImage &&
  metrics.inkExtent.share <= FORMAT_RULES.printShare;

/**
 * The first scan of the document whose proportions are no whole form of its size, with the
 * evidence of an `IMAGE_CROPPED` fail; `undefined` when every scan is whole or none is judged
 * (a photo on a table, a card on a scanner's bed, a tilt not measured, a size not known).
 */
export function formatCut(
  reading: DocumentReading,
): { file: string; evidence: Record<string, unknown> } | undefined {
  const sizes = sizesOf(reading);
  if (sizes.length === 0) return undefined;
  const images = reading.files.filter((f) => f.image && !f.duplicate && !f.failure);
  for (const [index, file] of reading.files.entries()) {
    const metrics = file.image;
    if (!metrics || file.duplicate || file.failure || !isScanFillingImage(metrics)) continue;
    const skew = skewOf(reading, index + 1);
    if (skew === undefined || Math.abs(skew) > FORMAT_RULES.maxSkewDegrees) continue;
    const measured = untilted(metrics.width, metrics.height, skew);
    if (measured === undefined) continue;
    const sides = new Set(
      fieldsNamed(reading, 'id_side').flatMap((f) => (f.file === index + 1 ? [f.value] : [])),
    );
    // Sides uploaded as files of their own hold one side each; one image may hold both (a TD1
    // card's front is known by no word, so a page read as its back may show the front too).
    const bothSides = sides.has('both') || (sides.has('front') && sides.has('back'));
    const forms = wholeForms(sizes, images.length > 1 && !bothSides);
    const whole = forms.some(
      (form) => measured <= form * FORMAT_RULES.tolerance && measured >= form / FORMAT_RULES.tolerance,
    );
    if (whole) continue;
    return {
      file: file.name,
      evidence: {
        file: file.name,
        reason: 'not_whole_format',
        format: sizes.join(' / '),
        proportions: round(measured),
        whole: forms.map(round),
      },
    };
  }
  return undefined;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
