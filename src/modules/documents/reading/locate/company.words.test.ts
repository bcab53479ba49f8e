import { describe, expect, it } from 'vitest';
import { namesCompanyAcrossScripts } from './company.words.js';

describe('a Latin company name against a 汉字 licence line', () => {
  it('matches pinyin place and brand, translated industry and legal form', () => {
    expect(
      namesCompanyAcrossScripts('Shenzhen Huasheng Technology Co., Ltd.', '名称 深圳市华盛科技有限公司'),
    ).toBe(true);
    expect(
      namesCompanyAcrossScripts(
        'Xiamen Jufei Household Products Co., Ltd.',
        '名 称 厦门市聚飞家居用品有限公司',
      ),
    ).toBe(true);
  });

  it('matches the other way round too, through findCompanyName', async () => {
    const { findCompanyName } = await import('./consistency.find.js');
    expect(
      findCompanyName('Bill to: Shenzhen Huasheng Technology Co., Ltd.', '深圳市华盛科技有限公司').isFound,
    ).toBe(true);
    expect(
      findCompanyName('Bill to: Shenzhen Huada Technology Co., Ltd.', '深圳市华盛科技有限公司').isFound,
    ).toBe(false);
  });

  it('refuses another brand, another industry, or no company at all', () => {
    expect(
      namesCompanyAcrossScripts('Shenzhen Huasheng Technology Co., Ltd.', '深圳市华达科技有限公司'),
    ).toBe(false);
    expect(
      namesCompanyAcrossScripts('Shenzhen Huasheng Technology Co., Ltd.', '深圳市华盛贸易有限公司'),
    ).toBe(false);
    expect(namesCompanyAcrossScripts('Shenzhen Huasheng Technology Co., Ltd.', '深圳市华盛科技')).toBe(false);
  });

  it('takes no place name for a company registered in 汉字 (seed 59 #54)', async () => {
    const { findCompanyName } = await import('./consistency.find.js');
    expect(findCompanyName('200120 Shanghai', '上海市锦晟贸易有限公司').isFound).toBe(false);
    expect(findCompanyName('Ship from: Shanghai, China', '上海市锦晟贸易有限公司').isFound).toBe(false);
    expect(
      findCompanyName('Bill to: Shanghai Jinsheng Trading Co., Ltd.', '上海市锦晟贸易有限公司').isFound,
    ).toBe(true);
    expect(
      findCompanyName('Bill to: Shanghai Jinsheng Trading Co., Ltd.', '上海锦晟贸易有限公司').isFound,
    ).toBe(true);
  });

  it('finds it in its column of a statement line OCR reads with the next column (seed 61 #20)', async () => {
    const { findCompanyName } = await import('./consistency.find.js');
    const line = (name: string) => `${name}           Account number: 79707194194239`;
    expect(
      findCompanyName(line('Hangzhou Huiheng Technology Co., Ltd.'), '杭州市汇恒科技有限公司').isFound,
    ).toBe(true);
    expect(
      findCompanyName(line('Hangzhou Huida Technology Co., Ltd.'), '杭州市汇恒科技有限公司').isFound,
    ).toBe(false);
    expect(findCompanyName(line('200120 Hangzhou'), '杭州市汇恒科技有限公司').isFound).toBe(false);
  });
});

describe('a 汉字 company on a statement that prints it in English (docs8, seed 79 #36)', () => {
  const registered = '深圳市铭宇家居用品有限公司';

  it("is found when OCR ran the name into the next column's label with one space", async () => {
    const { findCompanyName } = await import('./consistency.find.js');
    const line = (name: string) => `${name} Account number: 62122699141361560`;
    expect(findCompanyName(line('Shenzhen Mingyu Household Products Co., Ltd.'), registered).isFound).toBe(
      true,
    );
    expect(findCompanyName(line('Shenzhen Mingyu Household products Co Ltd，'), registered).isFound).toBe(
      true,
    );
    expect(findCompanyName(line('Shenzhen Mingtai Household Products Co., Ltd.'), registered).isFound).toBe(
      false,
    );
    expect(findCompanyName(line('Shenzhen Mingyu Electronics Co., Ltd.'), registered).isFound).toBe(false);
  });

  it('reads the usual English industry words: "Home Furnishing", "Houseware", "Daily Necessities"', async () => {
    const { findCompanyName } = await import('./consistency.find.js');
    for (const name of [
      'Shenzhen Mingyu Home Furnishing Co., Ltd.',
      'Shenzhen Mingyu Houseware Co., Ltd.',
      'Shenzhen Mingyu Household Goods Co., Ltd.',
    ])
      expect(findCompanyName(`Account holder: ${name}`, registered).isFound, name).toBe(true);
    expect(findCompanyName('Account holder: Shenzhen Mingyu Hardware Co., Ltd.', registered).isFound).toBe(
      false,
    );
    expect(
      findCompanyName('Account holder: Shenzhen Yuming Home Furnishing Co., Ltd.', registered).isFound,
    ).toBe(false);
  });
});

describe('where a company name is one 汉字 off (docs8)', () => {
  it('gives the position of the differing 汉字 in a line without spaces, either registration', async () => {
    const { nameOneHanOffAt } = await import('./company.words.js');
    expect(
      nameOneHanOffAt('Ningbo Anxin E-commerce Co., Ltd.', '宁波市安结电子商务有限公司Accountnumber:7471'),
    ).toBe(4);
    expect(nameOneHanOffAt('宁波市安鑫电子商务有限公司', '户名宁波市安结电子商务有限公司')).toBe(6);
    expect(nameOneHanOffAt('宁波市安鑫电子商务有限公司', '户名宁波市华结电子商务有限公司')).toBe(-1);
    expect(nameOneHanOffAt('Ningbo Anxin E-commerce Co., Ltd.', '宁波市安鑫电子商务有限公司')).toBe(-1);
  });

  it("gives it for a person's name of three 汉字, never for one of two (seed 83 #24)", async () => {
    const { nameOneHanOffAt } = await import('./company.words.js');
    expect(nameOneHanOffAt('邱雨婷', '户名印雨婷Accountnumber10637654046')).toBe(2);
    expect(nameOneHanOffAt('邱雨婷', '户名邱雨婷')).toBe(-1);
    expect(nameOneHanOffAt('邱雨婷', '户名印雪婷')).toBe(-1);
    expect(nameOneHanOffAt('王芳', '户名王方')).toBe(-1);
  });
});
