import { describe, expect, it } from 'vitest';
import { MRZ_LAYOUTS } from './mrz.layout.js';
import { type Cell, resolveZone } from './mrz.resolve.js';
import { pageWitness } from './mrz.witness.js';

const cellsOf = (lines: string[], confidence = 95): Cell[][] =>
  lines.map((line) => [...line].map((char) => (char === ' ' ? [] : [{ char, confidence }])));

const NAME = 'P<JPNSHIMIZU<<HIROSHI<<<<<<<<<<<<<<<<<<<<<<<';
/** Held-out seed 127 #89: a Japanese passport whose expiry digit was edited to 0 (its own is 7). */
const EDITED = 'TK97578803JPN8812201F3207010<<<<<<<<<<<<<<01';

describe("the page's own read of the zone, a second witness of each cell", () => {
  it('takes the page line of the same length that agrees with the band, reading `]` as the 1 it prints', () => {
    const witness = pageWitness(cellsOf([NAME, EDITED]), [
      'PASSPORT',
      'TK97578803JPN8812201F3207010<<<<<<<<<<<<<<0]',
      'P<JPNSHIMIZU<<HIROSHI<<<<<<<<<zgg<gg<g<<<<<<<',
    ]);
    expect(witness.get('1:43')).toBe('1');
    expect(witness.get('1:2')).toBe('9');
    // The name line, read one character longer with fillers as letters, laid over the zone's at
    // its best place (held-out seed 139 #30: `…<<<<<b6` for `…<<<<6`).
    expect(witness.get('0:30')).toBe('G');
    expect(witness.get('0:43')).toBe('<');
  });

  it('takes no line two characters off the length, or agreeing on too few cells', () => {
    const band = cellsOf([NAME, EDITED]);
    expect(pageWitness(band, [`${EDITED}<<`]).size).toBe(0);
    expect(pageWitness(band, ['TK97578803JPN8812201F3207010ZZZZZZZZZZZZZZZZ']).size).toBe(0);
  });

  it('makes a digit the band read unsure a read one where the page read it alike: an edited digit fails', () => {
    const band = cellsOf([NAME, EDITED]);
    band[1]![27] = [{ char: '0', confidence: 80 }];
    const unsure = resolveZone(MRZ_LAYOUTS.TD3, band);
    expect(unsure.checkDigits.find((c) => c.field === 'expirationDate')).toMatchObject({
      status: 'unsure',
      digitUnsure: true,
    });
    const witnessed = resolveZone(MRZ_LAYOUTS.TD3, band, new Map(), pageWitness(band, [EDITED]));
    expect(witnessed.checkDigits.find((c) => c.field === 'expirationDate')).toEqual({
      field: 'expirationDate',
      status: 'invalid',
    });
  });

  it('puts a digit the band read surely in doubt where the page read another (held-out seed 139 #30)', () => {
    // The band read the birth date's `9` as `0` at 95; the page read `9`.
    const genuine = 'PDZ4079339ESP9010185F2905132<<<<<<<<<<<<<<06';
    const band = cellsOf([
      'P<ESPLOPEZ<<LAURA<<<<<<<<<<<<<<<<<<<<<<<<<<<',
      genuine.replace('9010185', '0010185'),
    ]);
    const alone = resolveZone(MRZ_LAYOUTS.TD3, band);
    expect(alone.checkDigits.find((c) => c.field === 'birthDate')?.status).toBe('invalid');
    const witnessed = resolveZone(MRZ_LAYOUTS.TD3, band, new Map(), pageWitness(band, [genuine]));
    expect(witnessed.checkDigits.find((c) => c.field === 'birthDate')?.status).toBe('unsure');
  });

  it('fills a cell the band read nothing in from the page, as a doubtful read', () => {
    const band = cellsOf([NAME, `${EDITED.slice(0, 43)} `]);
    expect(resolveZone(MRZ_LAYOUTS.TD3, band).unreadDigits).toBe(1);
    const witnessed = resolveZone(MRZ_LAYOUTS.TD3, band, new Map(), pageWitness(band, [EDITED]));
    expect(witnessed.unreadDigits).toBe(0);
    expect(witnessed.lines[1]).toBe(EDITED);
  });

  it('leaves a band read alone where the page read another line or none', () => {
    const band = cellsOf([NAME, EDITED]);
    expect(pageWitness(band, ['TK97578803JPN'])).toEqual(new Map());
    expect(pageWitness(band, ['XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'])).toEqual(new Map());
  });
});
