import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../platform/errors.js';
import { chooseProblemLanguage, PROBLEM_TEXTS } from './problem.texts.js';

describe('problem texts', () => {
  it('has every code in both languages, the Chinese with full-width punctuation', () => {
    for (const code of ERROR_CODES) {
      expect(PROBLEM_TEXTS[code].en).toMatch(/\.$/);
      expect(PROBLEM_TEXTS[code].zh).toMatch(/。$/);
      expect(PROBLEM_TEXTS[code].zh).not.toMatch(/[,;:!?]/);
    }
  });

  it('follows Accept-Language by its weights, then the stored language, then English', () => {
    expect(chooseProblemLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(chooseProblemLanguage('en;q=0.5, zh-Hans;q=0.9')).toBe('zh');
    expect(chooseProblemLanguage('fr-FR, en;q=0.4')).toBe('en');
    expect(chooseProblemLanguage('fr-FR, de', 'zh')).toBe('zh');
    expect(chooseProblemLanguage(undefined, 'zh')).toBe('zh');
    expect(chooseProblemLanguage('x-klingon;q=abc')).toBe('en');
    expect(chooseProblemLanguage('')).toBe('en');
  });
});
