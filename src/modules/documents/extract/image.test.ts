import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseExif } from './exif.js';
import { differenceHash, hammingDistance } from './image.hash.js';
import { IMAGE_LIMITS, openImage, readImageHeader } from './image.js';
import { measureImage } from './image.metrics.js';
import { buildPngHeader, renderTextImage } from './testing.fixtures.js';

const lines = ['ACME TRADING LIMITED', 'Room 5, 1 Long Road', 'Registered 2026-01-12'];

async function metricsOf(bytes: Uint8Array) {
  const header = await readImageHeader(bytes);
  if (!header.ok) throw new Error(header.reason);
  return measureImage(bytes, header.header);
}

describe('readImageHeader', () => {
  it('refuses a 50,000 × 50,000 PNG from its header, without decoding it', async () => {
    const bomb = buildPngHeader(50_000, 50_000);
    expect(bomb.length).toBeLessThan(200);
    const result = await readImageHeader(bomb);
    expect(result).toMatchObject({ ok: false, code: 'image_too_large' });
    if (!result.ok) expect(result.reason).toContain('50000 × 50000');
    // and a decode that skipped the header check still stops at sharp's own limit
    await expect(openImage(bomb).raw().toBuffer()).rejects.toThrow(/pixel limit/);
  });

  it('refuses corrupt image bytes as unreadable', async () => {
    const png = renderTextImage();
    const result = await readImageHeader(png.subarray(0, 30));
    expect(result).toMatchObject({ ok: false, code: 'image_unreadable' });
  });

  it('reads dimensions and the EXIF software and timestamps', async () => {
    const jpeg = await sharp(renderTextImage({ lines }))
      .jpeg()
      .withExif({
        IFD0: { Software: 'Adobe Photoshop 25.0', DateTime: '2026:01:12 10:20:30', Make: 'Canon' },
      })
      .toBuffer();
    const result = await readImageHeader(jpeg);
    if (!result.ok) throw new Error(result.reason);
    expect(result.header).toMatchObject({ format: 'jpeg', width: 1200, height: 600, pages: 1 });
    expect(result.header.exif).toEqual({
      make: 'Canon',
      software: 'Adobe Photoshop 25.0',
      modifiedAt: '2026-01-12T10:20:30',
    });
    expect(IMAGE_LIMITS.maxPixels).toBeGreaterThanOrEqual(48_000_000);
  });
});

it('reads when a photo was taken from the EXIF sub-directory, and nothing from a broken block', async () => {
  const jpeg = await sharp(renderTextImage({ lines }))
    .jpeg()
    .withExif({ IFD0: { Model: 'Pixel 8' }, IFD2: { DateTimeOriginal: '2025:12:31 23:59:58' } })
    .toBuffer();
  const result = await readImageHeader(jpeg);
  if (!result.ok) throw new Error(result.reason);
  expect(result.header.exif).toEqual({ model: 'Pixel 8', takenAt: '2025-12-31T23:59:58' });
  expect(await parseExif(Buffer.from('Exif\0\0II*\0\xff\xff\xff\x7f', 'latin1'))).toEqual({});
});

