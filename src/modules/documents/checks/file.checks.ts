import { megabytes } from '../document.limits.js';
import type { ImageMetrics } from '../extract/image.metrics.js';
import type { DocumentReading, ReadFile } from '../reading/reading.schema.js';
import { formatCut } from './card.format.js';
import { defineCheck, type EmitItem, messagesOf } from './check.definition.js';
import type { CheckItem } from './check.types.js';
import { hasText } from './validity.check.js';
import { zoneCut } from './zone.frame.check.js';

/** The image-quality thresholds a document photo or scan must meet (docs/documents.md). */
const QUALITY_RULES = {
  /** Shorter side in pixels: below it, small print is unreadable (an A4 page at ~75 dpi). */
  minShortSidePx: 600,
  /** Laplacian variance: sharp text scores in the hundreds or more, blur under this. */
  minBlurVariance: 50,
  /**
   * The variance after a median (`sharpness`), which JPEG noise does not lift: generated blurred
   * files measure 3–40, genuine scans and photos 222 or more (seeds 71–97), the shared real
   * specimens 452 or more as given and 86–351 slightly softened (σ 1.2, which the zone reader
   * still reads): the bar sits nearer the blurred (docs/documents.md).
   */
  minSharpness: 60,
  /** Share of clipped highlights that signals glare or a washed-out photo. */
  maxHighlightClipped: 0.35,
  screenshotLikelihood: 0.65,
  /**
   * Ink runs along one edge (`edgeInkRuns`): text cut by the frame crosses it three times or more;
   * a margin, a table or a colour band under a photo, twice at most (measured on generated scans
   * and photos, docs/benchmarks.md).
   */
  maxEdgeInkRuns: 2,
  /**
   * The page past the frame (`edgePaperShare`): a photo shows the table around a whole page, so an
   * edge the page comes within the border strip along at most this share of shows the background
   * (a dark table measures 0; a light table, close to the paper's level, 0.03–0.09 on some edges
   * and ~1 on others: not clearly background, so such a photo is not judged)...
   */
  backgroundEdgePaperShare: 0.01,
  /**
   * ...and where two edges show it, an edge the page reaches along this share or more is one the
   * frame cut the page at: its corners are not in the picture. A cut edge photographed tilted
   * shows the table as a wedge along it, so the page reaches the strip along only part of it:
   * 0.15–0.18 at a 2° tilt, ~0.12 at 5°; a whole page on a table, 0 (measured, docs/benchmarks.md).
   * A scan (the page on every edge) and a photo on a table as light as the paper show no
   * background edge and are not judged.
   */
  cutEdgePaperShare: 0.1,
  /**
   * Grey levels the page at a cut edge may differ from the page further in: the light's fall-off
   * over a sixth of the side, and a grey box the cut crossed. Cut photos' edges measured 0–36 (36:
   * a passport cut through its portrait's box); a whole page's edges on a light table, 64–83
   * (docs/benchmarks.md).
   */
  cutEdgeStep: 45,
} as const;

type Edge = 'top' | 'right' | 'bottom' | 'left';

/** Blurred, by the sharpness JPEG noise does not lift; a file measured before it, by the raw variance. */
const isBlurred = (metrics: ImageMetrics): boolean =>
  metrics.sharpness === undefined
    ? metrics.blurVariance < QUALITY_RULES.minBlurVariance
    : metrics.sharpness < QUALITY_RULES.minSharpness;

const blurEvidence = (metrics: ImageMetrics) => ({
  blur_variance: metrics.blurVariance,
  ...(metrics.sharpness === undefined ? {} : { sharpness: metrics.sharpness }),
});

/**
 * The edges a photo's frame cut the page at: the page reaches them while the background shows on
 * two others. What reaches an edge must be the page itself, at the page's level a little further
 * in (`edgeStep`): a light table within reach of the paper's level is not (held-out seed 151 #11).
 */
