import { fieldsNamed } from '../reading/reading.schema.js';
import { checkEditorSoftware, checkTimestamps } from './authenticity.check.js';
import { defineCheck, messagesOf } from './check.definition.js';
import type { CheckItem } from './check.types.js';
import { hasText, pickIssueDate } from './validity.check.js';

/**
 * The authenticity items that read a file's metadata: an editor in the PDF's Producer/Creator or
 * the EXIF Software, and timestamps that contradict the issue date the document prints. (Reuse
 * of another seller's file needs the database and runs beside the registry, in preflight.)
 */
export const metadataCheck = defineCheck({
  id: 'authenticity_metadata',
  group: 'authenticity',
  codes: messagesOf(
    'NO_EDITOR_SOFTWARE',
    'EDITOR_SOFTWARE',
    'TIMESTAMPS_CONSISTENT',
    'TIMESTAMPS_INCONSISTENT',
  ),
  check: (reading, rules) => {
    const issuedOn = hasText(reading)
      ? pickIssueDate(fieldsNamed(reading, 'date'), rules.asOf)?.value
      : undefined;
    return reading.files.flatMap((file): CheckItem[] => {
      if (file.duplicate || file.failure) return [];
      const metadata = { file: file.name, pdf: file.pdf?.metadata, exif: file.exif };
      const timestamps = checkTimestamps({ ...metadata, asOf: rules.asOf, issuedOn });
      return [checkEditorSoftware({ ...metadata, type: reading.type }), ...(timestamps ? [timestamps] : [])];
    });
  },
});
