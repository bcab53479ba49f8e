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

  it("is found with the unit's number at a line's end and 室 wrapped to the next (a bill's column)", () => {
    const bill =
      '福建省厦门市思了明区湖滨南路975号国际银行大厦2718 。 Bill date: 2026年09月28日\n室        Billing period: 2026年08月24日';
    expect(findChineseAddress(bill, registered)?.isFound).toBe(true);
    expect(findChineseAddress(bill.replace('2718', '27180'), registered)?.isFound).toBe(false);
  });

  it("is found with the house number at a line's end and 号 wrapped to the next (a bill's column)", () => {
    const bill =
      '福建省厦门市国际银行大厦2718室思明区湖滨南路975 ”Bill date: 2026年08月16日\n号        Billing period: 2026年07月12日';
    expect(findChineseAddress(bill, registered)?.isFound).toBe(true);
    expect(findChineseAddress(bill.replace('975 ', '9750 '), registered)?.isFound).toBe(false);
    expect(findChineseAddress(bill.replace('\n号', '\n室'), registered)?.isFound).toBe(false);
  });

  it('is found with the house number and its 号 wrapped to the next line (held-out seed 107 #32)', () => {
    const baiyun = {
      line1: '白云区机场路608号',
      line2: '白云国际商贸中心617室',
      city: '广州市',
      postal_code: '510440',
    };
    const bill =
      '陈平            Account number: 6163 6198 387\n广东省广州市白云国际商贸中心617室白云区机场路   Bill date: 2026年09月23日\n608号          Billing period: 2026年08月22日 - 2026年09月20日';
    expect(findChineseAddress(bill, baiyun)?.isFound).toBe(true);
    expect(findChineseAddress(bill.replace('\n608号', '\n609号'), baiyun)?.isFound).toBe(false);
    expect(findChineseAddress(bill.replace('\n608号', '\n608室'), baiyun)?.isFound).toBe(false);
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
  it('is found with the unit before the road and a subdistrict (街道) between (seed 61 #8)', () => {
    const yiwu = {
      line1: 'No. 582 Jiangbin North Road',
      line2: 'Unit 1114, International Trade City',
      city: 'Yiwu',
      postal_code: '322000',
      country: 'CN',
    };
    const printed = '住 所 浙江省义乌市国际商贸城1114室稠城街道江滨北路582号';
    expect(findLatinAddressInHan(printed, yiwu)).toMatchObject({ isFound: true });
    for (const other of [
      printed.replace('1114室', '1115室'),
      printed.replace('582号', '583号'),
      printed.replace('江滨北路', '江滨南路'),
      printed.replace('义乌市', '金华市'),
    ])
      expect(findLatinAddressInHan(other, yiwu)).toMatchObject({ isFound: false });
  });
  it('is found with a short road name after the unit and district, the unit number kept whole (seed 73 #36)', () => {
    const shenzhen = {
      line1: 'Shennan Ave No. 52',
      line2: 'Room 613, Software Industry Base',
      city: 'Shenzhen',
      region: 'Guangdong',
      postal_code: '518054',
      country: 'CN',
    };
    // The road's name may not start inside the unit's number (`13室南山区深南大道52号` lost the 6).
    const printed = '广东省深圳市软件产业基地613室南山区深南大道52号';
    expect(findLatinAddressInHan(printed, shenzhen)).toMatchObject({ isFound: true });
    for (const other of [
      printed.replace('613室', '614室'),
      printed.replace('52号', '53号'),
      printed.replace('深南大道', '深北大道'),
      printed.replace('深圳市', '广州市'),
    ])
      expect(findLatinAddressInHan(other, shenzhen)).toMatchObject({ isFound: false });
  });
  it("is found with a direction inside the road's name, translated (held-out seed 137 #40)", () => {
    const gaoxin = {
      line1: 'No. 21 Gaoxin South 7th Road',
      line2: 'Rm 2806, Tianan Cyber Park',
      city: 'Shenzhen',
      postal_code: '518067',
      country: 'CN',
    };
    const printed = '住所 广东省深圳市南山区高新南七道21号天安数码城2806室';
    expect(findLatinAddressInHan(printed, gaoxin)).toMatchObject({ isFound: true });
    for (const other of [printed.replace('高新南七道', '高新北七道'), printed.replace('南七道', '南六道')])
      expect(findLatinAddressInHan(other, gaoxin)).toMatchObject({ isFound: false });
  });

  it("is found printed building first with the house number's 号 wrapped to the next line (seed 97 #40)", () => {
    const xiamen = {
      line1: 'Lianqian West Rd No. 638',
      line2: 'Rm 3214, Xiamen International Bank Building',
      city: 'Xiamen',
      postal_code: '361001',
      country: 'CN',
    };
    const bill =
      '福建省厦门市国际银行大厦3214室思明区莲前西路638 ”Bill date: 2026年09月17日,\n号          Billing period: 2026年08月14日';
    expect(findLatinAddressInHan(bill, xiamen)).toMatchObject({ isFound: true });
    for (const other of [
      bill.replace('638 ', '6380 '),
      bill.replace('\n号', '\n室'),
      bill.replace('3214室', '3215室'),
      bill.replace('莲前西路', '莲前东路'),
    ])
      expect(findLatinAddressInHan(other, xiamen), other).toMatchObject({ isFound: false });
  });
  it('leaves a 汉字 registration to the 汉字 finder', () => {
    expect(findLatinAddressInHan('住所 厦门市思明区湖滨南路975号', registered)).toBeUndefined();
  });
});

