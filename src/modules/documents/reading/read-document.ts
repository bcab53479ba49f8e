import type { DocumentType } from '../../sellers/index.js';
import { boxAsGiven, type Extraction } from '../extract/index.js';
import type { PlacedLine, ReaderInput } from './reader.types.js';
import { readersFor } from './readers.js';
import {
  type DocumentReading,
  type ReadField,
  type ReadFile,
  type ReadPage,
  readingText,
} from './reading.schema.js';

export interface FileToRead {
  readonly name: string;
  readonly sha256: string;
  /** Absent when the file could not be opened (`failure`) or repeats an earlier one (`duplicate`). */
  readonly extraction?: Extraction;
  readonly failure?: { readonly code: string; readonly reason: string };
  readonly duplicate?: boolean;
}

export interface ReadDocumentInput {
  readonly type: DocumentType;
  readonly variant?: string | undefined;
  readonly country?: string | undefined;
  /** The files in order, the pages or sides of the document, opened or not. */
  readonly files: readonly FileToRead[];
}

/** Enough 汉字 to call a document Chinese: a licence's or card's labels alone pass it. */
const HAN_AT_LEAST = 8;

/** The text of each page of a file (`''` where nothing was read), with where it came from. */
function pagesOf(extraction: Extraction, file: number): ReadPage[] {
  const count = extraction.pdf?.pageCount ?? extraction.image?.header.pages ?? extraction.pages.length;
  return Array.from({ length: Math.max(count, extraction.pages.length) }, (_, i) => {
    const read = extraction.pages.find((p) => p.page === i + 1);
    return {
      file,
      page: i + 1,
      source: read?.source ?? 'none',
      ...(read?.confidence !== undefined ? { confidence: read.confidence } : {}),
      text: read?.text ?? '',
      ...(read?.turned ? { turned: read.turned } : {}),
      ...(read?.skew !== undefined ? { skew: read.skew } : {}),
      ...(read?.sharpness !== undefined ? { sharpness: read.sharpness } : {}),
      ...(read?.unsure ? { unsure: read.unsure } : {}),
    };
  });
}

function linesOf(extraction: Extraction, file: number): PlacedLine[] {
  return extraction.pages.flatMap((page) => {
    const size = page.size;
    if (!size || !page.lines) return [];
    return page.lines.map((line) => ({
      file,
      page: page.page,
      text: line.text,
      confidence: Math.round(line.confidence) / 100,
      box: {
        x: line.box.x0 / size.width,
        y: line.box.y0 / size.height,
        width: (line.box.x1 - line.box.x0) / size.width,
        height: (line.box.y1 - line.box.y0) / size.height,
      },
    }));
  });
}

/** The input every reader gets, from the files' extractions. */
function readerInputOf(input: ReadDocumentInput): ReaderInput {
  const pages = input.files.flatMap((f, i) => (f.extraction ? pagesOf(f.extraction, i + 1) : []));
  const text = readingText({ pages });
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return {
    type: input.type,
    variant: input.variant,
    country: input.country,
    script: han >= HAN_AT_LEAST ? 'han' : 'latin',
    pages,
    lines: input.files.flatMap((f, i) => (f.extraction ? linesOf(f.extraction, i + 1) : [])),
    text,
    extractions: input.files.flatMap((f) => (f.extraction ? [f.extraction] : [])),
  };
}

/**
 * Reads a document once: every reader that applies to its type and script, in the registry's
 * order, each adding the fields it found. The checks read the result, never the text.
 */
export function readDocument(input: ReadDocumentInput): DocumentReading {
  const readerInput = readerInputOf(input);
  const readers = readersFor(readerInput);
  const fields: ReadField[] = [];
  let zone: DocumentReading['zone'];
  let zoneSearched = false;
  for (const reader of readers) {
    const out = reader.read(readerInput);
    fields.push(...out.fields);
    zone ??= out.zone;
    zoneSearched ||= out.zoneSearched ?? false;
  }
  return {
    type: input.type,
    ...(input.variant ? { variant: input.variant } : {}),
    ...(input.country ? { country: input.country } : {}),
    script: readerInput.script,
    files: input.files.map(fileOf),
    readers: readers.map((r) => r.name),
    pages: [...readerInput.pages],
    fields: fields.map((field) => placedAsGiven(field, readerInput.pages)),
    ...(zone ? { zone } : {}),
    zoneSearched,
  };
}

/** A field's box on the page as uploaded, when its page was read turned (`image.orientation.ts`). */
function placedAsGiven(field: ReadField, pages: readonly ReadPage[]): ReadField {
  const turned = field.box && pages.find((p) => p.file === field.file && p.page === field.page)?.turned;
  if (!field.box || !turned) return field;
  return { ...field, box: boxAsGiven(field.box, turned) };
}

/** What the integrity, image-quality and authenticity checks read of one file. */
function fileOf(file: FileToRead): ReadFile {
  const { name, sha256, extraction } = file;
  if (!extraction)
    return {
      name,
      sha256,
      ...(file.duplicate ? { duplicate: true } : {}),
      ...(file.failure ? { failure: { code: file.failure.code, reason: file.failure.reason } } : {}),
      unavailableLanguages: [],
    };
  const exif = extraction.image?.header.exif;
  return {
    name,
    sha256,
    mime: extraction.type.mime,
    kind: extraction.type.kind,
    ...(extraction.image ? { image: extraction.image.metrics } : {}),
    ...(extraction.pdf
      ? {
          pdf: {
            activeContent: extraction.pdf.activeContent,
            metadata: extraction.pdf.metadata,
            ...(extraction.pdf.revisions ? { revisions: extraction.pdf.revisions } : {}),
          },
        }
      : {}),
    ...(exif ? { exif } : {}),
    unavailableLanguages: extraction.unavailableLanguages.map((u) => ({ ...u })),
  };
}
