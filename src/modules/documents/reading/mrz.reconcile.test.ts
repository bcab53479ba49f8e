import { describe, expect, it } from 'vitest';
import { mrzCheckDigit as digitOf } from '../../matching/index.js';
import { checkMrz } from '../checks/identifiers.check.js';
import type { ZoneReading } from '../extract/mrz/mrz.photo.js';
import { reconcileZone } from './mrz.reconcile.js';

/**
 * Edited zones the reader had "corrected" (accuracy bench, seed 7, #6 and #9, generated data):
 * the page and the zone agree on a value whose check digit was left as it was.
 */
const cd = (value: string): string => digitOf(value) ?? '?';
const NAME = 'P<CHNZHANG<<JIALONG<<<<<<<<<<<<<<<<<<<<<<<<<';
const line2 = (number: string, numberDigit: string, expiry: string, expiryDigit: string) => {
  const head = `${number.padEnd(9, '<')}${numberDigit}CHN6105114M${expiry}${expiryDigit}<<<<<<<<<<<<<<<`;
  return `${head}${cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43))}`;
};
const zoneOf = (lines: string[], checkDigits: ZoneReading['checkDigits']): ZoneReading => ({
  layout: 'TD3',
  lines,
  checkDigits,
  fields: {
    documentCode: 'P',
    issuingState: 'CHN',
    documentNumber: lines[1]!.slice(0, 9).replace(/<+$/, ''),
    birthDate: '610511',
    expirationDate: lines[1]!.slice(21, 27),
    nationality: 'CHN',
    sex: 'M',
    lastName: 'ZHANG',
    firstName: 'JIALONG',
  },
  confidence: 85,
  isConfident: true,
  corrections: 1,
  rotation: 0,
});
const photoCheck = (zone: ZoneReading, text: string) => {
  const photo = reconcileZone(zone, text);
  return {
    photo,
    check: checkMrz({ identifiers: [], zone: { format: 'TD3', lines: photo.lines, read: 'photo', photo } })
      .check,
  };
};

describe('a correction the printed page contradicts', () => {
  // E04102966's digit is 8: the edit left 1, which E0410Z966 (a `2` taken for a `Z`) happens to give.
  const edited = line2('E0410Z966', '1', '291106', cd('291106'));
  const asRead = 'E04102966';
  const digits = (number: ZoneReading['checkDigits'][number]): ZoneReading['checkDigits'] => [
    number,
    { field: 'birthDate', status: 'valid' },
    { field: 'expirationDate', status: 'valid' },
    { field: 'personalNumber', status: 'valid' },
    { field: 'composite', status: 'unsure' },
  ];

  it('puts the zone back as read and fails the number when the page prints it as read', () => {
    expect(cd('E0410Z966')).toBe('1');
    const zone = zoneOf([NAME, edited], digits({ field: 'documentNumber', status: 'valid', asRead }));
    const { photo, check } = photoCheck(zone, 'PASSPORT\nPassport No.\nP CHN E04102966');
    expect(photo.lines[1]!.slice(0, 10)).toBe('E041029661');
    expect(photo.fields.documentNumber).toBe('E04102966');
    expect(photo.checkDigits[0]).toEqual({ field: 'documentNumber', status: 'invalid', printed: true });
    expect(check).toEqual({
      group: 'identifiers',
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: {
        format: 'TD3',
        lines: photo.lines,
        fields: photo.fields,
        checkDigits: photo.checkDigits,
        confidence: 85,
        source: 'mrz_photo',
        failed: ['documentNumber'],
      },
      message: expect.objectContaining({ en: expect.stringContaining('(document number)') }),
    });
  });

  it('keeps the correction when the page prints the corrected value, or does not print the number', () => {
    const zone = zoneOf([NAME, edited], digits({ field: 'documentNumber', status: 'valid', asRead }));
    for (const text of ['Passport No.\nE0410Z966', 'Passport No.\nE09999999']) {
      const { photo } = photoCheck(zone, text);
      expect(photo.lines[1]).toBe(edited);
      expect(photo.checkDigits[0]).toEqual({ field: 'documentNumber', status: 'valid', asRead });
    }
  });

  it('leaves a digit OCR read as it holds alone', () => {
    const zone = zoneOf([NAME, edited], digits({ field: 'documentNumber', status: 'valid' }));
    expect(photoCheck(zone, 'Passport No.\nE04102966').photo.lines[1]).toBe(edited);
  });
});

