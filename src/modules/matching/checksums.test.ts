import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ibanCheckDigits,
  mrzCheckDigit,
  prcIdCheckCharacter,
  usccCheckCharacter,
  validateEin,
  validateEuVat,
  validateHkid,
  validateIban,
  validatePrcId,
  validateUkCompanyNumber,
  validateUscc,
  verifyMrz,
} from './checksums.js';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const uscc = fc
  .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((body) => body + usccCheckCharacter(body));
const prcId = fc
  .tuple(
    fc.stringMatching(/^[1-6]\d{5}$/),
    fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(
    ([region, birth, sequence]) =>
      `${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${sequence}`,
  )
  .map((body) => body + prcIdCheckCharacter(body));

/** Replaces the character at `index` with a different one from `alphabet`. */
const mutate = (value: string, index: number, pick: number, alphabet: string): string => {
  const i = index % value.length;
  const others = [...alphabet].filter((c) => c !== value[i]);
  return value.slice(0, i) + others[pick % others.length] + value.slice(i + 1);
};

describe('ICAO 9303 MRZ', () => {
  it('computes the check digits of the ICAO specimen passport', () => {
    expect(mrzCheckDigit('L898902C3')).toBe('6');
    expect(mrzCheckDigit('740812')).toBe('2');
    expect(mrzCheckDigit('120415')).toBe('9');
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe('1');
    expect(mrzCheckDigit('l898')).toBeUndefined();
  });

  it('detects any single changed digit in a field', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,12}$/), fc.nat(), fc.nat(), (field, index, pick) => {
        expect(mrzCheckDigit(mutate(field, index, pick, '0123456789'))).not.toBe(mrzCheckDigit(field));
      }),
    );
  });

  it('reports each check digit of a TD3 passport, and the one that was tampered with', () => {
    const line1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
    const good = verifyMrz([line1, 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']);
    expect(good.format).toBe('TD3');
    expect(good.checkDigits.length).toBe(5);
    expect(good.checkDigits.every((d) => d.isValid)).toBe(true);
    expect(good.fields).toMatchObject({
      lastName: 'ERIKSSON',
      birthDate: '740812',
      expirationDate: '120415',
    });
    const tampered = verifyMrz([line1, 'L898902C36UTO7408122F1204158ZE184226B<<<<<10']);
    const failed = tampered.checkDigits.filter((d) => !d.isValid).map((d) => d.field);
    expect(failed).toContain('expirationDateCheckDigit');
  });

  it('reads TD1 and TD2 zones', () => {
    const td1 = verifyMrz([
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ]);
    expect(td1.format).toBe('TD1');
    expect(td1.checkDigits.every((d) => d.isValid)).toBe(true);
    const td2 = verifyMrz(['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']);
    expect(td2.format).toBe('TD2');
    expect(td2.checkDigits.every((d) => d.isValid)).toBe(true);
  });

  it('gives no format for text that is not an MRZ', () => {
    expect(verifyMrz(['hello', 'world']).format).toBeUndefined();
  });
});

describe('Unified Social Credit Code (GB 32100-2015)', () => {
  it('accepts real codes and refuses a changed check character', () => {
    expect(validateUscc('91350100M000100Y43').isValid).toBe(true);
    expect(validateUscc('9135 0100 M000 100Y 43').isValid).toBe(true);
    expect(validateUscc('91350100M000100Y44')).toMatchObject({ isValid: false, failure: 'checksum' });
    expect(validateUscc('91350100M000100Y4')).toMatchObject({ isValid: false, failure: 'format' });
    expect(validateUscc('91350100O000100Y43')).toMatchObject({ isValid: false, failure: 'format' });
  });

  it('accepts generated codes and refuses any single changed character', () => {
    fc.assert(
      fc.property(uscc, fc.nat(), fc.nat(), (code, index, pick) => {
        expect(validateUscc(code).isValid).toBe(true);
        expect(validateUscc(mutate(code, index, pick, `${USCC_ALPHABET}IOSVZ`)).isValid).toBe(false);
      }),
    );
  });
});

