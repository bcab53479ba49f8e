import { describe, expect, it } from 'vitest';
import { findMrz, normaliseMrzLine } from './mrz.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];

describe('findMrz', () => {
  it('reads the ICAO TD3 specimen among other text: check digits hold, the country does not', () => {
    const reading = findMrz(['PASSPORT', 'Surname ERIKSSON', ...TD3, ''].join('\n'));
    expect(reading).toMatchObject({ format: 'TD3', hasValidCheckDigits: true, isFullyValid: false });
    expect(reading?.fields).toMatchObject({
      documentNumber: 'L898902C3',
      birthDate: '740812',
      expirationDate: '120415',
    });
    expect(reading?.details.find((d) => d.field === 'issuingState')?.error).toMatch(/UTO/);
  });

  it('reads a TD1 ID card', () => {
    expect(findMrz(TD1.join('\n'))).toMatchObject({ format: 'TD1', hasValidCheckDigits: true });
  });

  it('reports a tampered check digit', () => {
    const tampered = [TD3[0], 'L898902C37UTO7408122F1204159ZE184226B<<<<<10'];
    const reading = findMrz(tampered.join('\n'));
    expect(reading?.hasValidCheckDigits).toBe(false);
    expect(reading?.details.find((d) => d.field === 'documentNumberCheckDigit')?.valid).toBe(false);
  });

  it('tolerates spaces, «, dropped trailing fillers, K read for < and 0 for O in a country code', () => {
    const ocr = [
      'P<UTOERIKSSON«<ANNA<MARIA<<<<<<<<KK<<<<<<<',
      'L898902C36 UTO7408122F1204159ZE184226B<K<<<10',
    ];
    const reading = findMrz(ocr.join('\n'));
    expect(reading).toMatchObject({ format: 'TD3', hasValidCheckDigits: true, correctedOcr: true });
    expect(reading?.fields).toMatchObject({ lastName: 'ERIKSSON', firstName: 'ANNA MARIA' });
    expect(reading?.lines[1]?.slice(10, 13)).toBe('UTO');
    // a single '<' before the K: it may be a real letter, so it stays
    expect(reading?.fields.personalNumber).toBe('ZE184226B K');
  });

  it('keeps a name initial K', () => {
    const initial = ['P<UTOERIKSSON<<ANNA<K<<<<<<<<<<<<<<<<<<<<<<<', TD3[1] ?? ''];
    expect(findMrz(initial.join('\n'))?.fields.firstName).toBe('ANNA K');
  });

  it('finds nothing in ordinary text', () => {
    expect(findMrz('ACME TRADING LIMITED\nRoom 5 1 Long Road')).toBeNull();
  });

  it('normalises OCR stand-ins for the filler', () => {
    expect(normaliseMrzLine('p<uto eriksson«<anna')).toBe('P<UTOERIKSSON<<ANNA');
  });
});

describe('digits read as letters', () => {
  it('puts digits back in dates and check digits, not in the document number', () => {
    const reading = findMrz(
      ['P<GBRPATEL<<SOPHIE<<<<<<<<<<<<<<<<<<<<<<<<<<', '8791755406GBR89O1169M3001259<<<<<<<<<<<<<<<G'].join(
        '\n',
      ),
    );
    expect(reading).toMatchObject({ hasValidCheckDigits: true, correctedOcr: true });
    expect(reading?.lines[1]).toBe('8791755406GBR8901169M3001259<<<<<<<<<<<<<<<6');
  });
});

describe('a name line whose filler run OCR dropped', () => {
  it('is padded back when the line below makes a zone', () => {
    const reading = findMrz(['P<UTOERIKSSON<<ANNA<MARIA', TD3[1]].join('\n'));
    expect(reading).toMatchObject({ format: 'TD3', hasValidCheckDigits: true });
    expect(reading?.lines[0]).toBe(TD3[0]);
    expect(findMrz(['P<UTOERIKSSON', TD3[1]].join('\n'))).toBeNull();
  });
});
