import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKeysOfQuery, searchKeysOfSeller } from './search.keys.js';

const seller = searchKeysOfSeller({
  seller_id: 'S000031',
  business: {
    legal_name: 'Apex Stone Trading Co., Ltd.',
    registration_number: '91440300-MA5F-XXXX',
    country: 'CN',
  },
  legal_rep: { full_name: '王晓明', id_number: '440301 19850302 1234' },
  contact: { email: 'Xiao.Ming@Example.CN', phone: '138 0013 8000' },
  bank: { account_number: 'GB29 NWBK 6016 1331 9268 19' },
});

/** Whether a query would find the seller by an exact key, or by all its name words (the last begun). */
const finds = (q: string): boolean => {
  const { exact, nameTokens } = searchKeysOfQuery(q);
  if (exact.some((k) => seller.includes(k))) return true;
  if (!nameTokens.length) return false;
  const last = nameTokens.at(-1)!;
  return (
    nameTokens.slice(0, -1).every((t) => seller.includes(`n:${t}`)) &&
    seller.some((k) => k.startsWith(`n:${last}`))
  );
};

describe('search keys', () => {
  it('find a name in 汉字, in pinyin in either order, joined, and by a word begun', () => {
    for (const q of [
      '王晓明',
      'Wang Xiaoming',
      'xiaoming wang',
      'WANG, Xiaoming',
      'wangxiaoming',
      'Ｗａｎｇ',
      'xiao',
    ])
      expect(finds(q), q).toBe(true);
    expect(finds('Li Xiaoming')).toBe(false);
  });

  it('find identifiers whatever their spacing, dashes or case', () => {
    for (const q of [
      'xiao.ming@example.cn',
      '+86 138-0013-8000',
      '13800138000',
      '91440300ma5fxxxx',
      'gb29nwbk60161331926819',
      '440301-19850302-1234',
      's000031',
    ])
      expect(finds(q), q).toBe(true);
  });

  it('turn any text into keys without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const keys = searchKeysOfQuery(q);
        expect(Array.isArray(keys.exact)).toBe(true);
      }),
    );
  });
});
