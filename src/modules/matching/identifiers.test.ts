import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, compareIdNumbers } from './fields.compare.js';
import {
  normaliseAccountNumber,
  normaliseDate,
  normaliseEmail,
  normaliseIdNumber,
  normaliseIp,
  normaliseRegistrationNumber,
} from './identifiers.js';
import {
  maskAccountNumber,
  maskEmail,
  maskIdNumber,
  maskOpaque,
  maskPhone,
  maskRegistrationNumber,
} from './mask.js';

/** Inserts separators people type into numbers: spaces, dashes, dots, brackets. */
const withSeparators = (value: string) =>
  fc
    .array(fc.constantFrom('', ' ', '-', '.', '(', ')', ' - '), {
      minLength: value.length,
      maxLength: value.length,
    })
    .map((seps) => [...value].map((ch, i) => `${seps[i]}${ch}`).join(''));

describe('account and registration numbers', () => {
  it('keep only their significant characters, upper case', () => {
    expect(normaliseAccountNumber('6214-8380-5048-8069-0')).toBe('62148380504880690');
    expect(normaliseAccountNumber('DE21 2718 6608 2972 0426 19')).toBe('DE21271866082972042619');
    expect(normaliseAccountNumber('(0049) 12.34')).toBe('00491234');
    expect(normaliseRegistrationNumber('913302-00mak1-y55x50', 'CN')).toBe('CN:91330200MAK1Y55X50');
    expect(normaliseRegistrationNumber('HRB 101730', 'DE')).not.toBe(
      normaliseRegistrationNumber('HRB 101730', 'AT'),
    );
  });

  it('map every way of writing one number to one key, and are idempotent', () => {
    const account = fc.stringMatching(/^[A-Z]{0,2}[0-9]{6,20}$/);
    fc.assert(
      fc.property(
        account.chain((value) => fc.tuple(fc.constant(value), withSeparators(value), fc.boolean())),
        ([value, written, lower]) => {
          const key = normaliseAccountNumber(lower ? written.toLowerCase() : written);
          expect(key).toBe(value);
          expect(normaliseAccountNumber(key!)).toBe(key);
        },
      ),
    );
  });

  it('are nothing when too short to identify', () => {
    expect(normaliseAccountNumber('12-3')).toBeUndefined();
    expect(normaliseIdNumber(' - ')).toBeUndefined();
  });
});

describe('emails', () => {
  it('ignore case everywhere, and dots and +tags only at Gmail', () => {
    expect(normaliseEmail('CheungMeiling@Outlook.COM')).toBe('cheungmeiling@outlook.com');
    expect(normaliseEmail('J.Smith+shop@googlemail.com')).toBe('jsmith@gmail.com');
    expect(normaliseEmail('j.smith@outlook.com')).not.toBe(normaliseEmail('jsmith@outlook.com'));
    expect(normaliseEmail('j.smith+a@company.com')).toBe('j.smith+a@company.com');
    expect(normaliseEmail('not an email')).toBeUndefined();
  });

  it('are idempotent and blind to case', () => {
    const email = fc.tuple(
      fc.stringMatching(/^[a-z0-9][a-z0-9.+_]{0,12}$/),
      fc.constantFrom('gmail.com', 'qq.com', 'outlook.com'),
    );
    fc.assert(
      fc.property(email, ([local, domain]) => {
        const key = normaliseEmail(`${local}@${domain}`);
        if (key === undefined) return;
        expect(normaliseEmail(key)).toBe(key);
        expect(normaliseEmail(`${local.toUpperCase()}@${domain.toUpperCase()}`)).toBe(key);
      }),
    );
  });
});

describe('dates and ID numbers', () => {
  it('normalise dates to digits and see typical slips as near', () => {
    expect(normaliseDate('1985-03-02')).toBe('19850302');
    expect(compareDates('19850302', '19850302')).toBe('exact');
    expect(compareDates('19850302', '19850312')).toBe('near');
    expect(compareDates('19391213', '19391123')).toBe('near');
    expect(compareDates('19850302', '19850203')).toBe('near');
    expect(compareDates('19850302', '19960714')).toBe('different');
    expect(compareDates(undefined, '19850302')).toBe('missing');
  });

  it('see one edit in a long ID number as near, never in a short one', () => {
    expect(compareIdNumbers('2694239', '2692439')).toBe('near');
    expect(compareIdNumbers('E12345678', 'E12345678')).toBe('exact');
    expect(compareIdNumbers('12345', '12346')).toBe('different');
  });

  it('normalise IPv4 leading zeros', () => {
    expect(normaliseIp('010.001.002.003')).toBe('10.1.2.3');
  });
});

describe('masks', () => {
  it('show only what lets a reviewer recognise the identifier', () => {
    expect(maskPhone('+8613800138000')).toBe('+86 138****8000');
    expect(maskAccountNumber('62148380504880690')).toBe('****0690');
    expect(maskEmail('a.b@b.com')).toBe('a***@b.com');
    expect(maskOpaque('dev-9f8e7d6c')).toBe('****7d6c');
    expect(maskRegistrationNumber('CN:91330200MAK1Y55X50')).toBe('CN 91****50');
    expect(maskIdNumber('E12345678')).toBe('****678');
  });
});
