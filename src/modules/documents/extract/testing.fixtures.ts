import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

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
