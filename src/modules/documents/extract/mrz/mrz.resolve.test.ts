import { describe, expect, it } from 'vitest';
import { mrzCheckDigit } from '../../../matching/index.js';
import { longDocumentNumberLayout, MRZ_LAYOUTS } from './mrz.layout.js';
import { type Cell, resolveZone } from './mrz.resolve.js';

const cellsOf = (lines: string[], confidence = 95): Cell[][] =>
  lines.map((line) => [...line].map((char) => (char === ' ' ? [] : [{ char, confidence }])));

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];

describe('resolveZone', () => {
  it('keeps a clean read as it is, every check digit valid', () => {
    const zone = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(TD3));
    expect(zone.lines).toEqual(TD3);
    expect(zone.checkDigits.every((c) => c.status === 'valid')).toBe(true);
  });

  it('undoes confusions where the field type allows and the check digit confirms', () => {
    const misread = [
      'P<UT0ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UT074O8I22F12O4I59ZE184226B<<<<<10',
    ];
    const zone = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(misread));
    expect(zone.lines).toEqual(TD3);
    expect(zone.corrections).toBeGreaterThan(0);
  });

  it('reads fillers read as K or L in optional data and empty cells as fillers', () => {
    const misread = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<KL  10',
    ];
    expect(resolveZone(MRZ_LAYOUTS.TD3, cellsOf(misread)).lines[1]).toBe(TD3[1]);
  });

  it('fails a confidently read digit that no confusion explains, and is unsure on a doubtful one', () => {
    const edited = [TD3[0]!, 'L898902C36UTO7408132F1204159ZE184226B<<<<<10'];
    const sure = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(edited));
    expect(sure.checkDigits.find((c) => c.field === 'birthDate')?.status).toBe('invalid');
    const doubtful = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(edited, 50));
    expect(doubtful.checkDigits.find((c) => c.field === 'birthDate')?.status).not.toBe('invalid');
  });

  it('says whether the check digit itself was read sure, and what a correction changed', () => {
    const edited = [TD3[0]!, 'L898902C36UTO7408132F1204159ZE184226B<<<<<10'];
    const sure = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(edited));
    expect(sure.checkDigits.find((c) => c.field === 'birthDate')).toEqual({
      field: 'birthDate',
      status: 'invalid',
    });
    const cells = cellsOf(edited).map((line) => [...line]);
    cells[1]![19] = [{ char: '2', confidence: 40 }];
    const digitDoubtful = resolveZone(MRZ_LAYOUTS.TD3, cells);
    expect(digitDoubtful.checkDigits.find((c) => c.field === 'birthDate')).toEqual({
      field: 'birthDate',
      status: 'unsure',
      digitUnsure: true,
    });
    const misread = [TD3[0]!, 'L8989O2C36UTO7408122F1204159ZE184226B<<<<<10'];
    expect(resolveZone(MRZ_LAYOUTS.TD3, cellsOf(misread)).checkDigits[0]).toEqual({
      field: 'documentNumber',
      status: 'valid',
      asRead: 'L8989O2C3',
    });
  });
});

/** A French card's twelve-character number: nine places, a `<`, the rest and its digit in the optional data. */
const FRENCH_CARD = [
  'IDFRASXP3DUTE8<TUT5<<<<<<<<<<<',
  '8501053F3102042FRA<<<<<<<<<<<0',
  'FOURNIER<<LEA<<<<<<<<<<<<<<<<<',
];

describe('a TD1 document number longer than nine characters (seed 59 #14)', () => {
  const firstChars = (lines: string[]) => [...lines[0]!].map((c) => (c === ' ' ? undefined : c));
  const statuses = (zone: ReturnType<typeof resolveZone>) =>
    zone.checkDigits.map((c) => `${c.field}:${c.status}`);

  it('is checked whole: its digit after the rest of the number, the `<` where a digit would be kept', () => {
    const long = longDocumentNumberLayout(MRZ_LAYOUTS.TD1, firstChars(FRENCH_CARD));
    expect(long).toBeDefined();
    const zone = resolveZone(long!, cellsOf(FRENCH_CARD));
    expect(zone.lines).toEqual(FRENCH_CARD);
    expect(statuses(zone)).toEqual([
      'documentNumber:valid',
      'birthDate:valid',
      'expirationDate:valid',
      'composite:valid',
    ]);
    // Read as nine characters, the `<` becomes a digit and a genuine card does not add up.
    expect(statuses(resolveZone(MRZ_LAYOUTS.TD1, cellsOf(FRENCH_CARD)))[0]).toBe('documentNumber:invalid');
  });

  it('fails an edited digit, and puts no filler inside the number to make it add up', () => {
    // Edited as the composite was computed: only the number's own digit is left wrong.
    const first = 'IDFRASXP3DUTE8<TUT7<<<<<<<<<<<';
    const upper = FRENCH_CARD[1]!.slice(0, 29);
    const composite = mrzCheckDigit(
      first.slice(5) + upper.slice(0, 7) + upper.slice(8, 15) + upper.slice(18, 29),
    );
    const edited = [first, `${upper}${composite}`, FRENCH_CARD[2]!];
    const long = longDocumentNumberLayout(MRZ_LAYOUTS.TD1, firstChars(edited))!;
    const zone = resolveZone(long, cellsOf(edited));
    expect(zone.checkDigits[0]).toEqual({ field: 'documentNumber', status: 'invalid' });
    expect(zone.lines[0]).toBe(edited[0]);
  });

  it('takes a filler read as K after the digit for a filler, and leaves a nine-character number alone', () => {
    const withK = ['IDFRASXP3DUTE8<TUT5K<<<<<<<<<<', FRENCH_CARD[1]!, FRENCH_CARD[2]!];
    const long = longDocumentNumberLayout(MRZ_LAYOUTS.TD1, firstChars(withK))!;
    expect(long.checks[0]).toEqual({
      field: 'documentNumber',
      ranges: [
        [0, 5, 14],
        [0, 15, 18],
      ],
      at: [0, 18],
    });
    expect(longDocumentNumberLayout(MRZ_LAYOUTS.TD1, firstChars(['I<UTOD231458907<<<<<<<<<<<<<<<']))).toBe(
      undefined,
    );
    expect(longDocumentNumberLayout(MRZ_LAYOUTS.TD3, firstChars([TD3[1]!]))).toBe(undefined);
  });
});

describe('a document number the issuing state shapes', () => {
  // Held-out seed 107 #91: E45140421, its digit edited to 2, which E4S140421 happens to give.
  const lines = (state: string) => [
    `P<${state}CHEN<<FANG<<<<<<<<<<<<<<<<<<<<<<<<<<<<<`,
    `E451404212${state}8406284M3011180<<<<<<<<<<<<<<00`,
  ];

  it('takes no letter where a PRC passport number has digits, so the edited digit fails', () => {
    expect(mrzCheckDigit('E4S140421')).toBe('2');
    const zone = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(lines('CHN')));
    expect(zone.lines[1]!.slice(0, 9)).toBe('E45140421');
    expect(zone.checkDigits.find((c) => c.field === 'documentNumber')?.status).toBe('invalid');
  });

  it('still tries the look-alike for a state whose numbers mix letters and digits', () => {
    const zone = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(lines('UTO')));
    expect(zone.lines[1]!.slice(0, 9)).toBe('E4S140421');
  });
});
