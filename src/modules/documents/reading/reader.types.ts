import type { DocumentType } from '../../sellers/index.js';
import type { Extraction } from '../extract/index.js';
import type { FieldBox, ReadField, ReadPage, ReadZone } from './reading.schema.js';

/** One OCR line placed on its page, its box as shares of the page image. */
export interface PlacedLine {
  readonly file: number;
  readonly page: number;
  readonly text: string;
  /** 0–1. */
  readonly confidence: number;
  readonly box: FieldBox;
}

/** What every reader is given: the extraction of each file of one document, and what is known of it. */
export interface ReaderInput {
  readonly type: DocumentType;
  readonly variant?: string | undefined;
  readonly country?: string | undefined;
  readonly script: 'han' | 'latin';
  readonly pages: readonly ReadPage[];
  readonly lines: readonly PlacedLine[];
  /** Every page's text in order (`readingText`); `at` offsets count in it. */
  readonly text: string;
  /** The files' extractions, in order (for the zone). */
  readonly extractions: readonly Extraction[];
}

/** Where a field was found, to be spread into it. */
export type Placement = Pick<
  ReadField,
  'file' | 'page' | 'box' | 'confidence' | 'source' | 'reader' | 'text'
>;

interface ReaderOutput {
  readonly fields: readonly ReadField[];
  readonly zone?: ReadZone;
  readonly zoneSearched?: boolean;
}

/**
 * A document reader: which documents it reads (by type, script, country) and the pure function
 * that turns their text, OCR lines and zone into fields. `readers.ts` is the one list.
 */
export interface DocumentReader {
  readonly name: string;
  /** What it reads, for the docs and the registry table. */
  readonly reads: string;
  readonly appliesTo: (input: ReaderInput) => boolean;
  readonly read: (input: ReaderInput) => ReaderOutput;
}
