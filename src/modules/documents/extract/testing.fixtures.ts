import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFArray, type PDFDict, PDFDocument, PDFName, PDFRef, PDFString, StandardFonts } from 'pdf-lib';

/** Builders for the extraction tests and the bench: every fixture is made here, none is stored. */
const require = createRequire(import.meta.url);
const fontFolder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(join(fontFolder, 'DejaVuSans.ttf'), 'DejaVu');
GlobalFonts.registerFromPath(join(fontFolder, 'DejaVuSansMono.ttf'), 'DejaVuMono');

export interface PdfFixtureOptions {
  pages?: string[][];
  producer?: string;
  javascript?: boolean;
  objectStreams?: boolean;
}

export async function buildTextPdf(options: PdfFixtureOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of options.pages ?? [['Acme Trading Co., Ltd.', 'Statement date 2026-01-12']]) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 780 - index * 24, size: 14, font });
    });
  }
  if (options.producer) doc.setProducer(options.producer);
  doc.setCreationDate(new Date('2026-01-12T10:00:00Z'));
  doc.setModificationDate(new Date('2026-01-12T10:00:00Z'));
  if (options.javascript) {
    const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hi")') });
    doc.catalog.set(PDFName.of('OpenAction'), action);
  }
  return doc.save({ useObjectStreams: options.objectStreams ?? false, updateFieldAppearances: false });
}

/** Loads and saves again with pdf-lib's defaults: Producer becomes "pdf-lib", ModDate now. */
export async function resavePdf(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  return doc.save();
}

/**
 * The PDF with an incremental update appended, as an editor saves in place: the objects it
 * changes written after the original bytes, a cross-reference section pointing back with /Prev,
 * and a second `%%EOF`. `lines` replaces the text of page 1 (same font); `producer` and
 * `modifiedAt` rewrite the document information.
 */
export async function appendPdfUpdate(
  bytes: Uint8Array,
  options: { lines?: string[]; producer?: string; modifiedAt: Date },
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const original = Buffer.from(bytes);
  const prev = [...original.toString('latin1').matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1];
  const { Root: root, Info: infoRef } = doc.context.trailerInfo;
  if (!prev || !(root instanceof PDFRef) || !(infoRef instanceof PDFRef)) throw new Error('no trailer');
  const objects: { ref: PDFRef; text: string }[] = [];
  if (options.lines) {
    const page = doc.getPage(0).node;
    const contents = page.get(PDFName.of('Contents'));
    const ref = contents instanceof PDFArray ? contents.get(0) : contents;
    const fonts = page.Resources()?.lookup(PDFName.of('Font')) as PDFDict | undefined;
    const font = fonts?.keys()[0]?.toString();
    if (!(ref instanceof PDFRef) || !font) throw new Error('page 1 has no content stream or font');
    const shown = options.lines.map((line, i) => `1 0 0 1 50 ${780 - i * 24} Tm (${line}) Tj`).join('\n');
    const stream = `BT\n${font} 14 Tf\n${shown}\nET`;
    objects.push({ ref, text: `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream` });
  }
  const info = (doc.context.lookup(infoRef) as PDFDict).clone(doc.context);
  info.set(PDFName.of('ModDate'), PDFString.fromDate(options.modifiedAt));
  if (options.producer) info.set(PDFName.of('Producer'), PDFString.of(options.producer));
  objects.push({ ref: infoRef, text: info.toString() });
  let body = '\n';
  const table: string[] = [];
  for (const { ref, text } of objects) {
    const at = original.length + Buffer.byteLength(body, 'latin1');
    table.push(`${ref.objectNumber} 1\n${String(at).padStart(10, '0')} 00000 n \n`);
    body += `${ref.objectNumber} 0 obj\n${text}\nendobj\n`;
  }
  const xrefAt = original.length + Buffer.byteLength(body, 'latin1');
  const size = doc.context.largestObjectNumber + 1;
  body += `xref\n${table.join('')}trailer\n<< /Size ${size} /Root ${root} /Info ${infoRef} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([original, Buffer.from(body, 'latin1')]));
}

/** A PDF whose trailer names an /Encrypt dictionary that no empty password opens. */
export async function buildEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  const filler = 'x'.repeat(32);
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFString.of(filler),
    U: PDFString.of(filler),
    P: -4,
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  return doc.save({ useObjectStreams: false });
}

export async function buildBlankPdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) doc.addPage([200, 200]);
  return doc.save();
}

export interface CanvasFixtureOptions {
  width?: number;
  height?: number;
  lines?: string[];
  font?: string;
  fontSize?: number;
  colour?: boolean;
  /** Draw the first line starting this far left of x = 40 (negative pushes it past the edge). */
  offsetX?: number;
}

export function renderTextImage(options: CanvasFixtureOptions = {}): Buffer {
  const width = options.width ?? 1200;
  const height = options.height ?? 600;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  if (options.colour ?? true) {
    context.fillStyle = '#c0392b';
    context.fillRect(40, 20, width - 80, 40);
  }
  context.fillStyle = '#111111';
  const size = options.fontSize ?? 40;
  context.font = `${size}px ${options.font ?? 'DejaVu'}`;
  (options.lines ?? ['ACME TRADING LIMITED', 'Registered 2026-01-12']).forEach((line, index) => {
    context.fillText(line, 40 + (options.offsetX ?? 0), 120 + index * size * 1.5);
  });
  return canvas.toBuffer('image/png');
}

/** A PNG whose IHDR declares the size, with one KiB of compressed zero rows: the pixels never exist. */
export function buildPngHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of an iPhone HEIC: an ftyp box with brand heic. */
export function buildHeicHeader(): Uint8Array {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write('ftypheic', 4, 'latin1');
  box.write('mif1heic', 16, 'latin1');
  return box;
}
