import { describe, expect, it } from 'vitest';
import { MRZ_LAYOUTS } from './mrz.layout.js';
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
