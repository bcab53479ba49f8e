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
    // The name line read with its fillers as letters agrees on too few cells to be its witness.
    expect(witness.has('0:30')).toBe(false);
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
