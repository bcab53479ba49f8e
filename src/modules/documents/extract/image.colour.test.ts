import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { measureColour } from './image.colour.js';

type Rgb = readonly [number, number, number];
const PAPER: Rgb = [236, 240, 232]; // a PRC card's pale green-grey
const PHOTO: Rgb = [178, 185, 198]; // its blue-grey photo block
const INK: Rgb = [35, 35, 38];

/** A pale card as a scanner gives it: paper, a photo block, lines of ink, sensor noise per channel. */
function paleCard(noise = 3): { data: Buffer; width: number; height: number } {
  const width = 600;
  const height = 380;
  const data = Buffer.alloc(width * height * 3);
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inPhoto = x > 430 && x < 560 && y > 60 && y < 230;
      const inInk = x > 60 && x < 380 && (y % 50) - 30 > 0 && (y % 50) - 30 < 8;
      const colour = inPhoto ? PHOTO : inInk ? INK : PAPER;
      for (let k = 0; k < 3; k++)
        data[(y * width + x) * 3 + k] = Math.max(0, Math.min(255, colour[k]! + random() * 2 * noise));
    }
  }
  return { data, width, height };
}

const jpeg = ({ data, width, height }: ReturnType<typeof paleCard>) =>
  sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();

describe('measureColour', () => {
  it('calls a pale colour card colour, which RGB max − min could not see', async () => {
    // The old rule (two channels more than 24 apart) saw no pixel of this card in colour.
    expect(Math.max(...PHOTO) - Math.min(...PHOTO)).toBeLessThan(24);
    expect(Math.max(...PAPER) - Math.min(...PAPER)).toBeLessThan(24);
    const measure = await measureColour(await jpeg(paleCard()));
    expect(measure.isGreyscale).toBe(false);
    // the photo block is ~10 % of the card; paper and ink do not count
    expect(measure.colourShare).toBeGreaterThan(0.05);
    expect(measure.colourShare).toBeLessThan(0.2);
  });

  it('calls the same card greyscale once it is a greyscale copy', async () => {
    const grey = await sharp(await jpeg(paleCard()))
      .greyscale()
      .jpeg({ quality: 80 })
      .toBuffer();
    const measure = await measureColour(grey);
    expect(measure).toMatchObject({ isGreyscale: true, colourShare: 0 });
  });

  it('calls a photocopy on cream paper under warm light greyscale (the tint is white-balanced away)', async () => {
    const card = paleCard();
    const { data } = await sharp(card.data, { raw: { width: card.width, height: card.height, channels: 3 } })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const tinted = Buffer.alloc(card.width * card.height * 3);
    const cast = [1, 0.96, 0.84];
    for (let p = 0; p < card.width * card.height; p++)
      for (let k = 0; k < 3; k++) tinted[p * 3 + k] = Math.round((data[p] ?? 0) * cast[k]!);
    const measure = await measureColour(await jpeg({ ...card, data: tinted }));
    expect(measure.isGreyscale).toBe(true);
    expect(measure.colourShare).toBeLessThan(0.003);
  });

  it('does not take a grey scan with colour sensor noise for colour', async () => {
    const card = paleCard(0);
    const { data } = await sharp(card.data, { raw: { width: card.width, height: card.height, channels: 3 } })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const noisy = Buffer.alloc(card.width * card.height * 3);
    let seed = 11;
    for (let i = 0; i < noisy.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      noisy[i] = Math.max(0, Math.min(255, (data[Math.floor(i / 3)] ?? 0) + (seed / 2 ** 31 - 0.5) * 16));
    }
    const measure = await measureColour(await jpeg({ ...card, data: noisy }));
    expect(measure.isGreyscale).toBe(true);
  });

  const specimens = join(process.cwd(), '../shared/datasets/mrz-specimens');
  it.skipIf(!existsSync(specimens))('calls none of the six shared specimen photos greyscale', async () => {
    const files = readdirSync(specimens).filter((f) => /\.(jpe?g|png)$/i.test(f));
    expect(files).toHaveLength(6);
    for (const file of files) {
      const measure = await measureColour(new Uint8Array(readFileSync(join(specimens, file))));
      expect({ file, isGreyscale: measure.isGreyscale }).toEqual({ file, isGreyscale: false });
    }
  });
});
