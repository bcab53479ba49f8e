import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image.js';
import { measureImage } from './image.metrics.js';

const LIGHT_TABLE = { r: 176, g: 166, b: 148 };
const WHITE = { r: 255, g: 255, b: 255 };

/** A pale card with lines of "text" across it, scanned edge to edge or laid on a background. */
async function measured(around?: { margin: number; colour: typeof WHITE; right?: number; bottom?: number }) {
  const lines = Array.from({ length: 6 }, (_, i) => ({
    input: { create: { width: 700, height: 16, channels: 3 as const, background: { r: 30, g: 30, b: 30 } } },
    left: 60,
    top: 70 + i * 80,
  }));
  let card = sharp({
    create: { width: 1000, height: 630, channels: 3, background: { r: 243, g: 246, b: 248 } },
  })
    .composite(lines)
    .png();
  if (around) {
    const { margin, colour, right = margin, bottom = margin } = around;
    const laid = await card
      .extend({ top: margin, bottom, left: margin, right, background: colour })
      .toBuffer();
    card = sharp(laid).png();
  }
  const bytes = new Uint8Array(await card.jpeg({ quality: 88 }).toBuffer());
  const header = await readImageHeader(bytes);
  if (!header.ok) throw new Error(header.reason);
  return measureImage(bytes, header.header);
}

describe('what a card image shows at its edges, and where its ink lies', () => {
  it('a card scanned edge to edge: the paper at every edge, its print across the image', async () => {
    const metrics = await measured();
    expect(Object.values(metrics.edgeLevelGap ?? {})).toEqual([0, 0, 0, 0]);
    expect(Math.max(...Object.values(metrics.edgeStep ?? {}))).toBeLessThan(10);
    expect(metrics.inkExtent?.width).toBeGreaterThan(0.65);
    expect(metrics.inkExtent?.height).toBeGreaterThan(0.65);
    expect(metrics.inkExtent?.share).toBeLessThan(0.3);
  });

  it('the card photographed on a light table within reach of its level: the table at the edges', async () => {
    const metrics = await measured({ margin: 90, colour: LIGHT_TABLE });
    expect(Object.values(metrics.edgePaperShare ?? {}).every((share) => share === 1)).toBe(true);
    expect(Math.min(...Object.values(metrics.edgeLevelGap ?? {}))).toBeGreaterThan(52);
    // What reaches the edges is not the page: a step to the page's level further in.
    expect(Math.min(...Object.values(metrics.edgeStep ?? {}))).toBeGreaterThan(45);
  });

  it("the card lying small on a scanner's white bed: its ink spans a small part of the image", async () => {
    // At 300 dpi: a 1011 × 638 card in the corner of a 2480 × 3508 A4 scan.
    const metrics = await measured({ margin: 20, colour: WHITE, right: 1460, bottom: 2858 });
    expect(metrics.inkExtent?.width).toBeLessThan(0.5);
    expect(metrics.inkExtent?.height).toBeLessThan(0.5);
  });
});
