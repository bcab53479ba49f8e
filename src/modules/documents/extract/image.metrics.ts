import sharp from 'sharp';
import { measureColour } from './image.colour.js';
import { differenceHash } from './image.hash.js';
import type { ImageHeader } from './image.js';
import { openImage } from './image.js';
import { screenshotLikelihood } from './image.screenshot.js';

/**
 * Quality measurements over decoded pixels. They measure; the image_quality checks decide.
 * All of them run on downscaled copies so the cost does not grow with the upload's size.
 */
const METRIC_CONSTANTS = {
  /** Longest side of the greyscale copy for blur, exposure and edges: blur scores stay comparable. */
  analysisSide: 1000,
  /** Longest side of the flat-colour copy (nearest-neighbour, so flat colours stay exact). */
  colourSide: 256,
  /** A pixel is clipped at or above / at or below these grey levels. */
  highlightLevel: 250,
  shadowLevel: 5,
  /** A pixel differs from the background (is "content") when it is this far from the mode. */
  inkDistance: 80,
  /** Border strip: this share of the side, at least 2 pixels. */
  edgeStripShare: 0.01,
  /** An edge is touched when more than this share of its strip is content. */
  edgeTouchShare: 0.02,
} as const;

type Edge = 'top' | 'right' | 'bottom' | 'left';

export interface ImageMetrics {
  width: number;
  height: number;
  megapixels: number;
  /** Variance of the 4-neighbour Laplacian on the analysis copy: sharp text ~1000s, blurred < 50. */
  blurVariance: number;
  /**
   * The same variance after a 3 × 3 median: a blurred scan saved as a noisy JPEG keeps its JPEG
   * noise, which lifts `blurVariance` over its bar (83 and 117 on seeds 89 and 97); the median
   * removes the noise and keeps the edges of text. Optional: readings stored before it was
   * measured lack it.
   */
  sharpness?: number;
  meanLuma: number;
  highlightClippedShare: number;
  /**
   * The most common grey level (the paper's, on a document) is itself clipped: pure-white paper,
   * a scan or a render, whose clipped highlights are the paper, not glare. Optional: readings
   * stored before it was measured lack it.
   */
  paperClipped?: boolean;
  shadowClippedShare: number;
  /** Share of pixels with a visible colour (C*ab ≥ 6 after white balance, `image.colour.ts`); 0 for greyscale. */
  colourShare: number;
  /** C*ab reached by the most saturated 1 % of pixels. */
  saturatedChroma: number;
  isGreyscale: boolean;
  edgeContentShare: Record<Edge, number>;
  touchedEdges: Edge[];
  /**
   * Runs of ink along the outermost pixel line of each edge. Text cut by the frame crosses it
   * many times; a margin, a table or a colour band crosses it not at all or once or twice.
   */
  edgeInkRuns: Record<Edge, number>;
  /**
   * Share of each edge's length along which the page (a pixel within `inkDistance` of the most
   * common level of the image's middle) comes within the border strip: ~1 on every edge of a scan, 0 where a photo shows
   * the table around the page, and a large share on the side where a photo's frame cut the page.
   * Optional: readings stored before it was measured lack it.
   */
  edgePaperShare?: Record<Edge, number>;
  /** Share of pixels identical to their right neighbour: high for rendered screens. */
  flatColourShare: number;
  screenshot: { likelihood: number; signals: string[] };
  /** 64-bit difference hash, 16 hex digits. */
  dHash: string;
}

