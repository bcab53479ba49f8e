import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../extract/image.js';
import { measureImage } from '../extract/image.metrics.js';
import { pageCutEdges } from './file.checks.js';

const TABLE = { r: 58, g: 60, b: 66 };

/** A white page with a few dark lines of "text", photographed on a dark table (or scanned). */
async function photo(table: { top: number; right: number; bottom: number; left: number }, rotate = 0) {
  const lines = Array.from({ length: 12 }, (_, i) => ({
    input: { create: { width: 420, height: 14, channels: 3 as const, background: { r: 30, g: 30, b: 30 } } },
    left: 120,
    top: 120 + i * 60,
  }));
  let image = sharp({
    create: { width: 800, height: 1000, channels: 3, background: { r: 242, g: 242, b: 238 } },
  })
    .composite(lines)
    .extend({ ...table, background: TABLE });
  image = sharp(await image.png().toBuffer());
  if (rotate) image = sharp(await image.rotate(rotate, { background: TABLE }).png().toBuffer());
  const bytes = new Uint8Array(await image.jpeg({ quality: 85 }).toBuffer());
  const header = await readImageHeader(bytes);
  if (!header.ok) throw new Error(header.reason);
  return (await measureImage(bytes, header.header)).edgePaperShare;
}

describe('a photo whose frame cut the page (IMAGE_CROPPED, page_past_frame)', () => {
  it("takes what reaches an edge for the page only at the page's level further in (held-out seed 151 #11)", () => {
    // A whole invoice on a beige table, the light falling off: the table on the two lit edges is
    // within reach of the paper's level, the page's border a step of 75 and more inside it.
    const share = { top: 0.0079, right: 0.854, bottom: 0.8665, left: 0.005 };
    expect(pageCutEdges(share, { top: 75, right: 83, bottom: 82, left: 76 })).toEqual([]);
    // A passport cut through its portrait's box at the top (seen seed 61 #8): the page runs on.
    const cut = { top: 0.274, right: 0, bottom: 0, left: 0 };
    expect(pageCutEdges(cut, { top: 36, right: 0, bottom: 0, left: 0 })).toEqual(['top']);
    // Measured before the step was: judged by the shares alone.
    expect(pageCutEdges(share)).toEqual(['right', 'bottom']);
  });

  it('a whole page on a table: the background on every edge, nothing cut', async () => {
    const share = await photo({ top: 60, right: 50, bottom: 70, left: 40 }, 1.5);
    expect(Object.values(share ?? {}).every((s) => s <= 0.05)).toBe(true);
    expect(pageCutEdges(share)).toEqual([]);
  });

  it('the page running past the bottom of the frame, the table on the other three sides', async () => {
    expect(pageCutEdges(await photo({ top: 60, right: 50, bottom: 0, left: 40 }))).toEqual(['bottom']);
  });

  it('the same cut photographed tilted, the table showing as a wedge along the cut edge', async () => {
    const share = await photo({ top: 60, right: 0, bottom: 70, left: 40 }, -1.8);
    expect(pageCutEdges(share)).toEqual(['right']);
  });

  it('a page lit unevenly on a wide flat table: the page is the middle of the photo, not the commonest level', async () => {
    // The page fades from 250 to 170 across its width, so no one level of it is common; the flat
    // table around it is more common than any. Cut at the top by the frame.
    const width = 900;
    const height = 900;
    const page = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        page.fill(Math.round(250 - (80 * x) / width), (y * width + x) * 3, (y * width + x + 1) * 3);
    const image = await sharp(page, { raw: { width, height, channels: 3 } })
      .extend({ top: 0, right: 200, bottom: 200, left: 200, background: { r: 80, g: 52, b: 40 } })
      .jpeg({ quality: 85 })
      .toBuffer();
    const header = await readImageHeader(new Uint8Array(image));
    if (!header.ok) throw new Error(header.reason);
    const share = (await measureImage(new Uint8Array(image), header.header)).edgePaperShare;
    expect(share).toMatchObject({ right: 0, bottom: 0, left: 0 });
    expect(pageCutEdges(share)).toEqual(['top']);
  });

  it('a scan (the page on every edge) is not judged by this rule', async () => {
    const share = await photo({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(Object.values(share ?? {}).every((s) => s > 0.9)).toBe(true);
    expect(pageCutEdges(share)).toEqual([]);
  });

  it('a reading stored before the measure existed has no cut edges', () => {
    expect(pageCutEdges(undefined)).toEqual([]);
  });
});
