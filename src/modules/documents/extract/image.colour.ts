import sharp from 'sharp';
import { openImage } from './image.js';

/**
 * Is an upload in colour? Measured so that a pale colour card (a PRC resident card's green-grey
 * guilloche and blue-grey photo block) is colour, and a photocopy on cream paper or under warm
 * light is not:
 * 1. an averaged copy (sharp's shrink box-filters down to `side`), so sensor and JPEG noise
 *    average out instead of counting as colour;
 * 2. white balance on the paper: the median R, G, B of the brightest quarter of the pixels is
 *    scaled to neutral (von Kries), the gains limited to what a cast of paper or light gives, so
 *    a tint shared by the whole page is not colour, while a strongly coloured paper stays so;
 * 3. chroma C*ab in CIELAB (perceptual: the same number is about the same visible difference at
 *    any lightness; RGB max − min under-counts pale colours, which is why pale cards were called
 *    greyscale);
 * 4. pixels darker than L* 30 are not measured: black ink has no hue to see, and there JPEG's
 *    subsampled chroma and what is left of a cast show up as chroma;
 * 5. the decision on the saturated share only: colour when at least `colourShare` of the pixels
 *    reach `chromaLevel`. A photo block, a stamp or an emblem is enough; white paper and black
 *    ink, which are most of any document, do not dilute it.
 */
const COLOUR_CONSTANTS = {
  side: 256,
  /** The paper: the brightest quarter of the pixels. */
  paperShare: 0.25,
  /** White balance gains stay within [1 / maxGain, maxGain]. */
  maxGain: 1.3,
  /** A pixel is coloured at this chroma C*ab after white balance (a just noticeable difference is ~2.3). */
  chromaLevel: 6,
  /** Pixels darker than this L* (ink) are not measured. */
  minLightness: 30,
  /** The image is in colour when at least this share of pixels is coloured. */
  colourShare: 0.003,
} as const;

export interface ColourMeasure {
  /** Share of pixels with C*ab ≥ chromaLevel after white balance; 0 for greyscale. */
  colourShare: number;
  /** C*ab reached by the most saturated 1 % of pixels. */
  saturatedChroma: number;
  isGreyscale: boolean;
}

export async function measureColour(bytes: Uint8Array): Promise<ColourMeasure> {
  const c = COLOUR_CONSTANTS;
  const { data, info } = await openImage(bytes)
    .flatten({ background: '#ffffff' })
    .resize({ width: c.side, height: c.side, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels < 3) return { colourShare: 0, saturatedChroma: 0, isGreyscale: true };
  return colourOfPixels(data, info.width, info.height, info.channels);
}

/** The measure on raw sRGB pixels (3 or 4 channels); exported for tests on drawn pixels. */
async function colourOfPixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
): Promise<ColourMeasure> {
  const c = COLOUR_CONSTANTS;
  const pixels = width * height;
  const gains = whiteBalanceGains(data, pixels, channels);
  const balanced = Buffer.alloc(pixels * 3);
  for (let p = 0; p < pixels; p++)
    for (let k = 0; k < 3; k++)
      balanced[p * 3 + k] = Math.min(255, Math.round((data[p * channels + k] ?? 0) * gains[k]!));
  const lab = await sharp(balanced, { raw: { width, height, channels: 3 } })
    .toColourspace('lab')
    .raw({ depth: 'float' })
    .toBuffer();
  const values = new Float32Array(lab.buffer, lab.byteOffset, lab.byteLength / 4);
  const chroma = new Float32Array(pixels);
  let coloured = 0;
  for (let p = 0; p < pixels; p++) {
    // Near-black ink carries no readable hue: there a JPEG's subsampled chroma and the rest of a cast dominate.
    const value =
      (values[p * 3] ?? 0) < c.minLightness ? 0 : Math.hypot(values[p * 3 + 1] ?? 0, values[p * 3 + 2] ?? 0);
    chroma[p] = value;
    if (value >= c.chromaLevel) coloured++;
  }
  chroma.sort();
  const colourShare = pixels === 0 ? 0 : coloured / pixels;
  return {
    colourShare: round(colourShare, 4),
    saturatedChroma: round(chroma[Math.floor(pixels * 0.99)] ?? 0, 2),
    isGreyscale: colourShare < c.colourShare,
  };
}

/** Per-channel gains that make the paper (median of the brightest quarter) neutral. */
function whiteBalanceGains(data: Uint8Array, pixels: number, channels: number): [number, number, number] {
  const luma = new Uint8Array(pixels);
  const lumaHistogram = new Uint32Array(256);
  for (let p = 0; p < pixels; p++) {
    const i = p * channels;
    const value = Math.round(
      0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0),
    );
    luma[p] = value;
    lumaHistogram[value] = (lumaHistogram[value] ?? 0) + 1;
  }
  let threshold = 255;
  for (let seen = 0; threshold > 0; threshold--) {
    seen += lumaHistogram[threshold] ?? 0;
    if (seen >= pixels * COLOUR_CONSTANTS.paperShare) break;
  }
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let paperPixels = 0;
  for (let p = 0; p < pixels; p++) {
    if ((luma[p] ?? 0) < threshold) continue;
    paperPixels++;
    for (let k = 0; k < 3; k++) {
      const h = histograms[k]!;
      const v = data[p * channels + k] ?? 0;
      h[v] = (h[v] ?? 0) + 1;
    }
  }
  const paper = histograms.map((h) => median(h, paperPixels));
  const neutral = (paper[0]! + paper[1]! + paper[2]!) / 3;
  const limit = COLOUR_CONSTANTS.maxGain;
  const gain = (v: number) => (v < 32 ? 1 : Math.min(limit, Math.max(1 / limit, neutral / v)));
  return [gain(paper[0]!), gain(paper[1]!), gain(paper[2]!)];
}

function median(histogram: Uint32Array, total: number): number {
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] ?? 0;
    if (seen * 2 >= total) return v;
  }
  return 255;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
