import type { ImageHeader } from './image.js';

/** Screen sizes (either orientation) that photos and scans rarely have exactly. */
const SCREEN_SIZES = [
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
  [1366, 768],
  [1440, 900],
  [1536, 864],
  [1280, 720],
  [1280, 800],
  [1600, 900],
  [1680, 1050],
  [2560, 1600],
  [2880, 1800],
  [3024, 1964],
  [3456, 2234],
  [750, 1334],
  [828, 1792],
  [1080, 1920],
  [1080, 2340],
  [1080, 2400],
  [1125, 2436],
  [1170, 2532],
  [1179, 2556],
  [1242, 2688],
  [1284, 2778],
  [1290, 2796],
  [1440, 3120],
  [1440, 3200],
  [720, 1600],
] as const;

/** How likely the image is a screenshot: an exact screen size, no camera, flat colours. */
export function screenshotLikelihood(header: ImageHeader, flatColourShare: number) {
  const signals: string[] = [];
  let likelihood = 0;
  const { width, height } = header;
  if (SCREEN_SIZES.some(([a, b]) => (a === width && b === height) || (a === height && b === width))) {
    signals.push(`exact screen size ${width}×${height}`);
    likelihood += 0.5;
  }
  if (!header.exif.make && !header.exif.model) {
    signals.push('no camera in EXIF');
    likelihood += 0.15;
  }
  const flatness = Math.min(1, Math.max(0, (flatColourShare - 0.5) / 0.4));
  if (flatness > 0)
    signals.push(`flat colours (${Math.round(flatColourShare * 100)}% of neighbours identical)`);
  likelihood += 0.35 * flatness;
  return { likelihood: round(Math.min(1, likelihood), 2), signals };
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
