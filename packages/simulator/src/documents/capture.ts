import sharp, { type Sharp } from 'sharp';
import { Rng } from '../random.js';

/**
 * How a rendered document becomes an upload: scanned (white platen, slight tilt, sensor noise) or
 * photographed (a table around it, uneven light, a phone's JPEG), and the defects a camera or a
 * careless seller adds: blur, greyscale, a small image, an edge cut off.
 */
export type Edge = 'top' | 'right' | 'bottom' | 'left';

export interface CaptureOptions {
  mode: 'scan' | 'photo';
  /** Degrees, clockwise. */
  rotation: number;
  /** Margin around the document (share of its width) and its colour: the table under a photo. */
  margin?: { share: number; colour: readonly [number, number, number] };
  /** Standard deviation of the sensor noise, in grey levels. */
  noise: number;
  /** Light falling off across the photo: 0 even, 0.25 a quarter darker at the far corner. */
  lightFalloff: number;
  jpegQuality: number;
  /** Saved again at this quality (an image forwarded through a messenger). */
  recompressQuality?: number;
  blurSigma?: number;
  greyscale?: boolean;
  /** The shorter side is scaled down to this many pixels. */
  shortSide?: number;
  /** This share of the document is outside the frame on `edge`. */
  crop?: { edge: Edge; share: number };
}

const raw = async (input: Buffer | Sharp) => {
  const pipeline = Buffer.isBuffer(input) ? sharp(input) : input;
  return pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
};

const fromRaw = (data: Buffer, width: number, height: number) =>
  sharp(data, { raw: { width, height, channels: 3 } });

/** The captured image as JPEG bytes. Deterministic for the same inputs and `seed`. */
export async function captureImage(png: Buffer, options: CaptureOptions, seed: number): Promise<Buffer> {
  const rng = Rng.of(seed, 'capture');
  let { data, info } = await raw(png);
  if (options.crop) {
    const { edge, share } = options.crop;
    const cutX = edge === 'left' || edge === 'right' ? Math.round(info.width * share) : 0;
    const cutY = edge === 'top' || edge === 'bottom' ? Math.round(info.height * share) : 0;
    ({ data, info } = await raw(
      fromRaw(data, info.width, info.height).extract({
        left: edge === 'left' ? cutX : 0,
        top: edge === 'top' ? cutY : 0,
        width: info.width - cutX,
        height: info.height - cutY,
      }),
    ));
  }
  if (options.margin) {
    const m = Math.round(info.width * options.margin.share);
    const [r, g, b] = options.margin.colour;
    const cut = options.crop?.edge;
    ({ data, info } = await raw(
      fromRaw(data, info.width, info.height).extend({
        top: cut === 'top' ? 0 : Math.round(m * rng.uniform(0.6, 1.4)),
        bottom: cut === 'bottom' ? 0 : Math.round(m * rng.uniform(0.6, 1.4)),
        left: cut === 'left' ? 0 : Math.round(m * rng.uniform(0.6, 1.4)),
        right: cut === 'right' ? 0 : Math.round(m * rng.uniform(0.6, 1.4)),
        background: { r, g, b },
      }),
    ));
  }
  if (options.rotation !== 0) {
    const [r, g, b] = options.margin?.colour ?? [250, 250, 248];
    ({ data, info } = await raw(
      fromRaw(data, info.width, info.height).rotate(options.rotation, { background: { r, g, b } }),
    ));
  }
  if (options.blurSigma)
    ({ data, info } = await raw(fromRaw(data, info.width, info.height).blur(options.blurSigma)));
  if (options.shortSide && Math.min(info.width, info.height) > options.shortSide) {
    const scale = options.shortSide / Math.min(info.width, info.height);
    ({ data, info } = await raw(
      fromRaw(data, info.width, info.height).resize(
        Math.round(info.width * scale),
        Math.round(info.height * scale),
      ),
    ));
  }
  addNoiseAndLight(data, info.width, info.height, options, rng);
  let image = fromRaw(data, info.width, info.height);
  if (options.greyscale) image = image.greyscale();
  let bytes = await image.jpeg({ quality: options.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer();
  if (options.recompressQuality)
    bytes = await sharp(bytes).jpeg({ quality: options.recompressQuality }).toBuffer();
  return bytes;
}

/** Gaussian-ish sensor noise and a light gradient, in place. */
function addNoiseAndLight(
  data: Buffer,
  width: number,
  height: number,
  options: CaptureOptions,
  rng: Rng,
): void {
  const noise = options.noise;
  const falloff = options.lightFalloff;
  if (noise === 0 && falloff === 0) return;
  const cornerX = rng.chance(0.5) ? 0 : 1;
  const cornerY = rng.chance(0.5) ? 0 : 1;
  // A table of noise values, reused with a stride: drawing one per pixel is slow and adds nothing.
  const table = new Float32Array(4099);
  for (let i = 0; i < table.length; i++) table[i] = rng.normal() * noise;
  let k = 0;
  for (let y = 0; y < height; y++) {
    const dy = Math.abs(y / height - cornerY);
    for (let x = 0; x < width; x++) {
      const dx = Math.abs(x / width - cornerX);
      const light = 1 - falloff * (1 - (dx + dy) / 2);
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const value = (data[i + c] ?? 0) * light + (table[k++ % table.length] ?? 0);
        data[i + c] = value < 0 ? 0 : Math.min(value, 255);
      }
    }
  }
}
