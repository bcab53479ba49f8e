import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp, { type Sharp } from 'sharp';
import {
  ANALYSIS_SIDE,
  type DetectedFace,
  type FaceAnalysis,
  type FaceAnalyzer,
  FaceImageError,
  MAX_SELFIE_PIXELS,
} from '../../modules/documents/index.js';

/**
 * The face model: `@vladmandic/human` on TensorFlow.js's WebAssembly backend, on the CPU. Its
 * detector (BlazeFace), face mesh with irises, description (the embedding), anti-spoofing and
 * liveness models ship inside the package and load from node_modules; nothing is fetched from the
 * network. Loaded once, on first use, and shared by every request of the process.
 */

const require = createRequire(import.meta.url);
/** The package's folder: its main entry is `dist/human.node.js` (its exports map names no package.json). */
const humanRoot = dirname(dirname(require.resolve('@vladmandic/human')));
const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));

interface HumanFace {
  box: [number, number, number, number];
  score: number;
  embedding?: number[];
  real?: number;
  live?: number;
  annotations?: Record<string, [number, number, number?][]>;
}
interface HumanInstance {
  version: string;
  load(): Promise<void>;
  warmup(): Promise<unknown>;
  detect(input: unknown): Promise<{ face: HumanFace[] }>;
  match: { similarity(a: number[], b: number[]): number };
  tf: {
    tensor3d(data: Uint8Array, shape: [number, number, number], dtype: 'int32'): { dispose(): void };
    setBackend?: unknown;
  };
}

const CONFIG = {
  backend: 'wasm',
  wasmPath: `${wasmDir}/`,
  modelBasePath: `${pathToFileURL(join(humanRoot, 'models')).href}/`,
  debug: false,
  async: false,
  cacheSensitivity: 0,
  filter: { enabled: false },
  face: {
    enabled: true,
    detector: { rotation: false, maxDetected: 10, minConfidence: 0.4, return: false },
    mesh: { enabled: true },
    iris: { enabled: true },
    description: { enabled: true },
    emotion: { enabled: false },
    antispoof: { enabled: true },
    liveness: { enabled: true },
  },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  gesture: { enabled: false },
  segmentation: { enabled: false },
};

/** Node's fetch reads no `file://` URL; Human loads its models with fetch, so those are read from disk. */
function allowFileFetch(): void {
  const original = globalThis.fetch;
  if ((original as { fileAware?: boolean }).fileAware) return;
  const fileAware = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file://')) return original(input, init);
    const bytes = await readFile(fileURLToPath(url));
    const type = url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-type': type } });
  };
  globalThis.fetch = Object.assign(fileAware, { fileAware: true }) as typeof fetch;
}

/** Lid gap over eye width from the mesh's eye contours (upper and lower lids, corners). */
function eyeOpening(annotations: HumanFace['annotations'], side: 'left' | 'right'): number | undefined {
  const upper = annotations?.[`${side}EyeUpper0`];
  const lower = annotations?.[`${side}EyeLower0`];
  if (!upper?.length || !lower?.length) return undefined;
  const xs = [...upper, ...lower].map((p) => p[0]);
  const width = Math.max(...xs) - Math.min(...xs);
  if (width <= 0) return undefined;
  const middleOf = (contour: typeof upper) => contour[Math.floor(contour.length / 2)]?.[1] ?? 0;
  const gap = Math.abs(middleOf(lower) - middleOf(upper));
  return gap / width;
}

/** Variance of the 4-neighbour Laplacian on a 112-pixel-wide grey copy of the face. */
async function sharpnessOf(image: Sharp, box: DetectedFace['box'], width: number, height: number) {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const w = Math.min(width - left, Math.ceil(box.width));
  const h = Math.min(height - top, Math.ceil(box.height));
  if (w < 3 || h < 3) return 0;
  const { data, info } = await image
    .clone()
    .extract({ left, top, width: w, height: h })
    .resize({ width: 112 })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sum = 0;
  let squares = 0;
  let n = 0;
  for (let y = 1; y < info.height - 1; y++)
    for (let x = 1; x < info.width - 1; x++) {
      const i = y * info.width + x;
      const v =
        (data[i - 1] ?? 0) +
        (data[i + 1] ?? 0) +
        (data[i - info.width] ?? 0) +
        (data[i + info.width] ?? 0) -
        4 * (data[i] ?? 0);
      sum += v;
      squares += v * v;
      n++;
    }
  return n ? Math.round((squares / n - (sum / n) ** 2) * 10) / 10 : 0;
}

/** The image rotated by its EXIF orientation and scaled to at most `ANALYSIS_SIDE`, as RGB pixels. */
async function decodeForAnalysis(bytes: Uint8Array) {
  let pixels: number;
  try {
    const meta = await sharp(bytes).metadata();
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch (error) {
    throw new FaceImageError('unreadable', `the image cannot be read: ${(error as Error).message}`);
  }
  if (pixels > MAX_SELFIE_PIXELS)
    throw new FaceImageError('too_large', `the image has ${pixels} pixels: at most ${MAX_SELFIE_PIXELS}`);
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_SELFIE_PIXELS })
      .rotate()
      .resize({ width: ANALYSIS_SIDE, height: ANALYSIS_SIDE, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb');
    const { data, info } = await image.clone().raw().toBuffer({ resolveWithObject: true });
    return { image: sharp(data, { raw: info }), data, width: info.width, height: info.height };
  } catch (error) {
    throw new FaceImageError('unreadable', `the image cannot be decoded: ${(error as Error).message}`);
  }
}

export function createHumanFaceAnalyzer(): FaceAnalyzer & { ready(): Promise<void> } {
  let loading: Promise<HumanInstance> | undefined;
  let loaded: HumanInstance | undefined;
  const human = (): Promise<HumanInstance> => {
    loading ??= (async () => {
      allowFileFetch();
      const { Human } = require(join(humanRoot, 'dist', 'human.node-wasm.js')) as {
        Human: new (config: unknown) => HumanInstance;
      };
      const instance = new Human(CONFIG);
      await instance.load();
      loaded = instance;
      return instance;
    })();
    return loading;
  };
  return {
    async ready() {
      await human();
    },
    async analyze(bytes) {
      const decoded = await decodeForAnalysis(bytes);
      const model = await human();
      const tensor = model.tf.tensor3d(
        new Uint8Array(decoded.data),
        [decoded.height, decoded.width, 3],
        'int32',
      );
      let found: HumanFace[];
      try {
        found = (await model.detect(tensor)).face;
      } finally {
        tensor.dispose();
      }
      const faces: DetectedFace[] = [];
      for (const face of found) {
        const [x, y, width, height] = face.box;
        const box = { x, y, width, height };
        const left = eyeOpening(face.annotations, 'left');
        const right = eyeOpening(face.annotations, 'right');
        faces.push({
          box,
          score: face.score,
          eyes: left !== undefined && right !== undefined ? { left, right } : undefined,
          sharpness: await sharpnessOf(decoded.image, box, decoded.width, decoded.height),
          real: face.real,
          live: face.live,
          embedding: face.embedding ?? [],
        });
      }
      faces.sort((a, b) => b.box.width - a.box.width);
      return {
        width: decoded.width,
        height: decoded.height,
        faces,
        model: `human@${model.version}`,
      } satisfies FaceAnalysis;
    },
    similarity(a, b) {
      if (!loaded || !a.embedding.length || a.embedding.length !== b.embedding.length) return 0;
      return loaded.match.similarity([...a.embedding], [...b.embedding]);
    },
  };
}