export async function measureImage(bytes: Uint8Array, header: ImageHeader): Promise<ImageMetrics> {
  const [grey, flatCopy, colour, dHash] = await Promise.all([
    rawPixels(bytes, METRIC_CONSTANTS.analysisSide, true),
    rawPixels(bytes, METRIC_CONSTANTS.colourSide, false),
    measureColour(bytes),
    differenceHash(bytes),
  ]);
  const c = METRIC_CONSTANTS;
  let highlights = 0;
  let shadows = 0;
  let sum = 0;
  const histogram = new Uint32Array(256);
  for (const value of grey.data) {
    sum += value;
    histogram[value] = (histogram[value] ?? 0) + 1;
    if (value >= c.highlightLevel) highlights++;
    if (value <= c.shadowLevel) shadows++;
  }
  const count = grey.data.length;
  const flatColourShare = measureFlatColours(flatCopy);
  const paper = modeOf(histogram);
  const edgeContentShare = measureEdges(grey, paper);
  const touchedEdges = (Object.keys(edgeContentShare) as Edge[]).filter(
    (edge) => edgeContentShare[edge] > c.edgeTouchShare,
  );
  const screenshot = screenshotLikelihood(header, flatColourShare);
  return {
    width: header.width,
    height: header.height,
    megapixels: round((header.width * header.height) / 1e6, 2),
    blurVariance: round(laplacianVariance(grey), 1),
    sharpness: round(laplacianVariance(await medianOf(grey)), 1),
    meanLuma: round(sum / count, 1),
    highlightClippedShare: round(highlights / count, 4),
    paperClipped: paper >= c.highlightLevel,
    shadowClippedShare: round(shadows / count, 4),
    colourShare: colour.colourShare,
    saturatedChroma: colour.saturatedChroma,
    isGreyscale: colour.isGreyscale,
    edgeContentShare,
    touchedEdges,
    edgeInkRuns: countEdgeInkRuns(grey),
    edgePaperShare: measureEdgePaper(grey, centreMode(grey)),
    flatColourShare: round(flatColourShare, 4),
    screenshot,
    dHash,
  };
}

interface Raw {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

async function rawPixels(bytes: Uint8Array, side: number, greyscale: boolean): Promise<Raw> {
  let pipeline = openImage(bytes)
    .flatten({ background: '#ffffff' })
    .resize({
      width: side,
      height: side,
      fit: 'inside',
      withoutEnlargement: true,
      kernel: greyscale ? 'lanczos3' : 'nearest',
    });
  pipeline = greyscale ? pipeline.greyscale() : pipeline.toColourspace('srgb');
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** A 3 × 3 median of a greyscale copy. */
async function medianOf(grey: Raw): Promise<Raw> {
  const { width, height } = grey;
  const data = await sharp(grey.data, { raw: { width, height, channels: grey.channels as 1 } })
    .median(3)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { ...grey, data };
}

function laplacianVariance({ data, width, height }: Raw): number {
  let sum = 0;
  let sumSquares = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const value =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - width] ?? 0) +
        (data[i + width] ?? 0) -
        4 * (data[i] ?? 0);
      sum += value;
      sumSquares += value * value;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSquares / n - mean * mean;
}

/** Share of horizontal neighbour pairs with identical colours: high for rendered screens. */
function measureFlatColours({ data, width, height, channels }: Raw): number {
  let flat = 0;
  for (let p = 0; p < width * height; p++) {
    const i = p * channels;
    if ((p + 1) % width === 0) continue;
    if (
      data[i] === data[i + channels] &&
      data[i + 1] === data[i + channels + 1] &&
      data[i + 2] === data[i + channels + 2]
    )
      flat++;
  }
  return flat / Math.max(1, (width - 1) * height);
}

function measureEdges({ data, width, height }: Raw, background: number): Record<Edge, number> {
  const strip = (side: number) => Math.max(2, Math.round(side * METRIC_CONSTANTS.edgeStripShare));
  const share = (x0: number, y0: number, x1: number, y1: number): number => {
    let ink = 0;
    let total = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        if (Math.abs((data[y * width + x] ?? background) - background) > METRIC_CONSTANTS.inkDistance) ink++;
        total++;
      }
    }
    return total === 0 ? 0 : round(ink / total, 4);
  };
  const sx = strip(width);
  const sy = strip(height);
  return {
    top: share(0, 0, width, sy),
    right: share(width - sx, 0, width, height),
    bottom: share(0, height - sy, width, height),
    left: share(0, 0, sx, height),
  };
}

