import { describe, expect, it } from 'vitest';
import { mrzCheckDigit, verifyMrz } from '../../matching/index.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import type { FieldOf, IdentifierKind, ReadZone } from '../reading/reading.schema.js';
import { checkItem } from './check.types.js';
import { checkIdentifiers, checkMrz, identifiersCheck } from './identifiers.check.js';

// The identifier items as preflight stores them, every field of each: code, status, group,
// message parameters and the evidence a reviewer reads. The inputs are built here (not read
// from text), so that each branch of the check is reached on purpose.

const USCC = '91440300MA5FQ2KX4M';

const found = (kind: IdentifierKind, value: string, at: number, labelled = true): FieldOf<'identifier'> => ({
  name: 'identifier',
  kind,
  value,
  labelled,
  at,
  file: 1,
  page: 1,
  confidence: 1,
  source: 'text_layer',
  reader: 'test',
});

const codes = (items: readonly { code: string; status: string }[]) =>
  items.map((item) => `${item.code}:${item.status}`);

describe('each identifier kind', () => {
  it('passes a valid value of each kind with its value, and fails an invalid one with its failure', () => {
    const cases: [IdentifierKind, string, string, string, string, 'format' | 'checksum'][] = [
      ['prc_id', '11010519491231002X', 'PRC_ID_VALID', '110105194912310021', 'PRC_ID_CHECKSUM', 'checksum'],
      ['uscc', USCC, 'USCC_VALID', '91440300MA5FQ2KX4N', 'USCC_CHECKSUM', 'checksum'],
      ['iban', 'GB33BUKB20201555555555', 'IBAN_VALID', 'GB33BUKB20201555555556', 'IBAN_CHECKSUM', 'checksum'],
      ['ein', '12-3456789', 'EIN_VALID', '00-3456789', 'EIN_FORMAT', 'format'],
      ['eu_vat', 'DE136695976', 'EU_VAT_VALID', 'DE13669597', 'EU_VAT_FORMAT', 'format'],
      [
        'uk_company_number',
        '08123456',
        'UK_COMPANY_NUMBER_VALID',
        'XX123456',
        'UK_COMPANY_NUMBER_FORMAT',
        'format',
      ],
    ];
    for (const [kind, good, pass, bad, fail, failure] of cases) {
      const [passed] = checkIdentifiers({ identifiers: [found(kind, good, 0)] });
      const value = passed?.evidence.value as string;
      expect(passed).toEqual(
        checkItem(
          'identifiers',
          pass as 'USCC_VALID',
          'pass',
          { kind, text: good, value, labelled: true, failure: undefined },
          { value },
        ),
      );
      const [failed] = checkIdentifiers({ identifiers: [found(kind, bad, 0, false)] });
      expect(failed).toMatchObject({ code: fail, status: 'fail', group: 'identifiers' });
      expect(failed?.evidence).toEqual({
        kind,
        text: bad,
        value: failed?.evidence.value,
        labelled: false,
        failure,
      });
      expect(failed?.message.en).toContain(String(failed?.evidence.value));
    }
  });

  it('gives the value without spaces or dashes, and the text as printed but trimmed', () => {
    const [item] = checkIdentifiers({ identifiers: [found('iban', ' GB33 BUKB 2020 1555 5555 55 ', 0)] });
    expect(item?.evidence).toMatchObject({
      text: 'GB33 BUKB 2020 1555 5555 55',
      value: 'GB33BUKB20201555555555',
    });
    expect(item?.message.en).toBe('The IBAN GB33BUKB20201555555555 is valid.');
    const [ein] = checkIdentifiers({ identifiers: [found('ein', '12-3456789', 0)] });
    expect(ein?.message.en).toBe('The EIN 123456789 is well formed.');
  });

  it('reads the letters OCR gives for the digits of a USCC as those digits, in either case', () => {
    const misread = '9I44O3OOMASFQZKX4m';
    expect(checkIdentifiers({ identifiers: [found('uscc', misread, 0)] })[0]).toMatchObject({
      code: 'USCC_VALID',
      status: 'pass',
      evidence: { text: misread, value: USCC },
    });
    for (const [digit, letter] of [
      ['0', 'O'],
      ['1', 'I'],
      ['5', 'S'],
      ['2', 'Z'],
    ] as const) {
      const one = USCC.replace(digit, letter);
      expect(one).not.toBe(USCC);
      expect(checkIdentifiers({ identifiers: [found('uscc', one, 0)] })[0]?.evidence.value).toBe(USCC);
    }
  });
});

