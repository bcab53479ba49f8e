import sharp from 'sharp';

/**
 * The angle text lines make with the horizontal, from the ink's row profile: rotated by the right
 * angle, ink falls into few rows (lines) with white between, so the sum of squared row counts peaks.
 * Cheap (a 600-px copy, a few thousand ink points), so it runs before any OCR of a tilted photo.
 */
const SKEW_SIDE = 600;
const MAX_POINTS = 20_000;

export async function estimateSkew(image: Buffer, maxDegrees = 20): Promise<number> {
  const { data, info } = await sharp(image)
    .greyscale()
    .resize({ width: SKEW_SIDE, height: SKEW_SIDE, fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sum = 0;
  for (const value of data) sum += value;
  const threshold = sum / data.length - 60;
  const points: [number, number][] = [];
  const stride = Math.max(1, Math.floor(data.length / (MAX_POINTS * 8)));
  for (let i = 0; i < data.length; i += stride)
    if (data[i]! < threshold) points.push([i % info.width, Math.floor(i / info.width)]);
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
