import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePersonNames, normalisePersonName } from './person-name.js';

const agreement = (a: string, b: string) =>
  comparePersonNames(normalisePersonName(a), normalisePersonName(b)).agreement;

describe('normalisePersonName', () => {
  it('gives one key whatever the script, order, case, comma or width', () => {
    const key = normalisePersonName('Wang Xiaoming').key;
    expect(key).toBe('wang xiaoming');
    for (const written of [
      '王晓明',
      'WANG Xiaoming',
      'Xiaoming Wang',
      'WANG, Xiaoming',
      'wang xiaoming',
      'Ｗａｎｇ　Ｘｉａｏｍｉｎｇ',
    ])
      expect(normalisePersonName(written).key).toBe(key);
  });

  it('reads surnames in surname mode and keeps compound surnames whole', () => {
    expect(normalisePersonName('单雄信').key).toBe('shan xiongxin');
    expect(normalisePersonName('欧阳娜娜').key).toBe('nana ouyang');
  });

  it('folds diacritics, drops apostrophes and honorifics', () => {
    expect(normalisePersonName('María García').key).toBe('garcia maria');
    expect(normalisePersonName("Mr Seán O'Brien").key).toBe('obrien sean');
  });

  it('is idempotent and blind to word order and case', () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.boolean(), (words, comma) => {
        const key = normalisePersonName(words.join(' ')).key;
        expect(normalisePersonName(key).key).toBe(key);
        const reordered = [...words].reverse().map((w, i) => (i % 2 ? w.toUpperCase() : w.toLowerCase()));
        const written = comma ? `${reordered[0]}, ${reordered.slice(1).join(' ')}` : reordered.join(' ');
        expect(normalisePersonName(written).key).toBe(key);
      }),
    );
  });
});

describe('comparePersonNames', () => {
  it('sees script, order, joined given names and homophones as the same words', () => {
    expect(agreement('王晓明', 'Xiao Ming WANG')).toBe('exact');
    expect(agreement('李俊萱', 'Li Jun Xuan')).toBe('exact');
    expect(agreement('朱美辉', '朱美晖')).toBe('exact');
    expect(agreement('Thomas Müller', 'MUELLER, Thomas')).toBe('exact');
    expect(agreement('吕布', 'Lyu Bu')).toBe('exact');
  });

  it('tolerates a typo in a longer word', () => {
    expect(agreement('Pan Yongqiang', 'Pan Yonqiang')).toBe('strong');
    expect(agreement('Jcob Campbell', 'CAMPBELL, Jacob')).toBe('strong');
    expect(agreement('lydia mccarthy', 'lydia mccaryhy')).toBe('strong');
    expect(agreement('John Smith', 'John Paul Smith')).toBe('strong');
  });

  it('never treats a changed letter in a short word as a typo', () => {
    expect(agreement('Zhang Wei', 'Zhang Wen')).toBe('partial');
    expect(agreement('John Smith', 'Joan Smith')).toBe('partial');
    expect(agreement('Li Na', 'Lin Na')).toBe('partial');
  });

  it('grades names that share only some words', () => {
    expect(agreement('william green', 'natalia green')).toBe('partial');
    expect(agreement('isabelle', 'isabelle smith')).toBe('partial');
    expect(agreement('Zhong Yulong', 'Zheng Xiaoran')).toBe('weak');
    expect(agreement('Maria Lopez', 'Wang Wei')).toBe('different');
    expect(agreement('', 'Wang Wei')).toBe('missing');
  });

  it('is symmetric', () => {
    const name = fc.stringMatching(/^[a-z]{2,8}( [a-z]{2,8}){0,2}$/);
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(agreement(a, b)).toBe(agreement(b, a));
      }),
    );
  });
});
