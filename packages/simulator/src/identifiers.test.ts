import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { formatBankAccount, isValidIban, randomBankAccount } from './banks.js';
import { OTHER_COUNTRIES, REGISTRATION_COUNTRIES } from './countries.js';
import { hkidCheck, prcIdCheck, prcResidentId } from './identity-numbers.js';
import { e164, formatPhone, randomPhone } from './phones.js';
import { Rng } from './random.js';
import {
  canonicalRegistrationNumber,
  luhnCheck,
  organisationCodeCheck,
  registrationNumber,
  unifiedSocialCreditCode,
  usccCheck,
} from './registration-numbers.js';

describe('check characters', () => {
  it('computes the GB 32100-2015 check of real Unified Social Credit Codes', () => {
    for (const code of [
      '9144030071526726XG',
      '914403001922038216',
      '91330100716105852F',
      '91110000802100433B',
    ]) {
      expect(usccCheck(code.slice(0, 17))).toBe(code.charAt(17));
      expect(organisationCodeCheck(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });

  it('computes the ISO 7064 MOD 11-2 check of a PRC resident ID and the HKID check digit', () => {
    expect(prcIdCheck('11010519491231002')).toBe('X');
    expect(hkidCheck('A', '123456')).toBe('3');
  });

  it('generates USCCs and resident IDs whose check characters hold', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = Rng.of(seed);
        const code = unifiedSocialCreditCode(rng, 'Shenzhen');
        expect(code).toMatch(/^91440300[0-9A-HJ-NP-RTUWXY]{10}$/);
        expect(usccCheck(code.slice(0, 17))).toBe(code.charAt(17));
        expect(organisationCodeCheck(code.slice(8, 16))).toBe(code.charAt(16));
        const id = prcResidentId(rng, '1985-03-02', 'F');
        expect(id.slice(6, 14)).toBe('19850302');
        expect(Number(id.charAt(16)) % 2).toBe(0);
        expect(prcIdCheck(id.slice(0, 17))).toBe(id.charAt(17));
      }),
    );
  });

  it('generates French SIRENs and Italian VAT numbers that pass Luhn', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const siren = canonicalRegistrationNumber(registrationNumber(Rng.of(seed), 'FR', 'Paris'));
        expect(luhnCheck(siren.slice(0, 8))).toBe(siren.charAt(8));
        const vat = registrationNumber(Rng.of(seed), 'IT', 'Milano');
        expect(luhnCheck(vat.slice(0, 10))).toBe(vat.charAt(10));
      }),
    );
  });
});

describe('bank accounts', () => {
  it('generates valid IBANs in Europe, however they are printed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('GB', 'DE', 'FR', 'ES', 'IT', 'NL'), (seed, country) => {
        const rng = Rng.of(seed);
        const account = randomBankAccount(rng, country);
        expect(isValidIban(account.canonical)).toBe(true);
        expect(isValidIban(formatBankAccount(rng, account))).toBe(true);
      }),
    );
    expect(isValidIban('GB82WEST12345698765433')).toBe(false);
  });

  it("gives Spanish IBANs the two control digits Spain's banks print (ES91 2100 0418 45 0200051332)", () => {
    // The published example's DC 45, by the same weights: a bank-side validator (ibantools) checks them.
    const control = (ten: string) => {
      const d =
        11 - ([...ten].reduce((s, c, i) => s + Number(c) * [1, 2, 4, 8, 5, 10, 9, 7, 3, 6][i]!, 0) % 11);
      return d === 11 ? 0 : d === 10 ? 1 : d;
    };
    expect(`${control('0021000418')}${control('0200051332')}`).toBe('45');
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const bban = randomBankAccount(Rng.of(seed), 'ES').canonical.slice(4);
        expect(`${control(`00${bban.slice(0, 8)}`)}${control(bban.slice(10))}`).toBe(bban.slice(8, 10));
      }),
    );
  });

  it('prints one account with spaces or dashes but the same characters', () => {
    const rng = Rng.of(4);
    const account = randomBankAccount(rng, 'CN');
    const printed = Array.from({ length: 20 }, () => formatBankAccount(rng, account));
    expect(new Set(printed).size).toBeGreaterThan(1);
    for (const p of printed) expect(p.replace(/[\s-]/g, '')).toBe(account.canonical);
  });
});

describe('phones', () => {
  it('generates numbers that libphonenumber reads back to the same E.164, in every format', () => {
    const rng = Rng.of(99);
    const problems: string[] = [];
    for (const country of [...REGISTRATION_COUNTRIES, ...OTHER_COUNTRIES]) {
      for (let i = 0; i < 400; i++) {
        const phone = randomPhone(rng, country);
        const text = formatPhone(rng, phone, i % 2 === 0);
        const parsed = parsePhoneNumberFromString(text, country as CountryCode);
        if (!parsed?.isValid() || parsed.number !== e164(phone)) problems.push(`${country} ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the country code on a number from abroad', () => {
    const rng = Rng.of(5);
    for (let i = 0; i < 50; i++)
      expect(formatPhone(rng, randomPhone(rng, 'CN'), true)).toMatch(/^(\+|\(\+|00)/);
  });
});
