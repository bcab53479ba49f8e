import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { errorText } from './image.js';

/**
 * A pool of tesseract.js workers created on first use and reused: creating one costs ~0.5 s,
 * a page ~0.5 s warm. Language data comes only from local folders; a language whose data is
 * missing is reported as unavailable, never fetched (tesseract.js would go to a CDN and, offline,
 * throw inside the worker and bring the process down).
 */
export type OcrLanguage = 'eng' | 'chi_sim';

const require = createRequire(import.meta.url);
/** English: the npm package @tesseract.js-data/eng (gzipped "best_int" LSTM model). */
const ENG_LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
/** Simplified Chinese: the npm package @tesseract.js-data/chi_sim (same model family as English). */
const CHI_SIM_LANG_PATH = join(
  dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')),
  '4.0.0_best_int',
);
/** Debian's tesseract-ocr-chi-sim: where older set-ups had the Chinese model. */
const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr/5/tessdata';

interface LanguageSource {
  langPath: string;
  gzip: boolean;
  file: string;
  /**
   * What the worker loads. Not `chi_sim+eng`: tesseract.js 7 never loaded its `eng` (it logged
   * `Failed loading language '玂玂'` and read exactly as `chi_sim` alone); the Chinese model reads
   * the Latin of Chinese pages, and a page it gives back in Latin is read again by `eng`.
   */
  load: string;
}

/** `chineseFolder`: where chi_sim.traineddata.gz is looked for (default the npm package; tests point it at an empty folder). */
function languageSource(language: OcrLanguage, chineseFolder = CHI_SIM_LANG_PATH): LanguageSource {
  if (language === 'eng')
    return {
      langPath: ENG_LANG_PATH,
      gzip: true,
      file: join(ENG_LANG_PATH, 'eng.traineddata.gz'),
      load: 'eng',
    };
  const file = join(chineseFolder, 'chi_sim.traineddata.gz');
  const debian = join(DEBIAN_TESSDATA, 'chi_sim.traineddata');
  if (!existsSync(file) && chineseFolder === CHI_SIM_LANG_PATH && existsSync(debian))
    return { langPath: DEBIAN_TESSDATA, gzip: false, file: debian, load: 'chi_sim' };
  return { langPath: chineseFolder, gzip: true, file, load: 'chi_sim' };
}

/** A rectangle in the pixels of the image read. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One character as OCR placed it. */
interface OcrSymbol {
  text: string;
  confidence: number;
  box: OcrBox;
}

/** One line of text with where it is and, when asked for, each character's box. */
export interface OcrLine {
  text: string;
  confidence: number;
  box: OcrBox;
  symbols: OcrSymbol[];
}

export type OcrResult =
  | {
      status: 'read';
      language: OcrLanguage;
      text: string;
      confidence: number;
      ms: number;
      /** Lines with their boxes, when `layout` was asked for. */
      lines?: OcrLine[];
    }
  | { status: 'unavailable'; language: OcrLanguage; reason: string }
  | { status: 'failed'; language: OcrLanguage; reason: string };

/** A narrower read: only these characters, one block of text, inside a rectangle of the image. */
export interface OcrRegion {
  /** Characters tesseract may output, e.g. the MRZ alphabet. */
  whitelist?: string;
  /** Pixels of the image given, from its top-left corner. */
  rectangle?: { left: number; top: number; width: number; height: number };
  /** Lines with boxes and each character's box in the result (for the MRZ reader). */
  layout?: boolean;
  /** Text scattered over the image (find the zone anywhere) rather than one block. */
  sparse?: boolean;
  /** The image is one character (a zone's cell read again alone, without its neighbours). */
  singleChar?: boolean;
}

export interface OcrPool {
  /** Reads one image (PNG/JPEG bytes, ideally from `prepareImageForOcr`). Never throws. */
  recognise(image: Buffer, language?: OcrLanguage, region?: OcrRegion): Promise<OcrResult>;
  isAvailable(language: OcrLanguage): boolean;
  close(): Promise<void>;
}

export interface OcrPoolOptions {
  /** Workers per language; default: one per core beyond the first, at least 1 (1 on 2 cores). */
  size?: number;
  /** Where chi_sim.traineddata.gz is looked for (default the npm package; tests point it at an empty folder). */
  chineseFolder?: string;
  /** Terminate a worker idle this long (default OCR_IDLE_MS). */
  idleMs?: number;
}

type Page = Awaited<ReturnType<Worker['recognize']>>['data'];