export function pageCutEdges(
  paperShare: Readonly<Record<Edge, number>> | undefined,
  edgeStep?: Readonly<Record<Edge, number>>,
): Edge[] {
  if (!paperShare) return [];
  const edges = Object.keys(paperShare) as Edge[];
  const background = edges.filter((e) => paperShare[e] <= QUALITY_RULES.backgroundEdgePaperShare);
  if (background.length < 2) return [];
  return edges.filter(
    (e) =>
      paperShare[e] >= QUALITY_RULES.cutEdgePaperShare && (edgeStep?.[e] ?? 0) <= QUALITY_RULES.cutEdgeStep,
  );
}

const INTEGRITY_CODES = messagesOf(
  'FILE_DUPLICATE',
  'FILE_TOO_LARGE',
  'PDF_ENCRYPTED',
  'FILE_TOO_MANY_PAGES',
  'IMAGE_TOO_LARGE',
  'FILE_TYPE_UNSUPPORTED',
  'FILE_UNREADABLE',
  'PDF_ACTIVE_CONTENT',
  'FILE_ACCEPTED',
  'LANGUAGE_UNAVAILABLE',
  'TEXT_NOT_READ',
);

/** Each file opens, is a type we read, within the limits, and something was read from the document. */
export const integrityCheck = defineCheck({
  id: 'integrity',
  group: 'integrity',
  codes: INTEGRITY_CODES,
  check: (reading, rules, _profile, emit) => {
    const checks = reading.files.flatMap((file): CheckItem[] => {
      if (file.duplicate) return [emit('FILE_DUPLICATE', 'fail', { file: file.name })];
      if (file.failure) return [failureOf(file.name, file.failure, rules.limits, emit)];
      const items = [
        file.pdf?.activeContent.length
          ? emit('PDF_ACTIVE_CONTENT', 'fail', { file: file.name, found: file.pdf.activeContent })
          : emit(
              'FILE_ACCEPTED',
              'pass',
              { file: file.name, mime: file.mime },
              { kind: (file.kind ?? '').toUpperCase() },
            ),
      ];
      for (const missing of file.unavailableLanguages)
        items.push(
          emit(
            'LANGUAGE_UNAVAILABLE',
            'warn',
            { file: file.name, ...missing },
            { language: missing.language },
          ),
        );
      return items;
    });
    if (reading.pages.length > 0 && !hasText(reading))
      checks.push(emit('TEXT_NOT_READ', 'fail', { files: reading.files.map((f) => f.name) }));
    return checks;
  },
});

function failureOf(
  file: string,
  { code, reason }: NonNullable<ReadFile['failure']>,
  limits: { maxFileBytes: number; maxPages: number; maxPixels: number },
  emit: EmitItem<keyof typeof INTEGRITY_CODES>,
): CheckItem {
  if (code === 'file_too_large')
    return emit('FILE_TOO_LARGE', 'fail', { file, reason }, { limit: megabytes(limits.maxFileBytes) });
  if (code === 'pdf_encrypted') return emit('PDF_ENCRYPTED', 'fail', { file, reason });
  if (code === 'pdf_too_many_pages' || code === 'image_too_many_pages')
    return emit('FILE_TOO_MANY_PAGES', 'fail', { file, reason }, { limit: limits.maxPages });
  if (code === 'image_too_large')
    return emit('IMAGE_TOO_LARGE', 'fail', { file, reason }, { limit: limits.maxPixels / 1_000_000 });
  if (code === 'unsupported_type')
    return emit('FILE_TYPE_UNSUPPORTED', 'fail', { file, reason }, { detected: reason });
  return emit('FILE_UNREADABLE', 'fail', { file, code, reason });
}

/** The pages of a scanned PDF (rendered and read by OCR) too blurred to read, as an image would be. */
function blurryScannedPages(
  reading: DocumentReading,
  file: number,
  name: string,
  emit: EmitItem<'IMAGE_BLURRY'>,
): CheckItem[] {
  return reading.pages
    .filter((p) => p.file === file && p.sharpness !== undefined && p.sharpness < QUALITY_RULES.minSharpness)
    .map((p) => emit('IMAGE_BLURRY', 'fail', { file: name, page: p.page, sharpness: p.sharpness }));
}

