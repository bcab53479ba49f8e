import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';

/**
 * A page as a list of drawn items (points, y down from the top), rendered either to pixels through
 * @napi-rs/canvas or to a PDF with a text layer through pdf-lib. Fonts come from npm packages only:
 * DejaVu (dejavu-fonts-ttf) for Latin, Noto Sans Hans (@embedpdf/fonts-sc) for 汉字.
 */
type FontName = 'sans' | 'bold' | 'mono' | 'han';

interface TextItem {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  size: number;
  font?: FontName;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}
interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}
interface CircleItem {
  kind: 'circle';
  x: number;
  y: number;
  r: number;
  stroke: string;
  lineWidth: number;
}
export type PageItem = TextItem | RectItem | CircleItem;

export interface Page {
  width: number;
  height: number;
  background: string;
  items: PageItem[];
}

const require = createRequire(import.meta.url);
const dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(join(dejavu, 'DejaVuSans.ttf'), 'GenSans');
GlobalFonts.registerFromPath(join(dejavu, 'DejaVuSans-Bold.ttf'), 'GenSansBold');
GlobalFonts.registerFromPath(join(dejavu, 'DejaVuSansMono.ttf'), 'GenMono');

/** Whether 汉字 can be drawn: the CJK font package is installed and registered. */
export const hasCjkFont: boolean = (() => {
  try {
    // The package exports only its entry (dist/index.js): its fonts folder sits beside dist/.
    const path = join(
      dirname(require.resolve('@embedpdf/fonts-sc')),
      '..',
      'fonts',
      'NotoSansHans-Regular.otf',
    );
    GlobalFonts.registerFromPath(path, 'GenHans');
    return GlobalFonts.has('GenHans');
  } catch {
    return false;
  }
})();

const HAN = /\p{Script=Han}/u;
const CANVAS_FONT: Record<FontName, string> = {
  sans: 'GenSans',
  bold: 'GenSansBold',
  mono: 'GenMono',
  han: 'GenHans',
};

const measuring = createCanvas(1, 1).getContext('2d');

/** The width in points of a line of `sans` text (a 汉字 counts one em): what a column must hold. */
export function sansTextWidth(text: string, size: number): number {
  const han = [...text].filter((c) => HAN.test(c)).length;
  measuring.font = `${size}px ${CANVAS_FONT.sans}`;
  return measuring.measureText(text.replace(/\p{Script=Han}/gu, '')).width + han * size;
}

/** The page as PNG pixels at `scale` pixels per point. */
export function renderPagePng(page: Page, scale: number): Buffer {
  const canvas = createCanvas(Math.round(page.width * scale), Math.round(page.height * scale));
  const context = canvas.getContext('2d');
  context.scale(scale, scale);
  context.fillStyle = page.background;
  context.fillRect(0, 0, page.width, page.height);
  for (const item of page.items) {
    if (item.kind === 'rect') {
      if (item.fill) {
        context.fillStyle = item.fill;
        context.fillRect(item.x, item.y, item.w, item.h);
      }
      if (item.stroke) {
        context.strokeStyle = item.stroke;
        context.lineWidth = item.lineWidth ?? 1;
        context.strokeRect(item.x, item.y, item.w, item.h);
      }
    } else if (item.kind === 'circle') {
      context.strokeStyle = item.stroke;
      context.lineWidth = item.lineWidth;
      context.beginPath();
      context.arc(item.x, item.y, item.r, 0, Math.PI * 2);
      context.stroke();
    } else {
      const font = HAN.test(item.text) ? 'han' : (item.font ?? 'sans');
      context.font = `${item.size}px ${CANVAS_FONT[font]}`;
      context.fillStyle = item.colour ?? '#111111';
      context.textAlign = item.align ?? 'left';
      context.fillText(item.text, item.x, item.y);
    }
  }
  return canvas.toBuffer('image/png');
}

export interface PdfMetadata {
  producer: string;
  creator: string;
  title?: string;
  createdAt: Date;
  modifiedAt: Date;
}

const hexColour = (hex: string) => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** The text with what the standard fonts cannot encode (`ı`, `ł`, 汉字) folded to ASCII or dropped. */
const encodable = (font: PDFFont, text: string): string => {
  try {
    font.encodeText(text);
    return text;
  } catch {
    return [...text]
      .map((c) => {
        try {
          font.encodeText(c);
          return c;
        } catch {
          return c.normalize('NFD').replace(/[^\x20-\x7e]/g, '') || (c === 'ı' ? 'i' : '');
        }
      })
      .join('');
  }
};

/** Pages as a PDF with a text layer (Helvetica/Courier: Latin script only). */
export async function renderPdf(pages: readonly Page[], metadata: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Record<FontName, PDFFont> = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
    han: await doc.embedFont(StandardFonts.Helvetica),
  };
  for (const model of pages) {
    const page = doc.addPage([model.width, model.height]);
    const top = (y: number) => model.height - y;
    for (const item of model.items) {
      if (item.kind === 'rect') {
        page.drawRectangle({
          x: item.x,
          y: top(item.y + item.h),
          width: item.w,
          height: item.h,
          ...(item.fill ? { color: hexColour(item.fill) } : {}),
          ...(item.stroke ? { borderColor: hexColour(item.stroke), borderWidth: item.lineWidth ?? 1 } : {}),
        });
      } else if (item.kind === 'circle') {
        page.drawCircle({
          x: item.x,
          y: top(item.y),
          size: item.r,
          borderColor: hexColour(item.stroke),
          borderWidth: item.lineWidth,
        });
      } else {
        const font = fonts[item.font ?? 'sans'];
        const text = encodable(font, item.text);
        const width = font.widthOfTextAtSize(text, item.size);
        const x =
          item.align === 'center' ? item.x - width / 2 : item.align === 'right' ? item.x - width : item.x;
        page.drawText(text, {
          x,
          y: top(item.y),
          size: item.size,
          font,
          color: hexColour(item.colour ?? '#111111'),
        });
      }
    }
  }
  doc.setProducer(metadata.producer);
  doc.setCreator(metadata.creator);
  if (metadata.title) doc.setTitle(metadata.title);
  doc.setCreationDate(metadata.createdAt);
  doc.setModificationDate(metadata.modifiedAt);
  return doc.save({ useObjectStreams: false });
}

/** Scanned pages (images, no text layer) as one PDF, as a scanner app saves them. */
export async function renderImagePdf(
  images: readonly Uint8Array[],
  metadata: PdfMetadata,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const bytes of images) {
    const image = await doc.embedJpg(bytes);
    const width = 595;
    const height = (image.height / image.width) * width;
    doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  doc.setProducer(metadata.producer);
  doc.setCreator(metadata.creator);
  doc.setCreationDate(metadata.createdAt);
  doc.setModificationDate(metadata.modifiedAt);
  return doc.save({ useObjectStreams: false });
}
