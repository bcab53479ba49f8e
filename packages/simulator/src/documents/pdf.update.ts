import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, type PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { Rng } from '../random.js';

/**
 * The `pdf_incremental_update` defect: an issuer's PDF edited "in place", as PDF editors save by
 * default (ISO 32000-1 §7.5.6). The issuer's bytes stay as they were; appended after them are the
 * page content stream with one printed figure changed (an amount, a date, an account or reference
 * number), the document information with a later ModDate (and sometimes the editing library's
 * Producer), a cross-reference section for those objects pointing back to the issuer's with
 * /Prev, and a second `%%EOF`. The dates stay within the day, so the timestamps alone do not
 * betray it.
 */

/** Text-showing operators with a hex string, as pdf-lib writes them for standard fonts. */
const SHOW_HEX = /<([0-9A-Fa-f]+)>\s*Tj/g;
const DIGIT = /[0-9]/;

const hexToText = (hex: string): string => Buffer.from(hex, 'hex').toString('latin1');
const textToHex = (text: string): string => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

/** A PDF date string `D:YYYYMMDDHHmmSSZ`. */
const pdfDate = (date: Date): string => `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

interface Edit {
  readonly ref: PDFRef;
  readonly content: Buffer;
}

/** One figure of one text line changed in the content stream of a page; undefined when no line shows one. */
function editFigure(doc: PDFDocument, rng: Rng): Edit | undefined {
  const candidates: { ref: PDFRef; decoded: string; match: RegExpExecArray }[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs =
      contents instanceof PDFArray
        ? contents.asArray().filter((r): r is PDFRef => r instanceof PDFRef)
        : contents instanceof PDFRef
          ? [contents]
          : [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const flate = filter?.toString() === '/FlateDecode';
      const decoded = (flate ? inflateSync(stream.contents) : Buffer.from(stream.contents)).toString(
        'latin1',
      );
      for (const match of decoded.matchAll(SHOW_HEX)) {
        const shown = hexToText(match[1] ?? '');
        if ((shown.match(/[0-9]/g)?.length ?? 0) >= 2) candidates.push({ ref, decoded, match });
      }
    }
  }
  if (candidates.length === 0) return undefined;
  // An amount first (what a forger changes most), else any figure: a date, an account number.
  const amounts = candidates.filter((c) => /\d[.,]\d{2}(?!\d)/.test(hexToText(c.match[1] ?? '')));
  const { ref, decoded, match } = rng.pick(amounts.length > 0 ? amounts : candidates);
  const shown = hexToText(match[1] ?? '');
  const digits = [...shown].flatMap((c, i) => (DIGIT.test(c) ? [i] : []));
  const at = rng.pick(digits);
  const changed = `${shown.slice(0, at)}${(Number(shown[at]) + rng.int(1, 9)) % 10}${shown.slice(at + 1)}`;
  const start = match.index ?? 0;
  const edited = `${decoded.slice(0, start)}<${textToHex(changed)}> Tj${decoded.slice(start + match[0].length)}`;
  return { ref, content: deflateSync(Buffer.from(edited, 'latin1')) };
}

/** The issuer's PDF with an incremental update appended that changes one printed figure. */
export async function appendFigureEdit(bytes: Uint8Array, rng: Rng, asOf: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const edit = editFigure(doc, rng);
  if (!edit) throw new Error('no printed figure to edit');
  const original = Buffer.from(bytes);
  const prev = [...original.toString('latin1').matchAll(/startxref\s+(\d+)/g)].at(-1)?.[1];
  const root = doc.context.trailerInfo.Root;
  const infoRef = doc.context.trailerInfo.Info;
  if (!prev || !(root instanceof PDFRef) || !(infoRef instanceof PDFRef))
    throw new Error('the PDF has no trailer to update');
  const info = (doc.context.lookup(infoRef) as PDFDict).clone(doc.context);
  const modified = info.get(PDFName.of('ModDate'));
  const was = modified instanceof PDFString ? modified.decodeDate() : new Date(`${asOf}T00:00:00Z`);
  const latest = Date.parse(`${asOf}T00:00:00Z`) - 3_600_000;
  info.set(
    PDFName.of('ModDate'),
    PDFString.of(pdfDate(new Date(Math.min(latest, was.getTime() + rng.int(1, 18) * 3_600_000)))),
  );
  if (rng.chance(0.5))
    info.set(PDFName.of('Producer'), PDFString.of('pdf-lib (https://github.com/Hopding/pdf-lib)'));

  const chunks: Buffer[] = [];
  let offset = original.length;
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  push(Buffer.from('\n', 'latin1'));
  const entries: { objectNumber: number; generation: number; at: number }[] = [];
  const object = (ref: PDFRef, head: string, body?: Buffer, tail = '') => {
    entries.push({ objectNumber: ref.objectNumber, generation: ref.generationNumber, at: offset });
    push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n${head}`, 'latin1'));
    if (body) push(body);
    push(Buffer.from(`${tail}\nendobj\n`, 'latin1'));
  };
  object(
    edit.ref,
    `<< /Length ${edit.content.length} /Filter /FlateDecode >>\nstream\n`,
    edit.content,
    '\nendstream',
  );
  object(infoRef, info.toString());
  const xrefAt = offset;
  const table = entries
    .sort((a, b) => a.objectNumber - b.objectNumber)
    .map(
      (e) =>
        `${e.objectNumber} 1\n${String(e.at).padStart(10, '0')} ${String(e.generation).padStart(5, '0')} n \n`,
    )
    .join('');
  const size = doc.context.largestObjectNumber + 1;
  push(
    Buffer.from(
      `xref\n${table}trailer\n<< /Size ${size} /Root ${root.toString()} /Info ${infoRef.toString()} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat([original, ...chunks]));
}
