import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DOCUMENT_LIMITS } from '../document.limits.js';
import { errorText } from './image.js';
import { compareSaves, type PdfRevisions, type SaveView, saveEnds } from './pdf.revisions.js';

/**
 * PDFs through pdfjs-dist's legacy build (the one that runs on Node 20), with every data folder
 * local so nothing is fetched, and font eval off.
 */
export const PDF_LIMITS = {
  /** Refused before any page is read: statements and licences are a few pages. */
  maxPages: DOCUMENT_LIMITS.maxPages,
  /** Rendering resolution for OCR: 200 dpi reads 8-pt text and keeps A4 at ~1650 × 2340. */
  renderDpi: 200,
  /** A page with a huge MediaBox is rendered smaller rather than allocating this many pixels. */
  maxRenderPixels: 12_000_000,
} as const;

/** Markers of active content, looked for in the raw bytes (uncompressed objects only). */
const ACTIVE_MARKERS = [
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
];

interface PdfMetadata {
  producer?: string;
  creator?: string;
  title?: string;
  author?: string;
  /** ISO 8601 where the PDF date parsed, the raw string otherwise. */
  createdAt?: string;
  modifiedAt?: string;
}

interface PdfPageText {
  page: number;
  text: string;
}

export interface PdfInspection {
  pageCount: number;
  /** An /Encrypt dictionary is present, even if it opened without a password. */
  isEncrypted: boolean;
  /** Distinct kinds of active content found: 'JavaScript', 'Launch', 'OpenAction', … */
  activeContent: string[];
  metadata: PdfMetadata;
  pages: PdfPageText[];
  /** Present when the file holds more than one save (incremental updates, `pdf.revisions.ts`). */
  revisions?: PdfRevisions;
}

export type PdfResult =
  | { ok: true; pdf: PdfInspection }
  | {
      ok: false;
      code: 'pdf_encrypted' | 'pdf_unreadable' | 'pdf_too_many_pages';
      reason: string;
      pageCount?: number;
    };

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const folderUrl = (name: string): string => `${pathToFileURL(join(pdfjsRoot, name)).href}/`;
const PDFJS_OPTIONS = {
  standardFontDataUrl: folderUrl('standard_fonts'),
  cMapUrl: folderUrl('cmaps'),
  cMapPacked: true,
  wasmUrl: folderUrl('wasm'),
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
} as const;

/** Opens the PDF, refuses it past PDF_LIMITS.maxPages before reading pages, then reads it all. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfResult> {
  const opened = await openPdf(bytes);
  if (!opened.ok) return opened;
  const doc = opened.doc;
  try {
    const pageCount = doc.numPages;
    if (pageCount > PDF_LIMITS.maxPages) {
      const reason = `${pageCount} pages exceeds the limit of ${PDF_LIMITS.maxPages}`;
      return { ok: false, code: 'pdf_too_many_pages', reason, pageCount };
    }
    const pages: PdfPageText[] = [];
    const annotationActions = new Set<string>();
    for (let number = 1; number <= pageCount; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
      pages.push({ page: number, text });
      for (const annotation of await page.getAnnotations()) {
        const data = annotation as { actions?: object; action?: string; unsafeUrl?: string };
        if (data.actions && Object.keys(data.actions).length > 0) annotationActions.add('JavaScript');
        if (data.unsafeUrl?.toLowerCase().startsWith('javascript:')) annotationActions.add('JavaScript');
      }
      page.cleanup();
    }
    const jsActions = await doc.getJSActions();
    if (jsActions && Object.keys(jsActions).length > 0) annotationActions.add('JavaScript');
    const attachments = await doc.getAttachments();
    if (attachments && Object.keys(attachments).length > 0) annotationActions.add('EmbeddedFile');
    const raw = scanRawBytes(bytes);
    const activeContent = [...new Set([...raw.active, ...annotationActions])].sort();
    const metadata = await readMetadata(doc);
    const pdf: PdfInspection = { pageCount, isEncrypted: raw.isEncrypted, activeContent, metadata, pages };
    const ends = saveEnds(bytes);
    if (ends.length > 1) pdf.revisions = await readRevisions(bytes, ends, pdf);
    return { ok: true, pdf };
  } catch (error) {
    return { ok: false, code: 'pdf_unreadable', reason: errorText(error) };
  } finally {
    await doc.destroy();
  }
}

const viewOf = (pdf: PdfInspection): SaveView => ({
  pageCount: pdf.pageCount,
  producer: pdf.metadata.producer,
  createdAt: pdf.metadata.createdAt,
  modifiedAt: pdf.metadata.modifiedAt,
  pages: pdf.pages.map((p) => p.text),
});

/** The first save (the bytes up to its `%%EOF`) opened on its own, against the file as it opens now. */
async function readRevisions(
  bytes: Uint8Array,
  ends: readonly number[],
  now: PdfInspection,
): Promise<PdfRevisions> {
  const first = await inspectPdf(bytes.subarray(0, ends[0]));
  return compareSaves(bytes, ends, first.ok ? viewOf(first.pdf) : undefined, viewOf(now));
}