describe('which finds are checked', () => {
  it('checks a value once, however often it is printed, but the same value as two kinds twice', () => {
    const items = checkIdentifiers({
      identifiers: [
        found('iban', 'GB33BUKB20201555555555', 0),
        found('iban', 'GB33 BUKB 2020 1555 5555 55', 40),
        found('uk_company_number', '08123456', 80),
        found('eu_vat', '08123456', 100),
      ],
    });
    expect(codes(items)).toEqual(['IBAN_VALID:pass', 'UK_COMPANY_NUMBER_VALID:pass', 'EU_VAT_FORMAT:fail']);
  });

  it('skips a find inside one already checked, and keeps one that only touches it', () => {
    const first = found('uk_company_number', '08123456', 10); // characters 10–17
    const inside = (at: number) => found('ein', '12-3456789', at);
    expect(codes(checkIdentifiers({ identifiers: [first, inside(17)] }))).toEqual([
      'UK_COMPANY_NUMBER_VALID:pass',
    ]);
    expect(codes(checkIdentifiers({ identifiers: [first, inside(18)] }))).toEqual([
      'UK_COMPANY_NUMBER_VALID:pass',
      'EIN_VALID:pass',
    ]);
    // ends at 10 (0–9): touches the first find's start without overlapping it
    expect(codes(checkIdentifiers({ identifiers: [first, inside(0)] }))).toEqual([
      'UK_COMPANY_NUMBER_VALID:pass',
      'EIN_VALID:pass',
    ]);
    expect(codes(checkIdentifiers({ identifiers: [first, inside(1)] }))).toEqual([
      'UK_COMPANY_NUMBER_VALID:pass',
    ]);
    // a find that spans the first from end to end
    expect(
      codes(checkIdentifiers({ identifiers: [first, found('iban', 'GB33BUKB20201555555555', 5)] })),
    ).toEqual(['UK_COMPANY_NUMBER_VALID:pass']);
  });

  it('reads an unlabelled 18-character code that is a valid USCC as a USCC, not a failing PRC ID', () => {
    const ambiguous = [found('prc_id', USCC, 0, false), found('uscc', USCC, 0, false)];
    expect(codes(checkIdentifiers({ identifiers: ambiguous }))).toEqual(['USCC_VALID:pass']);
    const labelled = [found('prc_id', USCC, 0, true), found('uscc', USCC, 0, false)];
    expect(codes(checkIdentifiers({ identifiers: labelled }))).toEqual(['PRC_ID_CHECKSUM:fail']);
    const valid = [found('prc_id', '11010519491231002X', 0, false), found('uscc', USCC, 0, false)];
    expect(codes(checkIdentifiers({ identifiers: valid }))).toEqual(['PRC_ID_VALID:pass']);
    // only a PRC ID gives way to a USCC
    const iban = [found('iban', USCC, 0, false), found('uscc', USCC, 0, false)];
    expect(codes(checkIdentifiers({ identifiers: iban }))).toEqual(['IBAN_CHECKSUM:fail']);
    const notUscc = [found('prc_id', '91440300MA5FQ2KX4N', 0, false), found('uscc', USCC, 0, false)];
    expect(codes(checkIdentifiers({ identifiers: notUscc }))).toEqual(['PRC_ID_CHECKSUM:fail']);
  });
});

