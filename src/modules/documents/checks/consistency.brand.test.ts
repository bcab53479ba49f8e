import { describe, expect, it } from 'vitest';
import type { DocumentType, SellerRecord } from '../../sellers/index.js';
import { namesCompanyOneHanOff } from '../reading/locate/company.words.js';
import type { ReadField } from '../reading/reading.schema.js';
import { checkConsistency } from './consistency.check.js';

// Seed 59 #9: a 营业执照 of "Shenzhen Huisheng E-commerce Co., Ltd." (深圳市辉盛电子商务有限公司) whose
// brand 辉盛 was read `辉已` and whose representative 刘建怡 was read `刘建恰`; its USCC read valid.
const USCC = '914403007207673571';
const SELLER: SellerRecord = {
  seller_id: 'S9',
  entity_type: 'business',
  business: {
    legal_name: 'Shenzhen Huisheng E-commerce Co., Ltd.',
    registration_number: USCC,
    country: 'CN',
  },
  legal_rep: { full_name: '刘建怡' },
};

const place = { file: 1, page: 1, confidence: 0.8, source: 'ocr', reader: 'licence' } as const;

const items = (name: string, representative: string, uscc = USCC) =>
  checkConsistency({
    type: 'business_license',
    reading: {
      pages: [
        {
          file: 1,
          page: 1,
          source: 'ocr',
          confidence: 70,
          text: `营业执照\n统一社会信用代码 ${uscc}\n名 称 ${name}\n法定代表人 ${representative}`,
        },
      ],
      fields: [
        { name: 'identifier', kind: 'uscc', value: uscc, labelled: true, at: 0, ...place },
        { name: 'representative', value: representative, ...place },
      ] satisfies ReadField[],
    },
    seller: SELLER,
  });
const codeOf = (list: ReturnType<typeof items>, field: string) =>
  list.find((c) => c.evidence.field === field)?.code;

describe('a company name one 汉字 off on a licence identified by its registered USCC', () => {
  it('warns FIELD_UNCLEAR for the name and the representative when the USCC is the registered one', () => {
    const list = items('深圳市辉已电子商务有限公司', '刘建恰');
    expect(list.find((c) => c.evidence.field === 'legal_name')).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { misreadOf: 'Shenzhen Huisheng E-commerce Co., Ltd.' },
    });
    expect(codeOf(list, 'legal_rep_name')).toBe('FIELD_UNCLEAR');
  });

  it('still fails on another company’s USCC, two 汉字 off, or an industry word off', () => {
    const other = items('深圳市辉已电子商务有限公司', '刘建恰', '91440300MARMG16JX4');
    expect(codeOf(other, 'legal_name')).toBe('FIELD_NOT_FOUND');
    expect(codeOf(other, 'legal_rep_name')).toBe('FIELD_NOT_FOUND');
    expect(codeOf(items('深圳市马已电子商务有限公司', '刘建怡'), 'legal_name')).toBe('FIELD_NOT_FOUND');
    expect(
      namesCompanyOneHanOff('Shenzhen Huisheng E-commerce Co., Ltd.', '深圳市辉盛电子商各有限公司'),
    ).toBe(false);
    expect(
      namesCompanyOneHanOff('Shenzhen Huisheng E-commerce Co., Ltd.', '深圳市辉盛电子商务有限公司'),
    ).toBe(false);
    expect(
      namesCompanyOneHanOff('Shenzhen Huisheng E-commerce Co., Ltd.', '深圳市辉已电子商务有限公司'),
    ).toBe(true);
  });
});

describe('the registered USCC read with an O for a 0 (docs8, seed 59 #32)', () => {
  it('still identifies the licence: GB 32100 prints no O, so it can only be a 0', () => {
    const list = items('深圳市辉已电子商务有限公司', '刘建恰', '9144O3OO72O7673571');
    expect(codeOf(list, 'registration_number')).toBe('FIELD_FOUND');
    expect(codeOf(list, 'legal_name')).toBe('FIELD_UNCLEAR');
  });
});

/**
 * One field's item on a page OCR read as `text`, the 汉字 at `at` of `line` (the line without
 * spaces, as `unsureHanOf` gives it) read unsure.
 */
const itemOnOcrPage = (
  input: { type: DocumentType; mustShow: string[]; seller: SellerRecord; field: string },
  text: string,
  line: string,
  at: number[],
) =>
  checkConsistency({
    type: input.type,
    mustShow: input.mustShow,
    reading: {
      pages: [
        {
          file: 1,
          page: 1,
          source: 'ocr',
          confidence: 85,
          text,
          unsure: at.length > 0 ? [{ text: line, at }] : [],
        },
      ],
    },
    seller: input.seller,
  }).find((c) => c.evidence.field === input.field);

