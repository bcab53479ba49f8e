import type { DocumentType } from '../../sellers/index.js';
import type { Extraction } from '../extract/index.js';
import { readDocument } from './read-document.js';
import { withoutFillers } from './readers/identity.readers.js';
import { DocumentReading } from './reading.schema.js';

/** A reading stored before readings had fields: the document's text and the zone's holder name. */
interface LegacyReading {
  type: DocumentType;
  text: string;
  idHolder?: { lastName?: string; firstName?: string };
}

const isLegacy = (value: unknown): value is LegacyReading =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { text?: unknown }).text === 'string' &&
  typeof (value as { type?: unknown }).type === 'string';

/**
 * A stored reading as the checks read it. Documents checked before readings had fields kept
 * their text: that text is read again by the same readers (as a text layer), the zone's holder
 * name kept first. Anything else is no reading.
 */
export function readStoredReading(stored: unknown): DocumentReading | undefined {
  const parsed = DocumentReading.safeParse(stored);
  if (parsed.success) return parsed.data;
  if (!isLegacy(stored)) return undefined;
  const extraction: Extraction = {
    type: { kind: 'pdf', mime: 'application/pdf' } as Extraction['type'],
    pages: [{ page: 1, source: 'text_layer', text: stored.text }],
    mrz: null,
    unavailableLanguages: [],
    ocrFailures: [],
  };
  const reading = readDocument({ type: stored.type, files: [{ name: 'stored', sha256: '', extraction }] });
  const holder = stored.idHolder?.lastName
    ? withoutFillers(`${stored.idHolder.lastName} ${stored.idHolder.firstName ?? ''}`)
    : undefined;
  if (!holder) return reading;
  return {
    ...reading,
    fields: [
      {
        name: 'holder_name',
        value: holder,
        file: 1,
        page: 1,
        confidence: 1,
        source: 'mrz',
        reader: 'stored',
      },
      ...reading.fields,
    ],
  };
}