/** Resolution, blur, cropping, glare, colour and screenshots of each image, and blur of scanned PDF pages. */
export const imageQualityCheck = defineCheck({
  id: 'image_quality',
  group: 'image_quality',
  codes: messagesOf(
    'IMAGE_LOW_RESOLUTION',
    'IMAGE_BLURRY',
    'IMAGE_CROPPED',
    'IMAGE_GLARE',
    'IMAGE_GREYSCALE',
    'IMAGE_SCREENSHOT',
    'IMAGE_QUALITY_OK',
  ),
  check: (reading, rules, _profile, emit) => {
    // Colour belongs to the scan, not to each side: a pale back scanned with a colour front is in colour.
    const anyColour = reading.files.some((f) => f.image && !f.image.isGreyscale);
    const needsColour = (rules.requirement?.colour ?? false) && !anyColour;
    const cut = zoneCut(reading);
    const format = formatCut(reading);
    return reading.files.flatMap((file, index): CheckItem[] => {
      const metrics = file.image;
      if (file.duplicate || file.failure) return [];
      if (!metrics) return blurryScannedPages(reading, index + 1, file.name, emit);
      const quality: CheckItem[] = [];
      const evidence = { file: file.name, width: metrics.width, height: metrics.height };
      if (Math.min(metrics.width, metrics.height) < QUALITY_RULES.minShortSidePx)
        quality.push(
          emit('IMAGE_LOW_RESOLUTION', 'fail', evidence, { width: metrics.width, height: metrics.height }),
        );
      if (isBlurred(metrics))
        quality.push(emit('IMAGE_BLURRY', 'fail', { ...evidence, ...blurEvidence(metrics) }));
      const pageCut = pageCutEdges(metrics.edgePaperShare, metrics.edgeStep);
      const cutEdges = (Object.keys(metrics.edgeInkRuns) as (keyof typeof metrics.edgeInkRuns)[]).filter(
        (edge) => metrics.edgeInkRuns[edge] > QUALITY_RULES.maxEdgeInkRuns,
      );
      if (cutEdges.length > 0)
        quality.push(
          emit('IMAGE_CROPPED', 'fail', { ...evidence, edges: cutEdges, ink_runs: metrics.edgeInkRuns }),
        );
      // A photo whose frame cut the page: the page runs on past one edge, the table shows on others.
      else if (pageCut.length > 0)
        quality.push(
          emit('IMAGE_CROPPED', 'fail', {
            ...evidence,
            reason: 'page_past_frame',
            edges: pageCut,
            paper_share: metrics.edgePaperShare,
          }),
        );
      // The frame cut the machine-readable zone (zone.frame.check.ts).
      else if (cut?.file === file.name)
        quality.push(emit('IMAGE_CROPPED', 'fail', { ...evidence, ...cut.evidence }));
      // A scanned card or passport page in no whole form of its size (card.format.ts).
      else if (format?.file === file.name)
        quality.push(emit('IMAGE_CROPPED', 'fail', { ...evidence, ...format.evidence }));
      // On pure-white paper (a scan, a render) the clipped pixels are the paper, not glare.
      if (metrics.highlightClippedShare > QUALITY_RULES.maxHighlightClipped && metrics.paperClipped !== true)
        quality.push(emit('IMAGE_GLARE', 'warn', { ...evidence, clipped: metrics.highlightClippedShare }));
      if (metrics.isGreyscale)
        quality.push(
          emit('IMAGE_GREYSCALE', needsColour ? 'fail' : 'warn', {
            ...evidence,
            colour_share: metrics.colourShare,
          }),
        );
      if (metrics.screenshot.likelihood >= QUALITY_RULES.screenshotLikelihood)
        quality.push(emit('IMAGE_SCREENSHOT', 'fail', { ...evidence, ...metrics.screenshot }));
      if (quality.length === 0)
        quality.push(emit('IMAGE_QUALITY_OK', 'pass', { ...evidence, ...blurEvidence(metrics) }));
      return quality;
    });
  },
});