describe('PRC resident ID (ISO 7064 MOD 11-2)', () => {
  it('accepts a valid number with an X check character and refuses a changed one', () => {
    expect(validatePrcId('11010519491231002X').isValid).toBe(true);
    expect(validatePrcId('110105194912310021')).toMatchObject({ isValid: false, failure: 'checksum' });
    expect(validatePrcId('110105194913310021')).toMatchObject({ isValid: false, failure: 'format' });
  });

  it('accepts generated numbers and refuses any single changed character', () => {
    fc.assert(
      fc.property(prcId, fc.nat(), fc.nat(), (id, index, pick) => {
        expect(validatePrcId(id).isValid).toBe(true);
        expect(validatePrcId(mutate(id, index, pick, '0123456789X')).isValid).toBe(false);
      }),
    );
  });
});

describe('IBAN (mod 97)', () => {
  it('accepts a valid IBAN written in groups and refuses a changed digit', () => {
    expect(validateIban('GB82 WEST 1234 5698 7654 32').isValid).toBe(true);
    expect(validateIban('GB82WEST12345698765433')).toMatchObject({ isValid: false, failure: 'checksum' });
    expect(validateIban('GB82')).toMatchObject({ isValid: false, failure: 'format' });
  });

  it('accepts generated GB and DE IBANs and refuses any single changed digit', () => {
    const bban = fc.oneof(
      fc.tuple(fc.constant('GB'), fc.stringMatching(/^[A-Z]{4}\d{14}$/)),
      fc.tuple(fc.constant('DE'), fc.stringMatching(/^\d{18}$/)),
    );
    fc.assert(
      fc.property(bban, fc.nat(), fc.nat(), ([country, body], index, pick) => {
        const iban = `${country}${ibanCheckDigits(country, body)}${body}`;
        expect(validateIban(iban).isValid).toBe(true);
        const digitPositions = [...iban].flatMap((c, i) => (i >= 2 && /\d/.test(c) ? [i] : []));
        const at = digitPositions[index % digitPositions.length]!;
        const others = [...'0123456789'].filter((c) => c !== iban[at]);
        const changed = iban.slice(0, at) + others[pick % others.length] + iban.slice(at + 1);
        expect(validateIban(changed).isValid).toBe(false);
      }),
    );
  });
});

describe('formats without a checksum', () => {
  it('EIN: two-digit assigned prefix and seven digits', () => {
    expect(validateEin('12-3456789')).toMatchObject({ isValid: true, value: '123456789' });
    expect(validateEin('07-3456789').isValid).toBe(false);
    expect(validateEin('12-345678').isValid).toBe(false);
  });

  it('EU VAT: per-country rules', () => {
    expect(validateEuVat('DE 136 695 976').isValid).toBe(true);
    expect(validateEuVat('DE136695978').isValid).toBe(false);
    expect(validateEuVat('XX123').isValid).toBe(false);
  });

  it('UK company number: 8 digits or a prefix and 6 digits', () => {
    expect(validateUkCompanyNumber('00445790')).toMatchObject({ isValid: true, value: '00445790' });
    expect(validateUkCompanyNumber('445790')).toMatchObject({ isValid: true, value: '00445790' });
    expect(validateUkCompanyNumber('SC123456').isValid).toBe(true);
    expect(validateUkCompanyNumber('XY123456').isValid).toBe(false);
    expect(validateUkCompanyNumber('123456789').isValid).toBe(false);
  });
});

describe('validateHkid', () => {
  it('accepts a Hong Kong card number whose check character holds, one letter or two, with or without brackets', () => {
    expect(validateHkid('V270868(A)')).toEqual({ isValid: true, value: 'V270868A' });
    expect(validateHkid('A123456(3)').isValid).toBe(true);
    expect(validateHkid('AB9876543').isValid).toBe(true);
  });

  it('refuses another check character and another shape', () => {
    expect(validateHkid('V270868(3)')).toMatchObject({ isValid: false, failure: 'checksum' });
    expect(validateHkid('A123456(4)')).toMatchObject({ isValid: false, failure: 'checksum' });
    expect(validateHkid('V27086(A)')).toMatchObject({ isValid: false, failure: 'format' });
  });
});

describe('a USCC read by OCR in its own alphabet (docs8, seed 59 #32)', () => {
  it('gives back 0 for O, 1 for I, 5 for S, 2 for Z: letters GB 32100 never prints', async () => {
    const { usccInItsAlphabet, validateUscc } = await import('./checksums.js');
    expect(validateUscc('91330200MAUEOBR9XD').isValid).toBe(false);
    expect(validateUscc(usccInItsAlphabet('91330200MAUEOBR9XD')).isValid).toBe(true);
    expect(usccInItsAlphabet('9I35O2OOMAC5Z')).toBe('91350200MAC52');
  });
});
