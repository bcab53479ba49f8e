import { type CheckItem, checkItem } from './check.types.js';
import type { CheckCode } from './messages.js';

/**
 * The confidence rule (issue 12): a verdict that rests on text OCR was not sure of is not a fail.
 * When every page a document's text came from was OCR'd below OCR_CONFIDENT_AT, the items that a
 * misread alone can fail (a value not found, a checksum, a format) become warnings, and one
 * `OCR_NOT_CONFIDENT` item says why and asks for a clearer copy. Text-layer pages are exact.
 * The image-quality items (blur, resolution) still fail a bad photo on their own. An item
 * `confirmedBy` a checksum (an ID number that holds its own check digit and is another) stays a fail.
 */
const OCR_CONFIDENT_AT = 55;

const MISREAD_CAN_FAIL: ReadonlySet<string> = new Set<CheckCode>([
  'ID_EXPIRY_NOT_FOUND',
  'ISSUE_DATE_NOT_FOUND',
  'USCC_CHECKSUM',
  'PRC_ID_CHECKSUM',
  'IBAN_CHECKSUM',
  'EIN_FORMAT',
  'EU_VAT_FORMAT',
  'UK_COMPANY_NUMBER_FORMAT',
  'FIELD_NOT_FOUND',
]);

/** Where a document's text came from: the exact text layer, or OCR with its lowest page confidence. */
export type TextSource = { source: 'text_layer' } | { source: 'ocr'; confidence: number };

export function textSourceOf(
  pages: readonly { source: 'text_layer' | 'ocr'; confidence?: number }[],
): TextSource {
  const ocr = pages.filter((page) => page.source === 'ocr');
  if (ocr.length === 0 || ocr.length < pages.length) return { source: 'text_layer' };
  return { source: 'ocr', confidence: Math.round(Math.min(...ocr.map((page) => page.confidence ?? 0))) };
}

export function applyOcrConfidence(
  checks: readonly CheckItem[],
  source: TextSource,
  misreadCanFail: ReadonlySet<string> = MISREAD_CAN_FAIL,
): CheckItem[] {
  if (source.source !== 'ocr' || source.confidence >= OCR_CONFIDENT_AT) return [...checks];
  const softened: string[] = [];
  const out = checks.map((check) => {
    // A value whose own check digit held was read right, however unsure the page was.
    if (check.status !== 'fail' || !misreadCanFail.has(check.code) || check.evidence.confirmedBy)
      return check;
    softened.push(check.code);
    return {
      ...check,
      status: 'warn' as const,
      evidence: { ...check.evidence, ocrConfidence: source.confidence },
    };
  });
  if (softened.length > 0)
    out.push(
      checkItem(
        'integrity',
        'OCR_NOT_CONFIDENT',
        'warn',
        { confidence: source.confidence, confidentAt: OCR_CONFIDENT_AT, softened },
        { confidence: source.confidence },
      ),
    );
  return out;
}
