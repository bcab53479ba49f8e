import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
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