function linesOf(page: Page): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        text: line.text.trim(),
        confidence: line.confidence,
        box: line.bbox,
        symbols: line.words.flatMap((word) =>
          word.symbols.map((symbol) => ({
            text: symbol.text,
            confidence: symbol.confidence,
            box: symbol.bbox,
          })),
        ),
      })),
    ),
  );
}

/**
 * One worker per core: a document check spends most of its time in tesseract, which is
 * single-threaded, so each core reads one page while the main thread does the rest.
 */
export const defaultPoolSize = (): number => Math.max(1, availableParallelism());
/** A worker idle this long is terminated (~100–200 MB each): idle memory stays low, a burst pays one start. */
const OCR_IDLE_MS = 60_000;

interface Slot {
  worker: Promise<Worker>;
  queue: Promise<unknown>;
  pending: number;
  idle?: ReturnType<typeof setTimeout>;
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const slots = new Map<OcrLanguage, Slot[]>();
  let closed = false;

  const sourceOf = (language: OcrLanguage) => languageSource(language, options.chineseFolder);
  const isAvailable = (language: OcrLanguage) => existsSync(sourceOf(language).file);

  const slotFor = (language: OcrLanguage): Slot => {
    let list = slots.get(language);
    if (!list) {
      list = [];
      slots.set(language, list);
    }
    const idle = list.find((slot) => slot.pending === 0);
    if (idle) {
      clearTimeout(idle.idle);
      return idle;
    }
    if (list.length < size) {
      const { langPath, gzip, load } = sourceOf(language);
      const worker = createWorker(load, OEM.LSTM_ONLY, { langPath, gzip, cacheMethod: 'none' }).then(
        async (created) => {
          // Without it tesseract puts a space between every two Chinese characters.
          if (language === 'chi_sim') await created.setParameters({ preserve_interword_spaces: '1' });
          return created;
        },
      );
      const slot: Slot = { worker, queue: worker, pending: 0 };
      list.push(slot);
      return slot;
    }
    return list.reduce((best, slot) => (slot.pending < best.pending ? slot : best));
  };

  async function recognise(
    image: Buffer,
    language: OcrLanguage = 'eng',
    region?: OcrRegion,
  ): Promise<OcrResult> {
    if (closed) return { status: 'failed', language, reason: 'the OCR pool is closed' };
    if (!isAvailable(language)) {
      const reason = `language ${language} unavailable: ${sourceOf(language).file} not found`;
      return { status: 'unavailable', language, reason };
    }
    const slot = slotFor(language);
    slot.pending++;
    const run = slot.queue.then(async () => {
      const started = performance.now();
      const worker = await slot.worker;
      // Parameters given with one job are restored by tesseract.js after it: the worker stays general.
      const { data } = await worker.recognize(
        image,
        {
          ...(region?.rectangle ? { rectangle: region.rectangle } : {}),
          ...(region?.whitelist
            ? {
                tessedit_char_whitelist: region.whitelist,
                tessedit_pageseg_mode: region.singleChar
                  ? PSM.SINGLE_CHAR
                  : region.sparse
                    ? PSM.SPARSE_TEXT
                    : PSM.SINGLE_BLOCK,
              }
            : {}),
        } as Parameters<Worker['recognize']>[1],
        region?.layout ? { text: true, blocks: true } : { text: true },
      );
      const ms = Math.round(performance.now() - started);
      const read = { text: data.text, confidence: data.confidence, ms };
      return region?.layout ? { ...read, lines: linesOf(data) } : read;
    });
    slot.queue = run.catch(() => undefined);
    try {
      const read = await run;
      return { status: 'read', language, ...read };
    } catch (error) {
      return { status: 'failed', language, reason: errorText(error) };
    } finally {
      slot.pending--;
      if (slot.pending === 0) retireWhenIdle(language, slot);
    }
  }

  const retireWhenIdle = (language: OcrLanguage, slot: Slot) => {
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      const list = slots.get(language);
      if (slot.pending > 0 || !list) return;
      list.splice(list.indexOf(slot), 1);
      void slot.worker.then((worker) => worker.terminate()).catch(() => undefined);
    }, options.idleMs ?? OCR_IDLE_MS);
    // An idle timer never keeps the process alive.
    slot.idle.unref();
  };

  async function close(): Promise<void> {
    closed = true;
    const all = [...slots.values()].flat();
    for (const slot of all) clearTimeout(slot.idle);
    slots.clear();
    await Promise.all(all.map(async (slot) => (await slot.worker.catch(() => null))?.terminate()));
  }

  return { recognise, isAvailable, close };
}
