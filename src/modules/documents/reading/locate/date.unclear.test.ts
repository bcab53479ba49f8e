import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../../sellers/index.js';
import { checkConsistency } from '../../checks/consistency.check.js';
import { findUnclearDate, isZoneBirthDate, zoneBirthDate } from './date.unclear.js';

const ZONE = {
  lines: ['P<CHNHOU<<LEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 'E676150553CHN7006104F2909222<<<<<<<<<<<<<<<2'],
};

describe('a registered date OCR did not give back', () => {
  it('is the zone birth date when its check digit holds, else nothing', () => {
    expect(zoneBirthDate(ZONE)).toBe('700610');
    expect(isZoneBirthDate(ZONE, '1970-06-10')).toBe(true);
    expect(isZoneBirthDate(ZONE, '1970-06-11')).toBe(false);
    const broken = { lines: [ZONE.lines[0]!, ZONE.lines[1]!.replace('7006104', '7006114')] };
    expect(zoneBirthDate(broken)).toBeUndefined();
    const td1 = { lines: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'X<<Y'] };
    expect(zoneBirthDate(td1)).toBe('740812');
  });

  it('is a near miss when one or two characters are unreadable, in 汉字 and Latin forms', () => {
    expect(findUnclearDate('出生        1974年5月:日', '1974-05-01')).toBe('出生        1974年5月:日');
    expect(findUnclearDate('Date of birth   Sex\n1L0JUN 1970   F', '1970-06-10')).toBe('1L0JUN 1970   F');
  });

  it('is not a near miss when another date is read cleanly there', () => {
    expect(findUnclearDate('出生 1974年5月11日', '1974-05-01')).toBeUndefined();
    expect(findUnclearDate('Date of birth 11 JUN 1970', '1970-06-10')).toBeUndefined();
    expect(findUnclearDate('Date of birth 10 JUN 1971', '1970-06-10')).toBeUndefined();
  });
});

describe('date of birth in the consistency items', () => {
  const seller = {
    seller_id: 'S1',
    created_at: '2025-01-05T08:00:00Z',
    status: 'active',
    entity_type: 'individual',
    legal_rep: { full_name: 'Hou Lei', date_of_birth: '1970-06-10', nationality: 'CN', id_type: 'passport' },
  } as unknown as SellerRecord;
  const item = (text: string, source: 'ocr' | 'text_layer', zone?: typeof ZONE) =>
    checkConsistency({
      type: 'government_id',
      reading: {
        pages: [{ file: 1, page: 1, source, text, ...(source === 'ocr' ? { confidence: 89 } : {}) }],
        ...(zone ? { zone: { format: 'TD3', read: 'photo' as const, ...zone } } : {}),
      },
      seller,
      mustShow: ['date_of_birth'],
    })[0];

  it('passes on the zone birth date with its check digit', () => {
    expect(item('Date of birth\n1L0JUN 1970', 'ocr', ZONE)).toMatchObject({
      code: 'FIELD_FOUND',
      status: 'pass',
    });
  });
  it('warns on a near miss in OCR text, fails on the same in a text layer, and on another date', () => {
    expect(item('Date of birth\n1L0JUN 1970', 'ocr')).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
    });
    expect(item('Date of birth\n1L0JUN 1970', 'text_layer')).toMatchObject({ code: 'FIELD_NOT_FOUND' });
    expect(item('Date of birth\n11 JUN 1970', 'ocr')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
  });
});

describe('a birth date inside an ID number', () => {
  it('is no unclear read of the date: the number holds it, the date printed is another', () => {
    const card = '出生 1980年1月1日\n公民身份号码 110105197203034425';
    expect(findUnclearDate(card, '1972-03-03')).toBeUndefined();
    expect(findUnclearDate('出生          1961年3月:日', '1961-03-01')).toBe('出生          1961年3月:日');
  });
});
