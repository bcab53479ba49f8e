import { describe, expect, it } from 'vitest';
import { findChineseAddress, findLatinAddressInHan } from './chinese.address.js';

const registered = {
  line1: '思明区湖滨南路975号',
  line2: '国际银行大厦2718室',
  city: '厦门市',
  postal_code: '361001',
};

describe('a registered 汉字 address on a Chinese document', () => {
  it('is found on one line, province first, with a character OCR added, or its parts in another order', () => {
    expect(
      findChineseAddress('住所 福建省厦门市思了明区湖滨南路975号国际银行大厦2718室', registered)?.isFound,
    ).toBe(true);
    expect(
      findChineseAddress('住 所 福建省厦门市国际银行大厦2718室思明区湖滨南路975号', registered)?.isFound,
    ).toBe(true);
  });

  it('is not found with another number, another unit or another city', () => {
    expect(findChineseAddress('福建省厦门市思明区湖滨南路957号国际银行大厦2718室', registered)?.isFound).toBe(
      false,
    );
    expect(findChineseAddress('福建省厦门市思明区湖滨南路975号国际银行大厦2719室', registered)?.isFound).toBe(
      false,
    );
    expect(findChineseAddress('福建省福州市思明区湖滨南路975号国际银行大厦2718室', registered)?.isFound).toBe(
      false,
    );
  });

  it('leaves a Latin address to the other reader', () => {
    expect(
      findChineseAddress('10 Downing Street', { line1: '10 Downing Street', city: 'London' }),
    ).toBeUndefined();
  });
});

describe('a registered Latin address on a document printed in 汉字', () => {
  // Seed 43 #32: a 营业执照 of a seller registered in English.
  const latin = {
    line1: 'No. 28 Fuhua 3rd Road',
    line2: 'Huaqiang Plaza, Rm. 1716',
    city: 'Shenzhen',
    postal_code: '518031',
    country: 'CN',
  };
  it('is found by the road in pinyin, its ordinal as the 汉字 numeral, the number, unit and city', () => {
    expect(findLatinAddressInHan('住 所广东省深圳市福田区福华三路28号华强广场1716室', latin)).toMatchObject({
      isFound: true,
    });
  });
  it('is not found when the road, the number, the unit or the city differs', () => {
    for (const line of [
      '住所 广东省深圳市福田区福华路28号华强广场1716室',
      '住所 广东省深圳市福田区福华三路29号华强广场1716室',
      '住所 广东省深圳市福田区福华三路28号华强广场1717室',
      '住所 广东省广州市天河区福华三路28号华强广场1716室',
    ])
      expect(findLatinAddressInHan(line, latin)).toMatchObject({ isFound: false });
  });
  it('leaves a 汉字 registration to the 汉字 finder', () => {
    expect(findLatinAddressInHan('住所 厦门市思明区湖滨南路975号', registered)).toBeUndefined();
  });
});
