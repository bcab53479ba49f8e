import { describe, expect, it } from 'vitest';
import { findChineseAddress } from './chinese.address.js';

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
