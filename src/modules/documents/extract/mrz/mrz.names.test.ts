import { describe, expect, it } from 'vitest';
import { parseMrzName, writeMrzName } from './mrz.names.js';

describe('parseMrzName', () => {
  it('drops fillers read as letters after the name (issue 12: ZHOU MIN LLLLLLLL)', () => {
    expect(parseMrzName('ZHOU<<MIN<<<LLLLLLLLLLLL')).toEqual({ lastName: 'ZHOU', firstName: 'MIN' });
    expect(parseMrzName('ZHOU<<MIN<<<GGSGG<<<<<<')).toEqual({ lastName: 'ZHOU', firstName: 'MIN' });
  });

  it('finds the separator read as a letter beside the surname or between fillers', () => {
    expect(parseMrzName('ERIKSSONK<ANNA<MARIA<<LLLLLLLLK')).toEqual({
      lastName: 'ERIKSSON',
      firstName: 'ANNA MARIA',
    });
    expect(parseMrzName('ERIKSSON<K<ANNA<MARIA<<<<')).toEqual({
      lastName: 'ERIKSSON',
      firstName: 'ANNA MARIA',
    });
  });

  it('keeps a name made of look-alike letters when the printed part shows it', () => {
    expect(parseMrzName('SMITH<<LEE<<<<<<', 'Given names LEE')).toEqual({
      lastName: 'SMITH',
      firstName: 'LEE',
    });
    expect(parseMrzName('MULLER<<ANNALLLLLLLL', 'MULLER ANNA')).toEqual({
      lastName: 'MULLER',
      firstName: 'ANNA',
    });
  });

  it('writes the field back as ICAO does', () => {
    expect(writeMrzName({ lastName: 'ERIKSSON', firstName: 'ANNA MARIA' }, 30)).toBe(
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    );
  });
});