describe('an edited expiry next to the issue date', () => {
  // Valid ten years less a day: 11 JUN 2020 to 10 JUN 2030. The edit left the digit of 200611.
  const wrong = cd('200611');
  const lines = [NAME, line2('E04102966', cd('E04102966'), '300610', wrong)];
  const digits: ZoneReading['checkDigits'] = [
    { field: 'documentNumber', status: 'valid' },
    { field: 'birthDate', status: 'valid' },
    { field: 'expirationDate', status: 'invalid' },
    { field: 'personalNumber', status: 'valid' },
    { field: 'composite', status: 'valid' },
  ];

  it('does not take the issue date for the expiry when the page prints the expiry as the zone has it', () => {
    expect(cd('300610')).not.toBe(wrong);
    const { photo, check } = photoCheck(
      zoneOf(lines, digits),
      'Date of issue Date of expiry\n11 JUN 2020 10 JUN 2030',
    );
    expect(photo.lines[1]!.slice(21, 28)).toBe(`300610${wrong}`);
    expect(check).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: { failed: ['expirationDate'] },
    });
  });

  it("still takes the printed date when the zone misread the expiry (the page does not print the zone's)", () => {
    const misread = [NAME, line2('E04102966', cd('E04102966'), '300810', cd('300610'))];
    const { photo, check } = photoCheck(zoneOf(misread, digits), 'Date of expiry\n10 JUN 2030');
    expect(photo.lines[1]!.slice(21, 27)).toBe('300610');
    expect(check).toMatchObject({ code: 'MRZ_VALID', status: 'pass' });
  });
});

describe('a misread expiry beside the issue date that happens to pass its digit (seed 71 #92)', () => {
  it('is not replaced by the issue date when the printed expiry is nearer the zone', () => {
    // Printed: issue 20 DEC 2025, expiry 19 DEC 2035; the zone read 351210 and a digit that 251220 passes.
    const digit = cd('251220');
    expect(cd('351210')).not.toBe(digit);
    const misread = [NAME, line2('E04102966', cd('E04102966'), '351210', digit)];
    const digits: ZoneReading['checkDigits'] = [
      { field: 'documentNumber', status: 'valid' },
      { field: 'birthDate', status: 'valid' },
      { field: 'expirationDate', status: 'unsure' },
      { field: 'personalNumber', status: 'valid' },
      { field: 'composite', status: 'unsure' },
    ];
    const { photo } = photoCheck(
      zoneOf(misread, digits),
      'Date of issue Date of expiry\n20 DEC 2025 19 DEC 2035',
    );
    expect(photo.lines[1]!.slice(21, 27)).toBe('351210');
    expect(photo.checkDigits.find((c) => c.field === 'expirationDate')?.status).not.toBe('valid');
  });
});

