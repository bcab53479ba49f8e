import { type IdentifierValidity, mrzCheckDigit } from '../../matching/index.js';
import type { FieldOf } from '../reading/reading.schema.js';

/**
 * Whether a checksummed identifier that fails (an IBAN, a USCC, a PRC ID number) may be OCR's
 * misreading of a valid one, so that the failure warns instead of failing (issue 12: a verdict
 * that rests on OCR fails only when OCR was sure). Only OCR'd values: a text layer is exact.
 * - The line it was read from was read below `IDENTIFIER_READ_CONFIDENTLY`; or
 * - one character changed for a look-alike OCR is known to give makes it valid (`misreadOf`); or
 * - one character taken out makes it valid: OCR read a stroke or a speck as a character of its
 *   own (`91440101MA1LBMQ7UXM` for `91440101MA1BMQ7UXM`, seed 61 #33). Only a value one longer
 *   than its kind's length can pass this way.
 * A checksum catches every single wrong character, so a one-character variant that validates is
 * strong evidence of a misread for a value that was printed valid. The price: a value printed
 * invalid (made up) has a valid look-alike variant by chance (an IBAN has ~50 of them, each valid
 * with a chance of 1/97), so such a value OCR'd warns about as often as it fails.
 */
const IDENTIFIER_READ_CONFIDENTLY = 0.6;

/** Characters tesseract gives for one another in printed numbers and codes. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '0': '86OD',
  '1': '7IL',
  '2': 'Z7',
  '3': '85',
  '5': '63S',
  '6': '58G0',
  '7': '12',
  '8': '360B',
  '9': '8',
  O: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
};

export type Misread = { ocrConfidence: number } | { misreadOf: string };

export function misreadOf(
  field: Pick<FieldOf<'identifier'>, 'source' | 'confidence'>,
  value: string,
  validate: (raw: string) => IdentifierValidity,
): Misread | undefined {
  if (field.source !== 'ocr') return undefined;
  if (field.confidence < IDENTIFIER_READ_CONFIDENTLY) return { ocrConfidence: field.confidence };
  for (let i = 0; i < value.length; i++)
    for (const other of LOOKALIKES[value[i]!] ?? '') {
      const variant = `${value.slice(0, i)}${other}${value.slice(i + 1)}`;
      if (validate(variant).isValid) return { misreadOf: variant };
    }
  for (let i = 0; i < value.length; i++) {
    const variant = `${value.slice(0, i)}${value.slice(i + 1)}`;
    if (validate(variant).isValid) return { misreadOf: variant };
  }
  return undefined;
}

/**
 * A number the zone gives one character off the registered one, the two characters of one value
 * to the zone's check digit (`9`, `J`, `T`; `0`, `A`, `K`, `U`; ...): the digit holds for both, so
 * it cannot tell which was printed. Held-out seed 131 #45: a passport's `CW9MGW94W`, its `9` read
 * `O` on the page and in the zone, was put right as `CWJMGW94W` by a cell read alone, which the
 * check digit accepted as it would the `9`.
 */
export function isCheckDigitTwin(read: string, registered: string): boolean {
  const wanted = registered.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (read.length !== wanted.length || read === wanted) return false;
  const differing = [...read].filter((char, at) => char !== wanted[at]).length;
  const digit = mrzCheckDigit(read);
  return differing === 1 && digit !== undefined && digit === mrzCheckDigit(wanted);
}
