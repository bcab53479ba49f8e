import { describe, expect, it } from 'vitest';
import { MRZ_LAYOUTS } from './mrz.layout.js';
import { acceptReread } from './mrz.reread.js';
import { type Cell, resolveZone } from './mrz.resolve.js';

const cellsOf = (lines: readonly string[], confidence = 97): Cell[][] =>
  lines.map((line) => [...line].map((char) => [{ char, confidence }]));

// Seed 71 #14, a genuine German card: the zone prints Z5V9NP8XP, OCR read the 9 as I at 96.
const GENUINE = [
  'IDD<<Z5V9NP8XP8<<<<<<<<<<<<<<<',
  '8009283M3412189D<<<<<<<<<<<<<8',
  'SCHWARZ<<JULIA<<<<<<<<<<<<<<<<',
];
const READ = [GENUINE[0]!.replace('V9N', 'VIN'), GENUINE[1]!, GENUINE[2]!];
/** The cell of the misread 9, as `line:at`. */
const NINE = '0:8';

const statusOf = (zone: ReturnType<typeof resolveZone>, field: string) =>
  zone.checkDigits.find((c) => c.field === field)?.status;

describe('a failing field read again cell by cell', () => {
  it('fails the number read as the line gave it (I is no look-alike of 9 the resolver tries)', () => {
    const zone = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(READ));
    expect(statusOf(zone, 'documentNumber')).toBe('invalid');
  });

  it('takes the cell read alone when the number and the composite then both hold', () => {
    const before = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(READ));
    const after = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(READ), new Map([[NINE, '9']]));
    expect(after.lines[0]).toBe(GENUINE[0]);
    expect(after.checkDigits.every((c) => c.status === 'valid')).toBe(true);
    expect(acceptReread(MRZ_LAYOUTS.TD1, before, after)).toBe(true);
  });

  it('leaves an edited digit failing: a cell read alone as another character does not make both digits hold', () => {
    // The number's digit edited (8 → 1) and the composite computed over the edited digit, as the
    // tampered_check_digit defect makes it: the composite holds as read.
    const edited = ['IDD<<Z5V9NP8XP1<<<<<<<<<<<<<<<', '8009283M3412189D<<<<<<<<<<<<<1', GENUINE[2]!];
    const before = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(edited));
    expect(statusOf(before, 'documentNumber')).toBe('invalid');
    expect(statusOf(before, 'composite')).toBe('valid');
    // Every character of the number and its digit read alone as each letter or digit: none is vouched for.
    for (let at = 5; at <= 14; at++)
      for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') {
        const after = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(edited), new Map([[`0:${at}`, char]]));
        expect(acceptReread(MRZ_LAYOUTS.TD1, before, after)).toBe(false);
      }
  });

  it('takes two cells read alone in a number read unsure (seed 61 #13: CJN5M95WJ read CIN5M95WI)', () => {
    const printed = [
      'P<D<<MEYER<<THOMAS<<<<<<<<<<<<<<<<<<<<<<<<<<',
      'CJN5M95WJ4D<<0101295F3209284<<<<<<<<<<<<<<04',
    ];
    const cells = cellsOf([printed[0]!, printed[1]!.replace('CJN5M95WJ', 'CIN5M95WI')]);
    cells[1]![1] = [{ char: 'I', confidence: 75 }];
    cells[1]![8] = [{ char: 'I', confidence: 80 }];
    const before = resolveZone(MRZ_LAYOUTS.TD3, cells);
    expect(statusOf(before, 'documentNumber')).toBe('unsure');
    const after = resolveZone(
      MRZ_LAYOUTS.TD3,
      cells,
      new Map([
        ['1:1', 'J'],
        ['1:8', 'J'],
      ]),
    );
    expect(after.lines[1]).toBe(printed[1]);
    expect(acceptReread(MRZ_LAYOUTS.TD3, before, after)).toBe(true);
  });

  it('takes a check digit read alone (seed 83 #18: a crisp 9 of the birth date digit read 0 at 82)', () => {
    const printed = [
      'P<GBRMURPHY<<DANIEL<<<<<<<<<<<<<<<<<<<<<<<<<',
      '5776652275GBR6705259F3501117<<<<<<<<<<<<<<<0',
    ];
    const read = [printed[0]!, printed[1]!.replace('6705259F', '6705250F')];
    const before = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(read));
    expect(statusOf(before, 'birthDate')).toBe('invalid');
    const after = resolveZone(MRZ_LAYOUTS.TD3, cellsOf(read), new Map([['1:19', '9']]));
    expect(after.lines[1]?.slice(13, 20)).toBe('6705259');
    expect(acceptReread(MRZ_LAYOUTS.TD3, before, after)).toBe(true);
  });

  it('asks the composite: a layout without one (a visa) is never corrected this way', () => {
    const zone = resolveZone(MRZ_LAYOUTS.TD1, cellsOf(READ));
    expect(acceptReread(MRZ_LAYOUTS['MRV-A'], zone, zone)).toBe(false);
  });
});