/**
 * Per edge, the share of positions along it where a pixel of the page (within `inkDistance` of
 * the paper level) lies within the border strip: where the page reaches the frame.
 */
function measureEdgePaper({ data, width, height }: Raw, paper: number): Record<Edge, number> {
  const isPaper = (x: number, y: number) =>
    Math.abs((data[y * width + x] ?? 0) - paper) <= METRIC_CONSTANTS.inkDistance;
  const along = (length: number, depth: number, at: (i: number, d: number) => boolean): number => {
    let reached = 0;
    for (let i = 0; i < length; i++) {
      for (let d = 0; d < depth; d++)
        if (at(i, d)) {
          reached++;
          break;
        }
    }
    return length === 0 ? 0 : round(reached / length, 4);
  };
  const sx = Math.max(2, Math.round(width * METRIC_CONSTANTS.edgeStripShare));
  const sy = Math.max(2, Math.round(height * METRIC_CONSTANTS.edgeStripShare));
  return {
    top: along(width, sy, (x, d) => isPaper(x, d)),
    right: along(height, sx, (y, d) => isPaper(width - 1 - d, y)),
    bottom: along(width, sy, (x, d) => isPaper(x, height - 1 - d)),
    left: along(height, sx, (y, d) => isPaper(d, y)),
  };
}

/**
 * Ink runs along each edge: the mean of the three pixel lines inside it, against the brightest
 * level within ±25 px (the paper there, whatever the light). A run is at least 2 px darker by
 * `inkDistance`, with 2 px of paper before it. Text cut by the frame gives many; a table, a
 * margin or a colour band under a photo gives none or one or two.
 */
function countEdgeInkRuns({ data, width, height }: Raw): Record<Edge, number> {
  const runsAlong = (length: number, at: (i: number, depth: number) => number): number => {
    const line = Array.from({ length }, (_, i) => (at(i, 1) + at(i, 2) + at(i, 3)) / 3);
    let count = 0;
    let ink = 0;
    let paper = 2;
    for (let i = 0; i < length; i++) {
      let local = 0;
      for (let j = Math.max(0, i - 25); j <= Math.min(length - 1, i + 25); j++)
        local = Math.max(local, line[j] ?? 0);
      if (local - (line[i] ?? 0) > METRIC_CONSTANTS.inkDistance) {
        ink++;
        if (ink === 2 && paper >= 2) count++;
        if (ink >= 2) paper = 0;
      } else {
        ink = 0;
        paper++;
      }
    }
    return count;
  };
  if (width < 8 || height < 8) return { top: 0, right: 0, bottom: 0, left: 0 };
  const px = (x: number, y: number) => data[y * width + x] ?? 0;
  return {
    top: runsAlong(width, (x, d) => px(x, d)),
    right: runsAlong(height, (y, d) => px(width - 1 - d, y)),
    bottom: runsAlong(width, (x, d) => px(x, height - 1 - d)),
    left: runsAlong(height, (y, d) => px(d, y)),
  };
}

/**
 * The paper's level: the most common level of the image's middle (half its width and height).
 * A photo of a document is taken of the document, so its middle is the page; the whole image's
 * most common level can be the table, when the table is flat and the page unevenly lit.
 */
function centreMode({ data, width, height }: Raw): number {
  const histogram = new Uint32Array(256);
  for (let y = Math.floor(height / 4); y < Math.ceil((3 * height) / 4); y++)
    for (let x = Math.floor(width / 4); x < Math.ceil((3 * width) / 4); x++) {
      const value = data[y * width + x] ?? 0;
      histogram[value] = (histogram[value] ?? 0) + 1;
    }
  return modeOf(histogram);
}

function modeOf(histogram: Uint32Array): number {
  let best = 0;
  for (let i = 1; i < histogram.length; i++) if ((histogram[i] ?? 0) > (histogram[best] ?? 0)) best = i;
  return best;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
