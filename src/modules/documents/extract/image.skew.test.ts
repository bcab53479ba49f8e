import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateSkew } from './image.skew.js';
import { renderTextImage } from './testing.fixtures.js';

const lines = [
  'ACME TRADING LIMITED',
  'Room 5, 1 Long Road',
  'Registered 2026-01-12',
  'P<GBRPUDARSAN<<HENERT<<<<<<',
];
const table = { r: 92, g: 70, b: 55, alpha: 1 };

describe('estimateSkew', () => {
  // The angle comes out as sharp's rotate() angle that made the tilt.
  it('finds the tilt of a page on white', async () => {
    const page = renderTextImage({ lines, colour: false });
    const tilted = await sharp(page).rotate(-7, { background: '#ffffff' }).png().toBuffer();
    expect(Math.abs((await estimateSkew(tilted)) + 7)).toBeLessThanOrEqual(1);
  });

  it('finds the tilt of a page photographed on a dark table (the table is not ink)', async () => {
    const page = renderTextImage({ lines, colour: false });
    // The page tilted on the table: the table fills the frame around it, square to the camera.
    const tilted = await sharp(await sharp(page).rotate(-7, { background: table }).png().toBuffer())
      .extend({ top: 120, bottom: 120, left: 150, right: 150, background: table })
      .png()
      .toBuffer();
    const onTable = await sharp(page)
      .extend({ top: 120, bottom: 120, left: 150, right: 150, background: table })
      .png()
      .toBuffer();
    expect(Math.abs((await estimateSkew(tilted)) + 7)).toBeLessThanOrEqual(1);
    expect(Math.abs(await estimateSkew(onTable))).toBeLessThanOrEqual(0.5);
  });
});
