import type { DocumentReader, ReaderInput } from './reader.types.js';
import { identifiersReader } from './readers/identifiers.reader.js';
import { idSidesReader, mrzReader } from './readers/identity.readers.js';
import {
  chineseLicenceReader,
  idHolderReader,
  licenceReader,
  prcResidentIdReader,
  validityTermReader,
} from './readers/labelled.readers.js';
import { datesReader, pageMarkersReader } from './readers/printed.readers.js';
import { statementHolderReader } from './readers/statement.reader.js';

/**
 * The one list of document readers. Each says which documents it reads (type, script); the
 * registry runs every reader that applies, in this order, and the checks read what they found.
 */
const DOCUMENT_READERS: readonly DocumentReader[] = [
  mrzReader,
  idSidesReader,
  idHolderReader,
  prcResidentIdReader,
  licenceReader,
  chineseLicenceReader,
  statementHolderReader,
  validityTermReader,
  datesReader,
  identifiersReader,
  pageMarkersReader,
];

/** The readers for a document, by its type and the script it is written in. */
export const readersFor = (input: ReaderInput): DocumentReader[] =>
  DOCUMENT_READERS.filter((reader) => reader.appliesTo(input));
