import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { boxBeforeLevelling, levelPage } from './image.level.js';
import { renderTextImage } from './testing.fixtures.js';

const lines = ['ACME TRADING LIMITED', 'Room 5, 1 Long Road', 'Registered 2026-01-12'];

/** The bounds of the dark pixels of a greyscale image. */
async function inkBounds(image: Buffer) {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1] = [info.width, info.height, 0, 0];
  for (let i = 0; i < data.length; i++)
    if (data[i]! < 100) {
      const [x, y] = [i % info.width, Math.floor(i / info.width)];
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
    }
  return { x0, y0, x1, y1 };
}

describe('a page photographed askew, read level', () => {
  it('levels a page tilted by 6° and leaves a level one as it is', async () => {
    const page = renderTextImage({ lines, colour: false });
    const tilted = await sharp(page).rotate(6, { background: '#ffffff' }).png().toBuffer();
    const { levelling } = await levelPage(tilted);
    expect(Math.abs((levelling?.degrees ?? 0) + 6)).toBeLessThanOrEqual(1);
    expect((await levelPage(page)).levelling).toBeUndefined();
  });

  it('places a box found on the levelled page back where it is on the page as given', async () => {
    // A small square on a tilted page: found on the levelled page, turned back onto the given one.
    const given = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#ffffff' } })
      .composite([
        {
          input: await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000000' } })
            .png()
            .toBuffer(),
          left: 640,
          top: 110,
        },
      ])
      .png()
      .toBuffer();
    const levelled = await sharp(given).rotate(-8, { background: '#ffffff' }).png().toBuffer();
    const { width = 0, height = 0 } = await sharp(levelled).metadata();
    const back = boxBeforeLevelling(await inkBounds(levelled), {
      degrees: -8,
      given: { width: 900, height: 600 },
      levelled: { width, height },
    });
    // The square's turned bounds are a little larger than the square: within 4 px of it.
    expect(back.x0).toBeGreaterThan(640 - 4);
    expect(back.y0).toBeGreaterThan(110 - 4);
    expect(back.x1).toBeLessThan(656 + 4);
    expect(back.y1).toBeLessThan(126 + 4);
    expect(back.x0).toBeLessThan(641);
    expect(back.y1).toBeGreaterThan(125);
  });
});