describe('a registered code printed with an OCR slip', () => {
  const slipped = (value: string, registered: readonly string[]) =>
    checkIdentifiers({ identifiers: [found('uscc', value, 0)], registered });

  it('warns, naming the registered code, up to two slips; fails from three', () => {
    const one = slipped('91440300MA5FQ2KX4N', [USCC]);
    expect(one).toEqual([
      checkItem(
        'identifiers',
        'USCC_CHECKSUM',
        'warn',
        {
          kind: 'uscc',
          text: '91440300MA5FQ2KX4N',
          value: '91440300MA5FQ2KX4N',
          labelled: true,
          failure: 'checksum',
          misreadOf: USCC,
        },
        { value: '91440300MA5FQ2KX4N' },
      ),
    ]);
    expect(codes(slipped('91440300MA5FQ2KW4N', [USCC]))).toEqual(['USCC_CHECKSUM:warn']);
    expect(codes(slipped('91440300MA5FQ3KW4N', [USCC]))).toEqual(['USCC_CHECKSUM:fail']);
  });

  it('looks through every registered code, but only those valid themselves', () => {
    expect(codes(slipped('91440300MA5FQ2KX4N', ['08123456', USCC]))).toEqual(['USCC_CHECKSUM:warn']);
    expect(slipped('91440300MA5FQ2KX4N', ['08123456', USCC])[0]?.evidence.misreadOf).toBe(USCC);
    // registered with the same slip: not a valid code, so no witness
    expect(codes(slipped('91440300MA5FQ2KX4N', ['91440300MA5FQ2KX4N']))).toEqual(['USCC_CHECKSUM:fail']);
    expect(codes(slipped('91440300MA5FQ2KX4N', []))).toEqual(['USCC_CHECKSUM:fail']);
  });

  it('does not mark a valid code as a misread', () => {
    const [item] = slipped(USCC, [USCC]);
    expect(item?.status).toBe('pass');
    expect(item?.evidence).not.toHaveProperty('misreadOf');
  });
});

// ---- the machine-readable zone ----

/** A TD3 zone (passport) built with its check digits. */
function td3(
  document = 'L898902C3',
  birth = '740812',
  expiry = '320415',
  personal = 'ZE184226B<<<<<',
): string[] {
  const doc = `${document}${mrzCheckDigit(document)}`;
  const b = `${birth}${mrzCheckDigit(birth)}`;
  const e = `${expiry}${mrzCheckDigit(expiry)}`;
  const p = `${personal}${mrzCheckDigit(personal)}`;
  const composite = mrzCheckDigit(`${doc}${b}${e}${p}`);
  return ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', `${doc}UTO${b}F${e}${p}${composite}`];
}
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
const TD1_LONG = [
  'IDFRAAB12CD34E<F560<<<<<<<<<<<',
  '8503024F3102019FRA<<<<<<<<<<<4',
  'MUELLER<<ANNA<MARIA<<<<<<<<<<<',
];

const put = (lines: readonly string[], line: number, at: number, char: string): string[] =>
  lines.map((l, i) => (i === line ? `${l.slice(0, at)}${char}${l.slice(at + 1)}` : l));
const extracted = (lines: readonly string[]): ReadZone => ({
  format: '',
  lines: [...lines],
  read: 'extraction',
});
const mrzOf = (lines: readonly string[], expectMrz?: boolean) =>
  checkMrz({ identifiers: [], zone: extracted(lines), ...(expectMrz !== undefined ? { expectMrz } : {}) });