describe('a company name one 汉字 off on a bill, that 汉字 read unsure (docs8, seed 59 #32)', () => {
  const ANXIN: SellerRecord = {
    seller_id: 'S3',
    entity_type: 'business',
    business: {
      legal_name: 'Ningbo Anxin E-commerce Co., Ltd.',
      registration_number: '91330200MAUE0BR9XD',
      country: 'CN',
    },
    legal_rep: { full_name: 'Liang Xiuying' },
  };
  const bill = (read: string, at: number[], legalName = ANXIN.business!.legal_name) =>
    itemOnOcrPage(
      {
        type: 'utility_bill',
        mustShow: ['registered_name'],
        seller: { ...ANXIN, business: { ...ANXIN.business!, legal_name: legalName } },
        field: 'legal_name',
      },
      `电费账单\n${read}             Account number: 7471 1529 626`,
      `${read}Accountnumber:74711529626`,
      at,
    );

  it('warns FIELD_UNCLEAR when the differing 汉字 was read unsure', () => {
    expect(bill('宁波市安结电子商务有限公司', [4])).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { misreadOf: 'Ningbo Anxin E-commerce Co., Ltd.' },
    });
  });

  it('fails when that 汉字 was read surely, another 汉字 was the unsure one, or two differ', () => {
    expect(bill('宁波市安结电子商务有限公司', [])?.code).toBe('FIELD_NOT_FOUND');
    expect(bill('宁波市安结电子商务有限公司', [7])?.code).toBe('FIELD_NOT_FOUND');
    expect(bill('宁波市华结电子商务有限公司', [3, 4])?.code).toBe('FIELD_NOT_FOUND');
    expect(bill('宁波市安结电子商务有限公司', [4], '宁波市华鑫电子商务有限公司')?.code).toBe(
      'FIELD_NOT_FOUND',
    );
  });
});

describe("an individual seller's 汉字 name one 汉字 off on a bill, that 汉字 read unsure (seed 83 #24)", () => {
  const QIU: SellerRecord = {
    seller_id: 'S4',
    entity_type: 'individual',
    legal_rep: { full_name: '邱雨婷', nationality: 'CN' },
  };
  const bill = (read: string, at: number[]) =>
    itemOnOcrPage(
      { type: 'utility_bill', mustShow: ['registered_name'], seller: QIU, field: 'legal_name' },
      `电费账单\n户名 ${read}   Account number 1063 7654 046`,
      `户名${read}Accountnumber10637654046`,
      at,
    );

  it('warns FIELD_UNCLEAR when the surname was read unsure, fails when read surely', () => {
    expect(bill('印雨婷', [2])).toMatchObject({ code: 'FIELD_UNCLEAR', status: 'warn' });
    expect(bill('印雨婷', [])?.code).toBe('FIELD_NOT_FOUND');
    expect(bill('印雪婷', [2, 3])?.code).toBe('FIELD_NOT_FOUND');
  });
});

describe("a licence's representative one 汉字 off, that 汉字 read unsure", () => {
  const HAO: SellerRecord = {
    seller_id: 'S5',
    entity_type: 'business',
    business: {
      legal_name: 'Shenzhen Huihuida Technology Co., Ltd.',
      registration_number: '91440300440524764P',
      country: 'CN',
    },
    legal_rep: { full_name: '郝金然', nationality: 'CN' },
  };
  const rep = (type: 'business_license' | 'government_id', at: number[]) =>
    itemOnOcrPage(
      { type, mustShow: ['legal_rep_name'], seller: HAO, field: 'legal_rep_name' },
      '营业执照\n法定代表人 孝金然',
      '法定代表人孝金然',
      at,
    );

  it('warns FIELD_UNCLEAR on a licence, fails when read surely', () => {
    expect(rep('business_license', [5])).toMatchObject({ code: 'FIELD_UNCLEAR', status: 'warn' });
    expect(rep('business_license', [])?.code).toBe('FIELD_NOT_FOUND');
  });

  it('leaves a representative registered in pinyin alone', () => {
    const pinyin = { ...HAO, legal_rep: { full_name: 'Li Na', nationality: 'CN' } };
    const item = itemOnOcrPage(
      { type: 'business_license', mustShow: ['legal_rep_name'], seller: pinyin, field: 'legal_rep_name' },
      '营业执照\n李明',
      '李明',
      [1],
    );
    expect(item?.code).toBe('FIELD_NOT_FOUND');
  });

  it("leaves an ID's holder to the card's number and date of birth", () => {
    expect(rep('government_id', [5])?.code).toBe('FIELD_NOT_FOUND');
  });
});