describe('a registered 汉字 address on a document that prints it in English (docs8, seed 79 #36)', () => {
  const han = {
    line1: '福田区福华三路133号',
    line2: '赛格广场1612室',
    city: '深圳市',
    region: '广东省',
    postal_code: '518033',
    country: 'CN',
  };
  const statement = (road: string, unit = 'Rm 1612, SEG Plaza', city = '518033 Shenzhen, Guangdong') =>
    [
      'Shenzhen Mingyu Household Products Co., Ltd. Account number: 62122699141361560',
      `${unit}                             Statement date: 2026-10-14`,
      `${road}                               Statement period: 2026-09-14 to 2026-10-13`,
      `${city}                   Currency: HKD`,
    ].join('\n');

  it('is found in the Western order, the building renamed, the ordinal road in English or pinyin', async () => {
    const { findHanAddressInLatin } = await import('./han.address.latin.js');
    expect(findHanAddressInLatin(statement('133 Fuhua 3rd Road'), han)?.isFound).toBe(true);
    expect(findHanAddressInLatin(statement('No. 133 Fuhua San Lu'), han)?.isFound).toBe(true);
    expect(findHanAddressInLatin(statement('Fuhua Third Road No. 133'), han)?.isFound).toBe(true);
    expect(
      findHanAddressInLatin('Room 1612, 133 Fuhua 3rd Road, Futian District, Shenzhen 518033', han)?.isFound,
    ).toBe(true);
    const { findAddress } = await import('./address.find.js');
    expect(findAddress(statement('133 Fuhua 3rd Road'), han).isFound).toBe(true);
  });

  it('reads a direction and an avenue the ways they are written', async () => {
    const { findHanAddressInLatin } = await import('./han.address.latin.js');
    const north = {
      line1: '福田区华强北路28号',
      line2: '华强广场1716室',
      city: '深圳市',
      postal_code: '518031',
    };
    for (const road of ['28 Huaqiang North Road', '28 North Huaqiang Road', 'No. 28 Huaqiang Bei Lu'])
      expect(
        findHanAddressInLatin(`Unit 1716, Huaqiang Plaza\n${road}\nShenzhen 518031`, north)?.isFound,
        road,
      ).toBe(true);
    expect(findHanAddressInLatin('Unit 1716\n28 Huaqiang South Road\nShenzhen', north)?.isFound).toBe(false);
    const avenue = { line1: '南山区深南大道52号', line2: '软件产业基地613室', city: '深圳市' };
    expect(
      findHanAddressInLatin('Rm 613, Software Industry Base\n52 Shennan Avenue\nShenzhen', avenue)?.isFound,
    ).toBe(true);
  });

  it('is not found with another unit, house number, road or city', async () => {
    const { findHanAddressInLatin } = await import('./han.address.latin.js');
    expect(findHanAddressInLatin(statement('133 Fuhua 3rd Road', 'Rm 1613, SEG Plaza'), han)?.isFound).toBe(
      false,
    );
    expect(findHanAddressInLatin(statement('135 Fuhua 3rd Road'), han)?.isFound).toBe(false);
    expect(findHanAddressInLatin(statement('133 Fuhua 2nd Road'), han)?.isFound).toBe(false);
    expect(findHanAddressInLatin(statement('133 Zhenhua Road'), han)?.isFound).toBe(false);
    expect(
      findHanAddressInLatin(statement('133 Fuhua 3rd Road', undefined, '510405 Guangzhou, Guangdong'), han)
        ?.isFound,
    ).toBe(false);
    // The unit's number is not the house number read twice.
    const sameNumber = { line1: '福田区福华三路133号', line2: '赛格广场133室', city: '深圳市' };
    expect(findHanAddressInLatin('SEG Plaza\n133 Fuhua 3rd Road\nShenzhen', sameNumber)?.isFound).toBe(false);
  });

  it('leaves a Latin registration to the other readers', async () => {
    const { findHanAddressInLatin } = await import('./han.address.latin.js');
    expect(
      findHanAddressInLatin('133 Fuhua 3rd Road', { line1: '133 Fuhua 3rd Road', city: 'Shenzhen' }),
    ).toBeUndefined();
  });
});