describe('the zone as the extraction read it', () => {
  it('passes a zone whose digits add up, with its format, digits, fields and lines as evidence', () => {
    const lines = td3();
    const verified = verifyMrz(lines);
    expect(mrzOf(lines)).toEqual({
      mrz: verified,
      check: checkItem(
        'identifiers',
        'MRZ_VALID',
        'pass',
        { format: 'TD3', checkDigits: verified.checkDigits, fields: verified.fields, lines },
        { format: 'TD3' },
      ),
    });
    expect(mrzOf(TD2).check?.message.en).toBe('The machine-readable zone (TD2) is consistent.');
    expect(mrzOf(TD1).check?.code).toBe('MRZ_VALID');
  });

  it('fails a wrong digit, naming each failing field, and lists every failed digit', () => {
    const lines = put(put(td3(), 1, 19, '0'), 1, 9, '0');
    const { check, mrz } = mrzOf(lines);
    expect(check).toEqual(
      checkItem(
        'identifiers',
        'MRZ_CHECK_DIGIT',
        'fail',
        {
          format: 'TD3',
          checkDigits: mrz?.checkDigits,
          fields: mrz?.fields,
          lines,
          failed: ['documentNumberCheckDigit', 'birthDateCheckDigit', 'compositeCheckDigit'],
        },
        { fields: 'document number, date of birth, composite' },
      ),
    );
  });

  it('fails a wrong personal number digit, whose place it does not look up', () => {
    const lines = put(td3(), 1, 42, '0');
    const { check } = mrzOf(lines);
    expect(check).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: { failed: ['personalNumberCheckDigit', 'compositeCheckDigit'] },
    });
    expect(check?.message.en).toContain('(personal number, composite)');
    expect(check?.evidence).not.toHaveProperty('unread');
  });

  it('warns on the composite digit alone, as a misread', () => {
    const lines = put(td3(), 1, 43, '0');
    const { check } = mrzOf(lines);
    expect(check?.status).toBe('warn');
    expect(check?.evidence).toMatchObject({ failed: ['compositeCheckDigit'], misread: true });
    expect(check?.evidence).not.toHaveProperty('unread');
    expect(check?.message.en).toContain('(composite)');
  });

  it('warns on a letter where any check digit of any format sits (not read), and fails a wrong digit there', () => {
    const places: [string, readonly string[], number, number, string][] = [
      ['TD3', td3(), 1, 9, 'documentNumberCheckDigit'],
      ['TD3', td3(), 1, 19, 'birthDateCheckDigit'],
      ['TD3', td3(), 1, 27, 'expirationDateCheckDigit'],
      ['TD2', TD2, 1, 9, 'documentNumberCheckDigit'],
      ['TD2', TD2, 1, 19, 'birthDateCheckDigit'],
      ['TD2', TD2, 1, 27, 'expirationDateCheckDigit'],
      ['TD1', TD1, 0, 14, 'documentNumberCheckDigit'],
      ['TD1', TD1, 1, 6, 'birthDateCheckDigit'],
      ['TD1', TD1, 1, 14, 'expirationDateCheckDigit'],
    ];
    for (const [format, lines, line, at, field] of places) {
      const original = lines[line]![at]!;
      const letter = mrzOf(put(lines, line, at, 'A')).check;
      expect(letter?.evidence.format, `${format} ${field}`).toBe(format);
      expect(letter?.status, `${format} ${field} as a letter`).toBe('warn');
      expect(letter?.evidence.unread, `${format} ${field}`).toEqual([field]);
      expect(letter?.evidence.misread).toBe(true);
      const wrong = mrzOf(put(lines, line, at, String((Number(original) + 1) % 10))).check;
      expect(wrong?.status, `${format} ${field} wrong`).toBe('fail');
      expect(wrong?.evidence).not.toHaveProperty('misread');
      expect(wrong?.evidence).not.toHaveProperty('unread');
    }
  });

  it('says which composite digit was not read, in each format', () => {
    const places: [readonly string[], number, number][] = [
      [td3(), 1, 43],
      [TD2, 1, 35],
      [TD1, 1, 29],
    ];
    for (const [lines, line, at] of places) {
      const check = mrzOf(put(lines, line, at, 'A')).check;
      expect(check?.status).toBe('warn');
      expect(check?.evidence.unread).toEqual(['compositeCheckDigit']);
    }
  });

  it('finds the check digit of a long TD1 document number at the end of the optional data', () => {
    expect(mrzOf(TD1_LONG).check?.code).toBe('MRZ_VALID');
    const letter = mrzOf(put(TD1_LONG, 0, 18, 'A')).check;
    expect(letter).toMatchObject({ status: 'warn', evidence: { unread: ['documentNumberCheckDigit'] } });
    const wrong = mrzOf(put(TD1_LONG, 0, 18, '3')).check;
    expect(wrong).toMatchObject({ status: 'fail' });
    expect(wrong?.evidence).not.toHaveProperty('unread');
    // a filler read where another field's digit sits is a digit not read, whatever the optional data holds
    const filler = mrzOf(put(TD1, 1, 6, '<')).check;
    expect(filler).toMatchObject({ status: 'warn', evidence: { unread: ['birthDateCheckDigit'] } });
    // a digit further right in the optional data ends the number there
    const further = mrzOf(put(put(TD1_LONG, 0, 18, 'A'), 0, 20, '7')).check;
    expect(further?.status).toBe('fail');
  });

  it('asks for a zone an ID should have, with the lines it could not read', () => {
    expect(checkMrz({ identifiers: [] })).toEqual({});
    expect(checkMrz({ identifiers: [], expectMrz: false })).toEqual({});
    expect(checkMrz({ identifiers: [], expectMrz: true })).toEqual({
      check: checkItem('identifiers', 'MRZ_UNREADABLE', 'warn', { lines: [] }),
    });
    const garbage = ['P<UTO NOT A ZONE', 'L898902C3'];
    expect(mrzOf(garbage, true)).toEqual({
      check: checkItem('identifiers', 'MRZ_UNREADABLE', 'warn', { lines: garbage }),
    });
    expect(mrzOf(garbage, false)).toEqual({});
  });

  it('says no zone was found when the whole photo was searched, unless the extraction read one', () => {
    const notFound = checkItem('identifiers', 'MRZ_NOT_FOUND', 'warn', {
      searched: 'whole image, four turns',
    });
    expect(checkMrz({ identifiers: [], zoneSearched: true })).toEqual({ check: notFound });
    expect(
      checkMrz({ identifiers: [], zoneSearched: true, zone: { format: '', lines: td3(), read: 'text' } }),
    ).toEqual({ check: notFound });
    expect(checkMrz({ identifiers: [], zoneSearched: true, zone: extracted(td3()) }).check?.code).toBe(
      'MRZ_VALID',
    );
    expect(
      checkMrz({ identifiers: [], zoneSearched: false, zone: { format: '', lines: td3(), read: 'text' } })
        .check?.code,
    ).toBe('MRZ_VALID');
  });
});

