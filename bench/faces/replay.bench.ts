/**
 * The selfie's replay signal (SELFIE_REPLAY_SUSPECTED: the anti-spoofing model's `real` score under
 * SELFIE_RULES.minReal) on a labelled set made offline: genuine photos, and re-photographed-looking
 * variants of each made with sharp. **Synthetic**: a re-photographed screen or print is imitated by
 * image processing, not photographed; the figures say how the signal reacts to those artefacts,
 * not how it does on real replay attacks.
 *
 *   FACESET=/tmp/faceset npm run bench:faces-replay   (the set: bench/faces/faceset.ts)
 *
 * `REPLAY_SAMPLES=<dir>` writes the first picture's variants there, to look at.
 *
 * Variants of each genuine face picture (a 720×960 "selfie" with the face at selfie size):
 * - `screen`: the picture shown on an RGB-stripe display (each pixel three coloured sub-pixels,
 *   dark rows between them), photographed slightly turned so the grid beats into moiré, with the
 *   raised blacks and blue cast of a lit screen;
 * - `print`: a halftone print (a 45° dot screen per channel, ~70 dots across the face), on paper
 *   that lifts the blacks, photographed a little soft;
 * - `glare`: a bright specular spot over part of the face and lowered contrast (glass or gloss);
 * - `screen_glare`: the screen with the glare on it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createHumanFaceAnalyzer } from '../../src/adapters/faces/human.face-analyzer.js';
import { SELFIE_RULES } from '../../src/modules/documents/index.js';
import { GROUP_PHOTOS, NAMED_PORTRAITS } from './faceset.js';

const analyzer = createHumanFaceAnalyzer();
const W = 720;
const H = 960;

/** A face picture as a selfie shows it: the largest face cut with a margin, 420 px wide, on grey. */
async function selfieOf(bytes: Uint8Array): Promise<Buffer | undefined> {
  const norm = await sharp(bytes)
    .rotate()
    .resize({ width: 1280, height: 1280, fit: 'inside', withoutEnlargement: true })
    .toBuffer({ resolveWithObject: true });
  const face = (await analyzer.analyze(norm.data)).faces[0];
  if (!face || face.box.width < 40) return undefined;
  const m = 0.45;
  const left = Math.max(0, Math.floor(face.box.x - face.box.width * m));
  const top = Math.max(0, Math.floor(face.box.y - face.box.height * m));
  const width = Math.min(norm.info.width - left, Math.ceil(face.box.width * (1 + 2 * m)));
  const height = Math.min(norm.info.height - top, Math.ceil(face.box.height * (1 + 2 * m)));
  const crop = await sharp(norm.data)
    .extract({ left, top, width, height })
    .resize({ width: 420, height: 560, fit: 'inside' })
    .toBuffer();
  return sharp({ create: { width: W, height: H, channels: 3, background: '#8a8f96' } })
    .composite([{ input: crop, left: 150, top: 180 }])
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function rawOf(bytes: Uint8Array, width: number, height: number) {
  const { data } = await sharp(bytes).resize(width, height, { fit: 'fill' }).removeAlpha().raw().toBuffer({
    resolveWithObject: true,
  });
  return data;
}
const fromRaw = (data: Uint8Array, width: number, height: number) =>
  sharp(Buffer.from(data), { raw: { width, height, channels: 3 } });

/** The picture on an RGB-stripe screen, photographed a little turned: moiré, lifted blacks, blue cast. */
async function screen(bytes: Uint8Array): Promise<Buffer> {
  const k = 3; // sub-pixels per screen pixel, on a 3× grid
  const sw = 400;
  const sh = Math.round((sw * H) / W);
  const px = await rawOf(bytes, sw, sh);
  const out = new Uint8Array(sw * k * sh * k * 3);
  for (let y = 0; y < sh * k; y++)
    for (let x = 0; x < sw * k; x++) {
      const src = (Math.floor(y / k) * sw + Math.floor(x / k)) * 3;
      const channel = x % k;
      const gap = y % k === k - 1 ? 0.35 : 1;
      const o = (y * sw * k + x) * 3;
      for (let c = 0; c < 3; c++) {
        const v = c === channel ? (px[src + c] ?? 0) : 0;
        out[o + c] = Math.min(255, 18 + v * 2.4 * gap * (c === 2 ? 1.08 : 1));
      }
    }
  return fromRaw(out, sw * k, sh * k)
    .rotate(4, { background: '#101418' })
    .resize(W, H, { fit: 'cover' })
    .modulate({ saturation: 0.85 })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A halftone print (a dot screen per channel), on paper, photographed a little soft. */
async function print(bytes: Uint8Array): Promise<Buffer> {
  const px = await rawOf(bytes, W, H);
  const out = new Uint8Array(W * H * 3);
  const cell = 6;
  const angles = [0.26, 1.31, 0.79]; // a different screen angle per channel, as CMY plates have
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      for (let c = 0; c < 3; c++) {
        const a = angles[c] ?? 0;
        const u = ((x * Math.cos(a) + y * Math.sin(a)) / cell) % 1;
        const v = ((-x * Math.sin(a) + y * Math.cos(a)) / cell) % 1;
        const du = (u < 0 ? u + 1 : u) - 0.5;
        const dv = (v < 0 ? v + 1 : v) - 0.5;
        const ink = 1 - (px[i + c] ?? 0) / 255; // how much ink this tone needs
        const inDot = Math.sqrt(du * du + dv * dv) < Math.sqrt(ink / Math.PI);
        out[i + c] = inDot ? 40 : 235; // ink never quite black, paper never quite white
      }
    }
  return fromRaw(out, W, H).blur(0.9).modulate({ brightness: 0.97 }).jpeg({ quality: 88 }).toBuffer();
}

/** A bright specular spot across the upper face and lowered contrast. */
async function glare(bytes: Uint8Array): Promise<Buffer> {
  const spot = Buffer.from(
    `<svg width="${W}" height="${H}"><defs><radialGradient id="g" cx="0.5" cy="0.5" r="0.5">` +
      '<stop offset="0" stop-color="white" stop-opacity="0.95"/><stop offset="0.6" stop-color="white" stop-opacity="0.45"/>' +
      '<stop offset="1" stop-color="white" stop-opacity="0"/></radialGradient></defs>' +
      `<ellipse cx="${W * 0.56}" cy="${H * 0.36}" rx="${W * 0.22}" ry="${H * 0.12}" fill="url(#g)"/></svg>`,
  );
  return sharp(bytes)
    .linear(0.8, 30)
    .composite([{ input: spot, blend: 'screen' }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

const VARIANTS: Record<string, (bytes: Uint8Array) => Promise<Buffer>> = {
  genuine: async (b) => Buffer.from(b),
  screen,
  print,
  glare,
  screen_glare: async (b) => glare(await screen(b)),
};

const pictures = [...GROUP_PHOTOS, ...NAMED_PORTRAITS.flatMap((p) => p.photos)];
const results: Record<string, { real: number[]; warned: number; noFace: number }> = {};
for (const name of Object.keys(VARIANTS)) results[name] = { real: [], warned: 0, noFace: 0 };
let made = 0;
for (const picture of pictures) {
  if (process.env.REPLAY_LIMIT && made >= Number(process.env.REPLAY_LIMIT)) break;
  if (!existsSync(picture)) throw new Error(`${picture} is missing: see bench/faces/faceset.ts`);
  const selfie = await selfieOf(readFileSync(picture));
  if (!selfie) continue;
  made++;
  for (const [name, make] of Object.entries(VARIANTS)) {
    const variant = await make(selfie);
    if (made === 1 && process.env.REPLAY_SAMPLES)
      writeFileSync(join(process.env.REPLAY_SAMPLES, `${name}.jpg`), variant);
    const face = (await analyzer.analyze(variant)).faces[0];
    const r = results[name] as (typeof results)[string];
    if (face?.real === undefined) {
      r.noFace++;
      continue;
    }
    r.real.push(face.real);
    if (face.real < SELFIE_RULES.minReal) r.warned++;
  }
}

const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? Number.NaN;
console.log(
  JSON.stringify(
    {
      pictures: made,
      min_real: SELFIE_RULES.minReal,
      variants: Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            analysed: r.real.length,
            no_face: r.noFace,
            warned: r.warned,
            warn_rate: r.real.length ? r.warned / r.real.length : Number.NaN,
            real: { p05: q(r.real, 0.05), median: q(r.real, 0.5), p95: q(r.real, 0.95) },
          },
        ]),
      ),
    },
    null,
    2,
  ),
);
