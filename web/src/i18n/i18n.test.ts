import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n, fill } from './i18n';
import { LABELS } from './labels';
import { zh } from './zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('gives every English text in Chinese with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect({ key, names: placeholders(zh[key]) }).toEqual({ key, names: placeholders(en[key]) });
  });

  it('gives every enum word in both languages', () => {
    for (const words of Object.values(LABELS))
      for (const word of Object.values(words)) {
        expect(word.en.length).toBeGreaterThan(0);
        expect(word.zh).toMatch(/[\u4e00-\u9fff]/);
      }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('formats dates, lists and labels in the chosen language', () => {
    const english = createI18n('en');
    const chinese = createI18n('zh');
    expect(english.formatDate('2026-12-13T03:53:01Z')).toBe('13 Dec 2026');
    expect(chinese.formatDate('2026-12-13T03:53:01Z')).toBe('2026年12月13日');
    expect(english.formatList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(chinese.label('restriction', 'payouts_held')).toBe('暂停打款');
    expect(english.label('status', 'something_new')).toBe('something new');
    expect(chinese.pick({ en: 'Passport', zh: '护照' })).toBe('护照');
  });
});
