import sharp from 'sharp';
import { measureColour } from './image.colour.js';
import {
  centreMode,
  countEdgeInkRuns,
  type Edge,
  type InkExtent,
  measureEdgeLevelGap,
  measureEdgePaper,
  measureEdgeStep,
  measureEdges,
  measureInkExtent,
  modeOf,
} from './image.edges.js';
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
  /** An edge is touched when more than this share of its strip is content. */
  edgeTouchShare: 0.02,
} as const;

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
  /**
   * How much of the image's width and height the ink spans (`image.edges.ts`): a card or page
   * that fills the image, or one lying small on a scanner's bed. Optional: readings stored
   * before it was measured lack it.
   */
  inkExtent?: InkExtent;
  /**
   * Per edge, grey levels between the border strip's median and the paper's (`image.edges.ts`):
   * ~0 where a scan's page runs to the edge, tens where a photo shows even a light table.
   * Optional: readings stored before it was measured lack it.
   */
  edgeLevelGap?: Record<Edge, number>;
  /**
   * Per edge, grey levels between the page's level at the border and the page further in
   * (`image.edges.ts`): ~0 where the page runs to the edge, tens where a light table shows.
   * Optional: readings stored before it was measured lack it.
   */
  edgeStep?: Record<Edge, number>;
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
  const pageLevel = centreMode(grey);
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
    edgePaperShare: measureEdgePaper(grey, pageLevel),
    inkExtent: measureInkExtent(grey, pageLevel),
    edgeLevelGap: measureEdgeLevelGap(grey, pageLevel),
    edgeStep: measureEdgeStep(grey, pageLevel),
    flatColourShare: round(flatColourShare, 4),
    screenshot,
    dHash,
  };
}

/**
 * `sharpness` alone, of a page rendered from a scanned PDF: the image inside is a scan like any
 * other, and a blurred one is as unreadable (held-out seed 109 #72).
 */
export async function measureSharpness(bytes: Uint8Array): Promise<number> {
  const grey = await rawPixels(bytes, METRIC_CONSTANTS.analysisSide, true);
  return round(laplacianVariance(await medianOf(grey)), 1);
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

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