describe('dates printed side by side (accuracy bench, seed 11, #133)', () => {
  const lines = [NAME, line2('E04102966', cd('E04102966'), '330304', '8')];
  const digits: ZoneReading['checkDigits'] = [
    { field: 'documentNumber', status: 'valid' },
    { field: 'birthDate', status: 'valid' },
    { field: 'expirationDate', status: 'unsure' },
    { field: 'personalNumber', status: 'valid' },
    { field: 'composite', status: 'valid' },
  ];

  it('are the visual zone, not a zone line: the expiry they print vouches against its digit', () => {
    expect(cd('330304')).toBe('5');
    const { photo, check } = photoCheck(
      zoneOf(lines, digits),
      'Date of issue Date of expiry\n05 MAR 2023 04 MAR 2033',
    );
    expect(photo.checkDigits[2]).toEqual({ field: 'expirationDate', status: 'invalid', printed: true });
    expect(check).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: { failed: ['expirationDate'] },
    });
  });

  it('are not read from the zone itself', () => {
    const { check } = photoCheck(zoneOf(lines, digits), lines.join('\n'));
    expect(check).toMatchObject({ code: 'MRZ_UNREADABLE', status: 'warn' });
  });
});

describe('a misread check digit beside a value the page prints (accuracy bench, seed 31, #6, genuine)', () => {
  // 27 JUL 2034: the digit is 5, OCR read 0 in a doubtful cell.
  const lines = [NAME, line2('E04102966', cd('E04102966'), '340727', '0')];
  const digits = (expiry: ZoneReading['checkDigits'][number]): ZoneReading['checkDigits'] => [
    { field: 'documentNumber', status: 'valid' },
    { field: 'birthDate', status: 'valid' },
    expiry,
    { field: 'personalNumber', status: 'valid' },
    { field: 'composite', status: 'unsure' },
  ];
  const text = 'Date of issue Date of expiry\n28 JUL 2024 27 JUL 2034';

  it('is no edit: the page vouches for the value, not for the digit', () => {
    expect(cd('340727')).toBe('5');
    const zone = zoneOf(lines, digits({ field: 'expirationDate', status: 'unsure', digitUnsure: true }));
    expect(photoCheck(zone, text).check).toMatchObject({ code: 'MRZ_UNREADABLE', status: 'warn' });
  });

  it('fails when the digit itself was read sure', () => {
    const zone = zoneOf(lines, digits({ field: 'expirationDate', status: 'unsure' }));
    expect(photoCheck(zone, text).check).toMatchObject({ code: 'MRZ_CHECK_DIGIT', status: 'fail' });
  });
});

describe('a correction beside a doubtful check digit', () => {
  it('is left as the reader made it', () => {
    const edited = line2('E0410Z966', '1', '291106', cd('291106'));
    const zone = zoneOf(
      [NAME, edited],
      [
        { field: 'documentNumber', status: 'valid', asRead: 'E04102966', digitUnsure: true },
        { field: 'birthDate', status: 'valid' },
        { field: 'expirationDate', status: 'valid' },
      ],
    );
    expect(photoCheck(zone, 'Passport No.\nE04102966').photo.lines[1]).toBe(edited);
  });
});

describe('a correction the composite digit confirms (accuracy bench, seed 67, #29, genuine)', () => {
  // A German card: the zone and the page both read the letter O where the card prints 0.
  const lines = [
    'IDD<<R31F0K8HY5<<<<<<<<<<<<<<<',
    '9010037F3301270D<<<<<<<<<<<<<6',
    'SCHROEDER<<THOMAS<<<<<<<<<<<<<',
  ];
  const card = (composite: ZoneReading['checkDigits'][number]): ZoneReading => ({
    layout: 'TD1',
    lines,
    checkDigits: [
      { field: 'documentNumber', status: 'valid', asRead: 'R31FOK8HY' },
      { field: 'birthDate', status: 'valid' },
      { field: 'expirationDate', status: 'valid' },
      composite,
    ],
    fields: {
      documentCode: 'ID',
      issuingState: 'D<<',
      documentNumber: 'R31F0K8HY',
      birthDate: '901003',
      expirationDate: '330127',
      nationality: 'D<<',
      sex: 'F',
      lastName: 'SCHROEDER',
      firstName: 'THOMAS',
    },
    confidence: 97,
    isConfident: true,
    corrections: 1,
    rotation: 0,
  });
  const page = 'PERSONALAUSWEIS\nR31FOK8HY\nSCHROEDER\nTHOMAS\n03.10.1990\n27.01.2033';

  it('keeps the correction when the composite holds on it and not on the number as read', () => {
    const photo = reconcileZone(card({ field: 'composite', status: 'valid' }), page);
    expect(photo.lines[0]).toBe(lines[0]);
    expect(photo.checkDigits[0]).toEqual({ field: 'documentNumber', status: 'valid', asRead: 'R31FOK8HY' });
  });

  it('still lets the page contradict it when the composite was itself corrected or unsure', () => {
    for (const composite of [
      { field: 'composite', status: 'unsure' },
      { field: 'composite', status: 'valid', asRead: 'x' },
    ] as const) {
      const photo = reconcileZone(card(composite), page);
      expect(photo.checkDigits[0]).toEqual({ field: 'documentNumber', status: 'invalid', printed: true });
    }
  });
});