/** Renders one page (1-based) to PNG at PDF_LIMITS.renderDpi, for OCR of pages without text. */
export async function renderPdfPage(bytes: Uint8Array, pageNumber: number): Promise<Buffer> {
  const opened = await openPdf(bytes);
  if (!opened.ok) throw new Error(opened.reason);
  const doc = opened.doc;
  try {
    const page = await doc.getPage(pageNumber);
    const base = page.getViewport({ scale: 1 });
    let scale = PDF_LIMITS.renderDpi / 72;
    const pixels = base.width * base.height * scale * scale;
    if (pixels > PDF_LIMITS.maxRenderPixels) scale *= Math.sqrt(PDF_LIMITS.maxRenderPixels / pixels);
    const viewport = page.getViewport({ scale });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as RenderParameters['canvas'],
      canvasContext: context as unknown as RenderParameters['canvasContext'],
      viewport,
    }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await doc.destroy();
  }
}

type RenderParameters = Parameters<PDFPageProxy['render']>[0];

type Opened =
  | { ok: true; doc: PDFDocumentProxy }
  | { ok: false; code: 'pdf_encrypted' | 'pdf_unreadable'; reason: string };

async function openPdf(bytes: Uint8Array): Promise<Opened> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  // Loaded on the first PDF, not at start: pdf.js's legacy build is large and its polyfills
  // replace globals (JSON.stringify among them) that every response and log line would then pay for.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ ...PDFJS_OPTIONS, data: new Uint8Array(bytes) });
  try {
    return { ok: true, doc: await task.promise };
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === 'PasswordException') {
      return { ok: false, code: 'pdf_encrypted', reason: 'the PDF is password-protected' };
    }
    return { ok: false, code: 'pdf_unreadable', reason: errorText(error) };
  }
}

/**
 * The file without its streams' data: the markers are names in dictionaries, and a page scan's
 * JPEG holds `/JS/` by chance (seed 67 #12, a genuine scanned statement failed as active content).
 * A stream's dictionary (`<< … >>` before `stream`) is kept; what is compressed is pdf.js's to see.
 */
const outsideStreams = (text: string): string =>
  text.replace(/(>>\s*stream\r?\n)[\s\S]*?endstream/g, '$1endstream');

function scanRawBytes(bytes: Uint8Array): { isEncrypted: boolean; active: string[] } {
  const text = outsideStreams(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  );
  const active = ACTIVE_MARKERS.filter((name) => new RegExp(`/${name}(?![A-Za-z0-9])`).test(text)).map(
    (name) => (name === 'JS' ? 'JavaScript' : name),
  );
  // An OpenAction that is an array is a destination (open at page N); a dictionary is an action.
  if (/\/OpenAction\s*<</.test(text)) active.push('OpenAction');
  return { isEncrypted: /\/Encrypt(?![A-Za-z0-9])/.test(text), active };
}

async function readMetadata(doc: PDFDocumentProxy): Promise<PdfMetadata> {
  const { info } = await doc.getMetadata();
  const record = (info ?? {}) as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const value = record[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const metadata: PdfMetadata = {};
  const fields: [keyof PdfMetadata, string | undefined][] = [
    ['producer', text('Producer')],
    ['creator', text('Creator')],
    ['title', text('Title')],
    ['author', text('Author')],
    ['createdAt', parsePdfDate(text('CreationDate'))],
    ['modifiedAt', parsePdfDate(text('ModDate'))],
  ];
  for (const [key, value] of fields) if (value !== undefined) metadata[key] = value;
  return metadata;
}

/** `D:20260112103000+08'00'` → `2026-01-12T02:30:00.000Z`; unparseable strings come back unchanged. */
export function parsePdfDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!match) return value;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone] = match;
  let offset = 'Z';
  if (zone && zone !== 'Z') offset = `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