describe('the zone as the photo reader read it', () => {
  const fields = {
    documentCode: 'P',
    issuingState: 'UTO',
    documentNumber: 'L898902C3',
    birthDate: '740812',
    expirationDate: '320415',
    nationality: 'UTO',
    sex: 'F',
    lastName: 'ERIKSSON',
    firstName: 'ANNA MARIA',
  };
  type Digit = ZoneReading['checkDigits'][number] & { printed?: true };
  const photo = (checkDigits: Digit[], isConfident = true): ZoneReading => ({
    layout: 'TD3',
    lines: td3(),
    checkDigits,
    fields,
    confidence: isConfident ? 88 : 55,
    isConfident,
    corrections: 0,
    rotation: 0,
  });
  const zoneCheck = (reading: ZoneReading, zoneSearched = false) =>
    checkMrz({
      identifiers: [],
      zoneSearched,
      zone: { format: 'TD3', lines: reading.lines, read: 'photo', photo: reading },
    });
  const evidenceOf = (reading: ZoneReading) => ({
    format: 'TD3',
    lines: reading.lines,
    fields,
    checkDigits: reading.checkDigits,
    confidence: reading.confidence,
    source: 'mrz_photo',
  });
  const valid: Digit[] = [
    { field: 'documentNumber', status: 'valid' },
    { field: 'birthDate', status: 'valid' },
    { field: 'expirationDate', status: 'valid' },
    { field: 'composite', status: 'valid' },
  ];

  it('passes a zone whose digits all add up, with the photo reading as evidence, even when searched for', () => {
    const reading = photo(valid);
    const expected = checkItem('identifiers', 'MRZ_VALID', 'pass', evidenceOf(reading), { format: 'TD3' });
    expect(zoneCheck(reading)).toEqual({ check: expected });
    expect(zoneCheck(reading, true)).toEqual({ check: expected });
    const zone: ReadZone = { format: 'TD3', lines: reading.lines, read: 'photo', photo: reading };
    expect(checkIdentifiers({ identifiers: [], zone })).toEqual([expected]);
  });

  it('fails a confident read whose digits do not add up, naming only the wrong ones', () => {
    const reading = photo([
      { field: 'documentNumber', status: 'invalid' },
      { field: 'birthDate', status: 'valid' },
      { field: 'expirationDate', status: 'unsure' },
      { field: 'personalNumber', status: 'invalid' },
      { field: 'composite', status: 'invalid' },
    ]);
    expect(zoneCheck(reading).check).toEqual(
      checkItem(
        'identifiers',
        'MRZ_CHECK_DIGIT',
        'fail',
        { ...evidenceOf(reading), failed: ['documentNumber', 'personalNumber', 'composite'] },
        { fields: 'document number, personal number, composite' },
      ),
    );
  });

  it('fails a doubtful read when the printed page confirms a wrong digit', () => {
    const reading = photo(
      [
        { field: 'documentNumber', status: 'valid' },
        { field: 'birthDate', status: 'invalid' },
        { field: 'expirationDate', status: 'invalid', printed: true },
        { field: 'composite', status: 'valid' },
      ],
      false,
    );
    expect(zoneCheck(reading).check).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: { failed: ['birthDate', 'expirationDate'] },
      message: { en: expect.stringContaining('(date of birth, date of expiry)') },
    });
  });

  it('asks for a clearer photo when a doubtful read does not add up, listing the digits in doubt', () => {
    const reading = photo(
      [
        { field: 'documentNumber', status: 'invalid' },
        { field: 'birthDate', status: 'unsure' },
        { field: 'expirationDate', status: 'valid' },
        { field: 'composite', status: 'invalid' },
      ],
      false,
    );
    expect(zoneCheck(reading).check).toEqual(
      checkItem('identifiers', 'MRZ_UNREADABLE', 'warn', {
        ...evidenceOf(reading),
        unsure: ['documentNumber', 'birthDate', 'composite'],
      }),
    );
  });

  it('asks for a clearer photo when a confident read has only digits in doubt', () => {
    const reading = photo([
      { field: 'documentNumber', status: 'valid' },
      { field: 'birthDate', status: 'unsure' },
      { field: 'expirationDate', status: 'valid' },
      { field: 'composite', status: 'valid' },
    ]);
    expect(zoneCheck(reading).check).toMatchObject({
      code: 'MRZ_UNREADABLE',
      status: 'warn',
      evidence: { unsure: ['birthDate'] },
    });
  });
});