describe('a composite that holds only on a number the reader changed against the page', () => {
  // Held-out seed 103 #92: 81HS64309 (digit 4) edited to digit 7, read right; the composite's cell
  // read `]`, taken for the 0 that 81H564309 would give.
  const resolved = line2('81H564309', '7', '291106', cd('291106'));
  const composite = (line: string) => line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43);
  const asRead = composite(`81HS64309${resolved.slice(9)}`);
  const zone = zoneOf(
    [NAME, resolved],
    [
      { field: 'documentNumber', status: 'unsure' },
      { field: 'birthDate', status: 'valid' },
      { field: 'expirationDate', status: 'valid' },
      { field: 'personalNumber', status: 'valid' },
      { field: 'composite', status: 'valid', asRead, digitUnsure: true },
    ],
  );

  it('puts the number back as read and fails its digit when the page prints it as read', () => {
    expect(cd('81HS64309')).toBe('4');
    const { photo, check } = photoCheck(zone, 'PASSPORT\nPassport No.\nP CHN 81HS64309');
    expect(photo.fields.documentNumber).toBe('81HS64309');
    expect(photo.lines[1]!.slice(0, 10)).toBe('81HS643097');
    expect(photo.checkDigits.find((c) => c.field === 'composite')?.status).toBe('unsure');
    expect(check).toMatchObject({
      code: 'MRZ_CHECK_DIGIT',
      status: 'fail',
      evidence: { failed: ['documentNumber'] },
    });
  });

  it('leaves the change where the page prints the number as changed, or does not print it', () => {
    for (const page of ['PASSPORT\nPassport No.\nP CHN 81H564309', 'PASSPORT\nP CHN'])
      expect(reconcileZone(zone, page).fields.documentNumber, page).toBe('81H564309');
  });
});

describe('a number the page prints up to a look-alike, its digit failing both spellings', () => {
  // Held-out seed 109 #88: E01697655 (digit 7) edited to 0; the zone read its 0 as an O.
  const zone = (digit: string) =>
    zoneOf(
      [NAME, line2('EO1697655', digit, '291106', cd('291106'))],
      [
        { field: 'documentNumber', status: 'unsure' },
        { field: 'birthDate', status: 'valid' },
        { field: 'expirationDate', status: 'valid' },
        { field: 'personalNumber', status: 'valid' },
        { field: 'composite', status: 'valid' },
      ],
    );
  const page = 'PASSPORT\nPassport No.\nP CHN E01697655';

  it('is confirmed by the page: the digit fails', () => {
    expect([cd('E01697655'), cd('EO1697655')]).toEqual(['7', '9']);
    expect(reconcileZone(zone('0'), page).checkDigits[0]).toMatchObject({ status: 'invalid', printed: true });
  });

  it('is put right by the page where the digit holds on the printed spelling', () => {
    const read = reconcileZone(zone('7'), page);
    expect(read.checkDigits[0]?.status).toBe('valid');
    expect(read.lines[1]?.slice(0, 9)).toBe('E01697655');
  });
});
