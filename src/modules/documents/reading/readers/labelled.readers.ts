import { placeText } from '../place.js';
import type { DocumentReader, ReaderInput } from '../reader.types.js';
import type { ReadField } from '../reading.schema.js';

/** Readers of values a document prints after a label: holder, representative, term, 名称, 住所. */

type LabelledName = 'holder_name' | 'representative' | 'legal_name' | 'address';

/** One field per match of `pattern`: its first non-empty capture, placed where it was printed. */
const labelled = (input: ReaderInput, reader: string, name: LabelledName, pattern: RegExp): ReadField[] => {
  const m = pattern.exec(input.text);
  const value = m
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.trim();
  if (!m || !value) return [];
  return [{ name, value, ...placeText(input, reader, value, (m.index ?? 0) + m[0].indexOf(value)) }];
};

const HOLDER =
  /^\s*(?:姓\s*名|(?:full )?name|surname\s*\/\s*given names?)[:：\s]+([^\n]+)|^\s*surname[:：\s]+([^\n]+)\n\s*given names?[:：\s]+([^\n]+)/im;

/** The holder's name as labelled on an ID (`Name`, `Surname / Given names`, 姓名). */
export const idHolderReader: DocumentReader = {
  name: 'id-holder',
  reads: "an ID's labelled holder name (Name, Surname + Given names, 姓名)",
  appliesTo: (input) => input.type === 'government_id',
  read: (input) => {
    const m = HOLDER.exec(input.text);
    if (!m) return { fields: [] };
    const value = (m[1] ?? `${m[2] ?? ''} ${m[3] ?? ''}`).trim();
    if (!value) return { fields: [] };
    const printed = m[1] ?? m[2] ?? value;
    return {
      fields: [
        {
          name: 'holder_name',
          value,
          ...placeText(input, 'id-holder', printed.trim(), m.index + m[0].indexOf(printed)),
        },
      ],
    };
  },
};

/** A PRC resident card's 住址 (address), printed after its label, often over two lines. */
export const prcResidentIdReader: DocumentReader = {
  name: 'prc-resident-id',
  reads:
    '居民身份证: 住址 (address); the name, number and 有效期限 come from the holder, identifier and term readers',
  appliesTo: (input) => input.type === 'government_id' && input.script === 'han',
  read: (input) => ({ fields: labelled(input, 'prc-resident-id', 'address', /住\s*址[:：\s]*([^\n]+)/) }),
};

/** The legal representative on a licence (法定代表人, 负责人, 经营者, legal representative). */
export const licenceReader: DocumentReader = {
  name: 'licence',
  reads: "a business licence's legal representative (法定代表人 / 负责人 / 经营者 / Legal representative)",
  appliesTo: (input) => input.type === 'business_license',
  read: (input) => ({
    fields: labelled(
      input,
      'licence',
      'representative',
      /(?:法定代表人|负责人|经营者|legal representative)[:：\s]*([^\n]+)/i,
    ),
  }),
};

/** 营业执照: 名称 (the company's name) and 住所 (its registered address); the USCC is an identifier. */
export const chineseLicenceReader: DocumentReader = {
  name: 'cn-business-licence',
  reads:
    '营业执照: 名称 (legal name), 住所 / 经营场所 (address); 统一社会信用代码 via the identifiers reader, 营业期限 via the dates and term readers',
  appliesTo: (input) => input.type === 'business_license' && input.script === 'han',
  read: (input) => ({
    fields: [
      ...labelled(input, 'cn-business-licence', 'legal_name', /名\s*称[:：\s]*([^\n]+)/),
      ...labelled(input, 'cn-business-licence', 'address', /(?:住\s*所|经营场所)[:：\s]*([^\n]+)/),
    ],
  }),
};

const LONG_TERM =
  /(?:至|[-–—~～])\s*长期|长期有效|(?:营业期限|有效期限)[:：\s]*长期|long[- ]term|no expiry|indefinite|permanent(?:ly valid)?/i;

/** A term with no end: 长期 on a licence's 营业期限 or a PRC card's 有效期限, "long-term", "no expiry". */
export const validityTermReader: DocumentReader = {
  name: 'validity-term',
  reads: 'a validity with no end date (长期, long-term, no expiry, indefinite, permanent)',
  appliesTo: (input) => input.type === 'government_id' || input.type === 'business_license',
  read: (input) => {
    const m = LONG_TERM.exec(input.text);
    if (!m) return { fields: [] };
    return {
      fields: [
        { name: 'validity_term', value: 'long_term', ...placeText(input, 'validity-term', m[0], m.index) },
      ],
    };
  },
};
