import sharp, { type Sharp } from 'sharp';

/**
 * Harder copies of a specimen photo, the way phones deliver them: tilted, turned, keystoned,
 * blurred, compressed, small or large, with glare. None of them was used to tune the reader.
 */
export interface Variant {
  name: string;
  make: (bytes: Buffer) => Promise<Buffer>;
}

const jpeg = (image: Sharp, quality = 85) => image.jpeg({ quality }).toBuffer();
const white = { r: 255, g: 255, b: 255, alpha: 1 };

/** Keystone: the top edge `squeeze` narrower than the bottom, as a phone held below the page sees it. */
async function keystone(bytes: Buffer, squeeze: number): Promise<Buffer> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const out = Buffer.alloc(data.length, 255);
  for (let y = 0; y < height; y++) {
    const shrink = squeeze * (1 - y / height);
    const rowWidth = width * (1 - shrink);
    const offset = (width - rowWidth) / 2;
    for (let x = 0; x < width; x++) {
      const u = (x - offset) / (1 - shrink);
      if (u < 0 || u >= width) continue;
      const source = (y * width + Math.floor(u)) * channels;
      for (let c = 0; c < channels; c++) out[(y * width + x) * channels + c] = data[source + c]!;
    }
  }
  return jpeg(sharp(out, { raw: { width, height, channels } }));
}

async function glare(bytes: Buffer): Promise<Buffer> {
  const { width = 100, height = 100 } = await sharp(bytes).metadata();
  const svg = `<svg width="${width}" height="${height}"><defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0.92"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><ellipse cx="${width * 0.62}" cy="${height * 0.45}" rx="${width * 0.22}" ry="${height * 0.3}" fill="url(#g)"/></svg>`;
  return jpeg(sharp(bytes).composite([{ input: Buffer.from(svg) }]));
}

export const VARIANTS: readonly Variant[] = [
  { name: 'as given', make: async (b) => b },
  { name: 'rotated +15°', make: (b) => jpeg(sharp(b).rotate(15, { background: white })) },
  { name: 'rotated −15°', make: (b) => jpeg(sharp(b).rotate(-15, { background: white })) },
  { name: 'rotated +5°', make: (b) => jpeg(sharp(b).rotate(5, { background: white })) },
  { name: 'turned 90°', make: (b) => jpeg(sharp(b).rotate(90)) },
  { name: 'upside down', make: (b) => jpeg(sharp(b).rotate(180)) },
  { name: 'keystone 12 %', make: (b) => keystone(b, 0.12) },
  { name: 'blur σ1.2', make: (b) => jpeg(sharp(b).blur(1.2)) },
  { name: 'JPEG q30', make: (b) => jpeg(sharp(b), 30) },
  { name: 'JPEG q60', make: (b) => jpeg(sharp(b), 60) },
  { name: 'JPEG q90', make: (b) => jpeg(sharp(b), 90) },
  {
    name: 'scale 0.5×',
    make: async (b) =>
      jpeg(sharp(b).resize({ width: Math.round(((await sharp(b).metadata()).width ?? 600) / 2) })),
  },
  {
    name: 'scale 2×',
    make: async (b) => jpeg(sharp(b).resize({ width: ((await sharp(b).metadata()).width ?? 600) * 2 })),
  },
  { name: 'glare', make: glare },
];

/**
 * Two-page passport spreads: the data page with another page above it (a visa with its own zone,
 * or a page of anything), photographed whole and often turned. Made from `passport_uk.jpg`
 * (itself a spread: the observations page above, upside down) and another shared image.
 */
export interface SpreadVariant {
  name: string;
  make: (passport: Buffer, pages: { visa: Buffer; other: Buffer }) => Promise<Buffer>;
}

/** `above` scaled to the passport's width and stacked over it with a thin gutter. */
async function stack(above: Buffer, passport: Buffer): Promise<Buffer> {
  const { width = 600, height = 834 } = await sharp(passport).metadata();
  const top = await sharp(above).resize({ width }).jpeg().toBuffer();
  const { height: topHeight = 400 } = await sharp(top).metadata();
  const gutter = 6;
  return sharp({
    create: {
      width,
      height: topHeight + gutter + height,
      channels: 3,
      background: { r: 120, g: 110, b: 100 },
    },
  })
    .composite([
      { input: top, top: 0, left: 0 },
      { input: passport, top: topHeight + gutter, left: 0 },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const table = { r: 92, g: 70, b: 55, alpha: 1 };

export const SPREAD_VARIANTS: readonly SpreadVariant[] = [
  { name: 'spread as given', make: async (p) => p },
  { name: 'spread turned 90°', make: (p) => jpeg(sharp(p).rotate(90)) },
  { name: 'spread turned 270°', make: (p) => jpeg(sharp(p).rotate(270)) },
  { name: 'other page above', make: (p, { other }) => stack(other, p) },
  { name: 'visa page above', make: (p, { visa }) => stack(visa, p) },
  {
    name: 'visa page above; turned 90°',
    make: async (p, { visa }) => jpeg(sharp(await stack(visa, p)).rotate(90)),
  },
  {
    name: 'other page above; turned 270°',
    make: async (p, { other }) => jpeg(sharp(await stack(other, p)).rotate(270)),
  },
  {
    name: 'visa page above; on a table; tilted 7°; q70',
    make: async (p, { visa }) =>
      jpeg(
        sharp(
          await sharp(await stack(visa, p))
            .extend({ top: 60, bottom: 60, left: 80, right: 80, background: table })
            .toBuffer(),
        ).rotate(7, { background: table }),
        70,
      ),
  },
  {
    name: 'other page above; turned 90°; 0.7×',
    make: async (p, { other }) => {
      const turned = await sharp(await stack(other, p))
        .rotate(90)
        .toBuffer();
      const { width = 1000 } = await sharp(turned).metadata();
      return jpeg(sharp(turned).resize({ width: Math.round(width * 0.7) }));
    },
  },
];
