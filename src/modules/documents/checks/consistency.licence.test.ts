import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
import type { ReadField } from '../reading/reading.schema.js';
import { checkConsistency } from './consistency.check.js';

// A 营业执照 of the registered company whose representative OCR could not read (Chinese benchmark
// seed 13 #14: 法定代表人 刘鑫 came back `法定f才人 类`): identified by its number and name, a warning.

const SELLER: SellerRecord = {
  seller_id: 'S14',
  entity_type: 'business',
  business: {
    legal_name: '深圳市润润晟实业有限公司',
    registration_number: '91440300MARMG16JX4',
    address: { line1: '龙华区梅龙路433号', city: '深圳市', country: 'CN' },
  },
  legal_rep: { full_name: 'Xin Liu' },
};

const licence = (number: string, representativeLine: string) =>
  `营业执照\n统一社会信用代码 ${number}\n名 称 深圳市润润晟实业有限公司\n类 型 有限责任公司\n${representativeLine}\n成立日期 2019年06月30日`;

const representative = (value: string, confidence: number): ReadField => ({
  name: 'representative',
  value,
  file: 1,
  page: 1,
  confidence,
  source: 'ocr',
  reader: 'licence',
});

const nameItem = (text: string, fields: ReadField[] = []) =>
  checkConsistency({
    type: 'business_license',
    reading: { pages: [{ file: 1, page: 1, source: 'ocr', confidence: 67, text }], fields },
    seller: SELLER,
  }).find((c) => c.evidence.field === 'legal_rep_name');

describe("the representative on the registered company's licence", () => {
  it('warns FIELD_UNREAD when the name was not read and the number and the name are the registered ones', () => {
    expect(nameItem(licence('91440300MARMG16JX4', '法定f才人 类'))).toMatchObject({
      code: 'FIELD_UNREAD',
      status: 'warn',
      evidence: { field: 'legal_rep_name', identifiedBy: ['registration_number', 'legal_name'] },
    });
    expect(nameItem(licence('91440300MARMG16JX4', '法定f才人 类'))?.message.en).toContain(
      'although its registration number and company name are the registered ones',
    );
  });

  it('still fails another company’s licence, and a representative read with confidence as another name', () => {
    expect(nameItem(licence('91440300MA5FXXXX1X', '法定f才人 类'))).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
    expect(
      nameItem(licence('91440300MARMG16JX4', '法定代表人 王芳'), [representative('王芳', 0.93)]),
    ).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });

  it('warns FIELD_UNCLEAR for a name read one 汉字 off, same surname (刘鑫 read 刘讲), either order', () => {
    const text = licence('91440300MARMG16JX4', '法定代表人 刘讲');
    expect(nameItem(text, [representative('刘讲', 0.8)])).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { field: 'legal_rep_name', matched: '刘讲', misreadOf: 'Xin Liu' },
    });
  });

  it('still fails a name two characters off or another surname, and one off on another company’s licence', () => {
    for (const other of ['王讲', '刘建国'])
      expect(
        nameItem(licence('91440300MARMG16JX4', `法定代表人 ${other}`), [representative(other, 0.8)]),
        other,
      ).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(
      nameItem(licence('91440300MA5FXXXX1X', '法定代表人 刘讲'), [representative('刘讲', 0.8)]),
    ).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });

  it('warns FIELD_UNCLEAR for a three-汉字 name read off at its surname, on the licence its valid USCC names (seed 73 #17)', () => {
    // The licence read with its USCC and its representative, for a representative registered as `registered`.
    const item = (number: string, read: string, registered = '郝金然') =>
      checkConsistency({
        type: 'business_license',
        reading: {
          pages: [
            { file: 1, page: 1, source: 'ocr', confidence: 67, text: licence(number, `法定代表人 ${read}`) },
          ],
          fields: [
            representative(read, 0.93),
            { ...representative(number, 0.93), name: 'identifier', kind: 'uscc', labelled: true, at: 0 },
          ],
        },
        seller: { ...SELLER, legal_rep: { full_name: registered } },
      }).find((c) => c.evidence.field === 'legal_rep_name');
    expect(item('91440300MARMG16JX4', '孝金然')).toMatchObject({ code: 'FIELD_UNCLEAR', status: 'warn' });
    expect(item('91440300MARMG16JX4', '孝金兰')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(item('91440300MA5FXXXX1X', '孝金然')).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    // Registered in pinyin, read off at the surname (held-out seed 109 #17: Qiu Haiqiang read 匈海强).
    expect(item('91440300MARMG16JX4', '匈海强', 'Qiu Haiqiang')).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
    });
    expect(item('91440300MA5FXXXX1X', '匈海强', 'Qiu Haiqiang')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
  });

  it('passes the name read', () => {
    expect(nameItem(licence('91440300MARMG16JX4', '法定代表人 刘鑫'))).toMatchObject({ code: 'FIELD_FOUND' });
  });
});
