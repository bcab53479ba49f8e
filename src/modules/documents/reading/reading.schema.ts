import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../sellers/index.js';
import type { ImageMetrics } from '../extract/image.metrics.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import type { PdfRevisions } from '../extract/pdf.revisions.js';

/**
 * What a document says, read once: every value a reader found with where it was found (file,
 * page, box), how sure the reading is and which reader found it. The checks read this and never
 * the text; it is stored with the checked document and drawn in the document viewer.
 */

/** The roles a printed date plays (the label in front of it). */
export const DATE_ROLES = [
  'issue',
  'statement',
  'expiry',
  'birth',
  'established',
  'due',
  'valid_from',
  'period_start',
  'period_end',
] as const;
export type DateRole = (typeof DATE_ROLES)[number];

export const IDENTIFIER_KINDS = ['uscc', 'prc_id', 'iban', 'ein', 'eu_vat', 'uk_company_number'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const ID_SIDES = ['front', 'back', 'both', 'passport', 'unknown'] as const;
export type IdSide = (typeof ID_SIDES)[number];

export const FieldSource = z.enum(['text_layer', 'ocr', 'mrz']);
export type FieldSource = z.infer<typeof FieldSource>;

/** A rectangle on the page, as shares (0–1) of the page image's width and height. */
export const FieldBox = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
export type FieldBox = z.infer<typeof FieldBox>;

const place = {
  /** 1-based file (side or upload) of the document, and 1-based page within it. */
  file: z.number().int(),
  page: z.number().int(),
  box: FieldBox.optional(),
  /** 0–1: the OCR line's confidence, 1 for a text layer, the zone's for the MRZ. */
  confidence: z.number(),
  source: FieldSource,
  /** The reader that found it (`readers.ts`). */
  reader: z.string(),
  /** The text as printed. */
  text: z.string().optional(),
};

/** A value read as printed: a name, an address, a number. */
const named = <N extends string>(name: N) => z.object({ name: z.literal(name), value: z.string(), ...place });

export const ReadField = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('date'),
    value: z.string(),
    role: z.enum(DATE_ROLES).optional(),
    /** Where it starts in the document's text: the order the dates were printed in. */
    at: z.number().int(),
    ...place,
  }),
  z.object({
    name: z.literal('identifier'),
    kind: z.enum(IDENTIFIER_KINDS),
    value: z.string(),
    labelled: z.boolean(),
    at: z.number().int(),
    ...place,
  }),
  z.object({
    name: z.literal('page_marker'),
    value: z.string(),
    number: z.number().int(),
    total: z.number().int(),
    ...place,
  }),
  z.object({ name: z.literal('id_side'), value: z.enum(ID_SIDES), ...place }),
  z.object({ name: z.literal('validity_term'), value: z.literal('long_term'), ...place }),
  named('holder_name'),
  named('representative'),
  named('legal_name'),
  named('address'),
  named('document_number'),
]);
export type ReadField = z.infer<typeof ReadField>;
export type FieldOf<N extends ReadField['name']> = Extract<ReadField, { name: N }>;

export const ReadPage = z.object({
  file: z.number().int(),
  page: z.number().int(),
  source: z.enum(['text_layer', 'ocr', 'none']),
  /** OCR confidence 0–100; absent for the text layer. */
  confidence: z.number().optional(),
  text: z.string(),
  /** How a photo was turned to be read: taken sideways, upside down or mirrored (`image.orientation.ts`). */
  turned: z
    .object({
      degrees: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
      mirrored: z.boolean(),
    })
    .optional(),
  /** A page rendered from a scanned PDF and read by OCR: its sharpness, measured as an image's. */
  sharpness: z.number().optional(),
  /** Degrees the page's lines were tilted as given: as the page reader levelled it, or the zone reader deskewed it. */
  skew: z.number().optional(),
  /** Lines with 汉字 OCR read unsure (symbol confidence under 90): the line without spaces, their positions. */
  unsure: z.array(z.object({ text: z.string(), at: z.array(z.number().int()) })).optional(),
});
export type ReadPage = z.infer<typeof ReadPage>;

/** The machine-readable zone, after the printed page has vouched for (or against) its digits. */
export const ReadZone = z.object({
  format: z.string(),
  lines: z.array(z.string()),
  /** Who read the lines: the photo reader, the extraction's band, or the text. */
  read: z.enum(['photo', 'extraction', 'text']),
  /** The photo reader's reading with its check digits and confidence, when it read the zone. */
  photo: z.custom<ZoneReading>((value) => typeof value === 'object' && value !== null).optional(),
  /** The expiry as printed in the zone (`YYMMDD`), when its check digit holds or nothing better is known. */
  expiry: z.string().optional(),
});
export type ReadZone = z.infer<typeof ReadZone>;

const text = z.string().optional();

/** What was read from one file besides its text: its type, its image measures, its metadata. */
export const ReadFile = z.object({
  name: z.string(),
  sha256: z.string(),
  /** The same bytes as an earlier file of the document: not read again. */
  duplicate: z.boolean().optional(),
  /** Why the file could not be opened (`file_too_large`, `unsupported_type`, …). */
  failure: z.object({ code: z.string(), reason: z.string() }).optional(),
  mime: z.string().optional(),
  kind: z.string().optional(),
  image: z.custom<ImageMetrics>((value) => typeof value === 'object' && value !== null).optional(),
  pdf: z
    .object({
      activeContent: z.array(z.string()),
      metadata: z.object({
        producer: text,
        creator: text,
        title: text,
        author: text,
        createdAt: text,
        modifiedAt: text,
      }),
      /** The file's saves when it holds incremental updates (`extract/pdf.revisions.ts`). */
      revisions: z.custom<PdfRevisions>((value) => typeof value === 'object' && value !== null).optional(),
    })
    .optional(),
  exif: z
    .object({ make: text, model: text, software: text, modifiedAt: text, takenAt: text, digitizedAt: text })
    .optional(),
  unavailableLanguages: z.array(z.object({ language: z.string(), reason: z.string() })),
});
export type ReadFile = z.infer<typeof ReadFile>;

export const DocumentReading = z.object({
  type: z.enum(DOCUMENT_TYPES),
  variant: z.string().optional(),
  /** The issuing country (ISO alpha-2) as far as the seller's registration says. */
  country: z.string().optional(),
  script: z.enum(['han', 'latin']),
  /** The document's files (its pages or sides), in order; `file` in a field counts in these. */
  files: z.array(ReadFile),
  /** The readers that ran, in order. */
  readers: z.array(z.string()),
  pages: z.array(ReadPage),
  fields: z.array(ReadField),
  zone: ReadZone.optional(),
  /** The photo reader searched the whole image for a zone and found none. */
  zoneSearched: z.boolean(),
});
export type DocumentReading = z.infer<typeof DocumentReading>;

export const fieldsNamed = <N extends ReadField['name']>(reading: DocumentReading, name: N): FieldOf<N>[] =>
  reading.fields.filter((f): f is FieldOf<N> => f.name === name);

/** The document's text, every page in order: what the consistency locator searches. */
export const readingText = (reading: Pick<DocumentReading, 'pages'>): string =>
  reading.pages
    .filter((p) => p.source !== 'none')
    .map((p) => p.text)
    .join('\n');