describe('measureImage', () => {
  it('tells a sharp page from a blurred one', async () => {
    const png = renderTextImage({ lines });
    const sharpPage = await metricsOf(png);
    const blurred = await metricsOf(await sharp(png).blur(6).png().toBuffer());
    expect(sharpPage.blurVariance).toBeGreaterThan(500);
    expect(blurred.blurVariance).toBeLessThan(sharpPage.blurVariance / 20);
  });

  it('tells a blurred page saved as a noisy JPEG by its sharpness, which the noise does not lift', async () => {
    // Seeds 89 #70 and 97 #68: blurred scans under JPEG noise measured 83 and 117, over the raw bar.
    const noisy = async (png: Buffer) => {
      const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
      let state = 7;
      const next = () => {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        return state / 2 ** 32;
      };
      // Sensor noise of about 8 grey levels (the sum of three uniforms), then a JPEG at quality 60.
      const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
      for (let i = 0; i < pixels.length; i++) pixels[i] = pixels[i]! + (next() + next() + next() - 1.5) * 16;
      const raw = { width: info.width, height: info.height, channels: 1 as const };
      return sharp(data, { raw }).jpeg({ quality: 60 }).toBuffer();
    };
    const png = renderTextImage({ lines });
    const sharpPage = await metricsOf(await noisy(png));
    const blurred = await metricsOf(await noisy(await sharp(png).blur(4).png().toBuffer()));
    expect(blurred.blurVariance).toBeGreaterThan(50);
    expect(blurred.sharpness).toBeLessThan(60);
    expect(sharpPage.sharpness).toBeGreaterThan(200);
  });

  it('tells colour from greyscale', async () => {
    const png = renderTextImage({ lines, colour: true });
    expect((await metricsOf(png)).isGreyscale).toBe(false);
    const grey = await metricsOf(await sharp(png).greyscale().png().toBuffer());
    expect(grey.isGreyscale).toBe(true);
    expect(grey.colourShare).toBe(0);
  });

  it('sees content touching a cut edge and none on a clean margin', async () => {
    const clean = await metricsOf(renderTextImage({ lines, colour: false }));
    expect(clean.touchedEdges).toEqual([]);
    const cut = await metricsOf(
      renderTextImage({ lines: ['ACME TRADING LIMITED COMPANY'], fontSize: 90, colour: false, width: 900 }),
    );
    expect(cut.touchedEdges).toContain('right');
  });

  it('measures clipped highlights and shadows', async () => {
    const white = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const metrics = await metricsOf(white);
    expect(metrics.highlightClippedShare).toBe(1);
    expect(metrics.shadowClippedShare).toBe(0);
  });

  it('rates an exact screen size without camera EXIF as a likely screenshot', async () => {
    const screen = await metricsOf(renderTextImage({ lines, width: 1170, height: 2532 }));
    expect(screen.screenshot.likelihood).toBeGreaterThanOrEqual(0.65);
    expect(screen.screenshot.signals).toContain('exact screen size 1170×2532');
    const paper = {
      width: 1203,
      height: 803,
      channels: 3 as const,
      background: '#ffffff',
      noise: { type: 'gaussian' as const, mean: 225, sigma: 12 },
    };
    const photo = await sharp({ create: paper })
      .composite([{ input: renderTextImage({ lines, width: 1203, height: 803 }), blend: 'multiply' }])
      .jpeg({ quality: 80 })
      .withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 15' } })
      .toBuffer();
    expect((await metricsOf(photo)).screenshot.likelihood).toBeLessThan(0.3);
  });

  it('gives near-identical images a close dHash and different documents a distant one', async () => {
    const png = renderTextImage({ lines });
    const original = await differenceHash(png);
    const recompressed = await differenceHash(await sharp(png).resize(900).jpeg({ quality: 60 }).toBuffer());
    const sameTemplate = await differenceHash(
      renderTextImage({ lines: ['BETA GOODS GMBH', 'Hauptstrasse 9', 'Registered 2025-03-01'] }),
    );
    const other = await differenceHash(
      renderTextImage({ lines: ['BETA GOODS GMBH', 'Hauptstrasse 9'], fontSize: 70, colour: false }),
    );
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(original, recompressed)).toBeLessThanOrEqual(2);
    // One template with other text is close too: dHash sees layout, not words (docs/documents.md).
    expect(hammingDistance(original, sameTemplate)).toBeGreaterThan(hammingDistance(original, recompressed));
    expect(hammingDistance(original, other)).toBeGreaterThanOrEqual(8);
    expect(hammingDistance(original, original)).toBe(0);
  });
});

describe('edge ink runs', () => {
  const lines = [
    'WANG XIAOMING',
    'No. 18 Keyuan Road',
    'Room 1203',
    'Shenzhen 518057',
    'Date of issue 2026-01-12',
  ];
  const runsOf = async (image: Buffer) => {
    const header = await readImageHeader(image);
    if (!header.ok) throw new Error(header.reason);
    return (await measureImage(image, header.header)).edgeInkRuns;
  };

  it('counts text cut by the left edge, and nothing on a page with margins', async () => {
    const cut = await runsOf(renderTextImage({ width: 1400, height: 900, lines, offsetX: -80 }));
    const whole = await runsOf(renderTextImage({ width: 1400, height: 900, lines }));
    expect(cut.left).toBeGreaterThanOrEqual(3);
    expect(Math.max(whole.top, whole.right, whole.bottom, whole.left)).toBeLessThanOrEqual(1);
  });
});
