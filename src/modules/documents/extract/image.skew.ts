import sharp from 'sharp';

/**
 * The angle text lines make with the horizontal, from the ink's row profile: rotated by the right
 * angle, ink falls into few rows (lines) with white between, so the sum of squared row counts peaks.
 * Cheap (a 600-px copy, a few thousand ink points), so it runs before any OCR of a tilted photo.
 */
const SKEW_SIDE = 600;
const MAX_POINTS = 20_000;
/** Rows above and below where the paper next to an ink pixel is looked for, and how much darker ink is. */
const INK_REACH = 4;
const INK_CONTRAST = 60;

export async function estimateSkew(image: Buffer, maxDegrees = 20): Promise<number> {
  const { data, info } = await sharp(image)
    .greyscale()
    .resize({ width: SKEW_SIDE, height: SKEW_SIDE, fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Ink is dark against the paper just above or below it: a dark table around a photographed
  // page is not ink (counted as ink, its bulk outweighed the text lines and the angle came out 0).
  const w = info.width;
  const reach = INK_REACH * w;
  const points: [number, number][] = [];
  const stride = Math.max(1, Math.floor(data.length / (MAX_POINTS * 8)));
  for (let i = reach; i < data.length - reach; i += stride) {
    const paper = Math.max(data[i - reach]!, data[i + reach]!);
    if (data[i]! < paper - INK_CONTRAST) points.push([i % w, Math.floor(i / w)]);
  }
  if (points.length < 50) return 0;
  const score = (degrees: number) => {
    const radians = (degrees * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    const rows = new Map<number, number>();
    for (const [x, y] of points) {
      const row = Math.round(y * cos - x * sin);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    let total = 0;
    for (const count of rows.values()) total += count * count;
    return total;
  };
  let best = 0;
  let bestScore = score(0);
  for (let degrees = -maxDegrees; degrees <= maxDegrees; degrees += 1) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  for (let degrees = best - 0.75; degrees <= best + 0.75; degrees += 0.25) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  return best;
}