describe('the definition', () => {
  it('declares the sixteen identifier codes, and which a misread alone can fail', () => {
    expect(identifiersCheck.id).toBe('identifiers');
    expect(identifiersCheck.group).toBe('identifiers');
    expect(Object.keys(identifiersCheck.codes)).toEqual([
      'MRZ_VALID',
      'MRZ_CHECK_DIGIT',
      'MRZ_UNREADABLE',
      'MRZ_NOT_FOUND',
      'USCC_VALID',
      'USCC_CHECKSUM',
      'PRC_ID_VALID',
      'PRC_ID_CHECKSUM',
      'IBAN_VALID',
      'IBAN_CHECKSUM',
      'EIN_VALID',
      'EIN_FORMAT',
      'EU_VAT_VALID',
      'EU_VAT_FORMAT',
      'UK_COMPANY_NUMBER_VALID',
      'UK_COMPANY_NUMBER_FORMAT',
    ]);
    expect(identifiersCheck.misreadCanFail).toEqual([
      'USCC_CHECKSUM',
      'PRC_ID_CHECKSUM',
      'IBAN_CHECKSUM',
      'EIN_FORMAT',
      'EU_VAT_FORMAT',
      'UK_COMPANY_NUMBER_FORMAT',
    ]);
  });

  it('puts the MRZ item first, then the identifiers in the order found', () => {
    const items = checkIdentifiers({
      identifiers: [found('uk_company_number', '08123456', 0), found('iban', 'GB33BUKB20201555555555', 20)],
      zone: extracted(td3()),
    });
    expect(codes(items)).toEqual(['MRZ_VALID:pass', 'UK_COMPANY_NUMBER_VALID:pass', 'IBAN_VALID:pass']);
  });
});
