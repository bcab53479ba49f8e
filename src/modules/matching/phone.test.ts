import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  it('reads every common way of writing one number as one E.164 key', () => {
    const writings: [string, string][] = [
      ['+86 138 0013 8000', 'US'],
      ['+8613800138000', 'GB'],
      ['13800138000', 'CN'],
      ['(+86) 138 0013 8000', 'DE'],
      ['0086 13800138000', 'US'],
      ['+86-138-0013-8000', 'CN'],
      ['＋８６ １３８ ００１３ ８０００', 'JP'],
    ];
    for (const [raw, country] of writings) expect(normalisePhone(raw, country)?.key).toBe('+8613800138000');
  });

  it('uses the registered country only for numbers without a prefix', () => {
    expect(normalisePhone('(415) 555-0134', 'US')?.key).toBe('+14155550134');
    expect(normalisePhone('07700 900123', 'GB')?.key).toBe('+447700900123');
    expect(normalisePhone('5635 1720', 'HK')?.key).toBe('+85256351720');
    expect(normalisePhone('+852 5635 1720', 'CN')?.country).toBe('HK');
  });

  it('keeps the digits of a number it cannot read, and drops fragments', () => {
    expect(normalisePhone('12345678', undefined)?.key).toBe('#12345678');
    expect(normalisePhone('12-34', 'CN')).toBeUndefined();
  });

  it('is idempotent and blind to separators', () => {
    const number = fc.constantFrom(
      '+8613800138000',
      '+14155550134',
      '+447911123456',
      '+85256351720',
      '+4915112345678',
    );
    const separators = fc.array(fc.constantFrom('', ' ', '-', '.'), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(number, separators, (key, seps) => {
        const written = `+${[...key.slice(1)].map((d, i) => `${d}${seps[i]}`).join('')}`;
        expect(normalisePhone(written)?.key).toBe(key);
        expect(normalisePhone(key)?.key).toBe(key);
      }),
    );
  });
});
