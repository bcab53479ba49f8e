import { describe, expect, it } from 'vitest';
import type { SellerRecord } from '../../sellers/index.js';
import type { ReadPage } from '../reading/reading.schema.js';
import { checkBillAddress, checkConsistency } from './consistency.check.js';

// A registered 汉字 address that OCR read with one look-alike in the road's name (seed 67 #28:
// 科苑路 read 科艺路 on a genuine 营业执照) asks to confirm; another address still fails.

const SELLER: SellerRecord = {
  seller_id: 'S28',
  entity_type: 'business',
  business: {
    legal_name: '深圳市华盛科技有限公司',
    registration_number: '91440300MA5FXXXX1X',
    address: { line1: '南山区科苑路410号', line2: '软件产业基地409室', city: '深圳市', country: 'CN' },
  },
  legal_rep: { full_name: '张伟' },
};

const page = (text: string, source: ReadPage['source'] = 'ocr'): ReadPage => ({
  file: 1,
  page: 1,
  source,
  text,
});
const addressItem = (text: string, source: ReadPage['source'] = 'ocr') =>
  checkConsistency({
    type: 'other',
    reading: { pages: [page(text, source)] },
    seller: SELLER,
    mustShow: ['registered_address'],
  })[0];

describe('a 汉字 address read one look-alike off', () => {
  it('warns when OCR read one character of the road name as another, number, unit and city right', () => {
    const read = '住所 广东省深圳市南山区科艺路410号软件产业基地409室';
    expect(addressItem(read)).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
      evidence: { field: 'address', found: false, matched: read, misreadOf: expect.any(String) },
    });
  });

  it('still passes the address read right', () => {
    expect(addressItem('住所 广东省深圳市南山区科苑路410号软件产业基地409室')).toMatchObject({
      code: 'FIELD_FOUND',
    });
  });

  it('fails another number, unit, city, road word or two characters off, and an exact text layer', () => {
    for (const other of [
      '住所 广东省深圳市南山区科艺路411号软件产业基地409室',
      '住所 广东省深圳市南山区科艺路410号软件产业基地408室',
      '住所 广东省广州市南山区科艺路410号软件产业基地409室',
      '住所 广东省深圳市南山区科苑街410号软件产业基地409室',
      '住所 广东省深圳市南山区文艺路410号软件产业基地409室',
    ])
      expect(addressItem(other), other).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
    expect(addressItem('住所 广东省深圳市南山区科艺路410号软件产业基地409室', 'text_layer')).toMatchObject({
      code: 'FIELD_NOT_FOUND',
      status: 'fail',
    });
  });

  it("leaves the bill's cross-document item to the document's own warning", () => {
    const bill = { pages: [page('户名 张伟\n地址 广东省深圳市南山区科艺路410号软件产业基地409室')] };
    expect(checkBillAddress(bill, SELLER)).toBeUndefined();
    const other = { pages: [page('户名 张伟\n地址 广东省深圳市南山区文艺路410号软件产业基地409室')] };
    expect(checkBillAddress(other, SELLER)).toMatchObject({ code: 'BILL_ADDRESS_MISMATCH', status: 'fail' });
  });
});

// Held-out seed 101 #40: a US licence certificate's `STE 8312` read `SHE 8812` on a photo.
describe("a Latin address read with the unit's number one look-alike digit off", () => {
  const US: SellerRecord = {
    ...SELLER,
    business: {
      legal_name: 'PeakLeaf Supply Corp.',
      registration_number: '5551234',
      address: {
        line1: '5307 Market Street',
        line2: 'STE 8312',
        city: 'City of Industry',
        postal_code: '91748',
        country: 'US',
      },
    },
  };
  const item = (line: string) =>
    checkConsistency({
      type: 'other',
      reading: { pages: [page(`Principal office:\n${line}\nAuthorized person: Emily King`)] },
      seller: US,
      mustShow: ['registered_address'],
    })[0];

  it('warns FIELD_UNCLEAR, the street, number and city found', () => {
    expect(item('5307 Market Street, SHE 8812, 91748 City of Industry, CA')).toMatchObject({
      code: 'FIELD_UNCLEAR',
      status: 'warn',
    });
    expect(item('5307 Market Street, STE 8312, 91748 City of Industry, CA')).toMatchObject({
      code: 'FIELD_FOUND',
    });
  });

  it('still fails a unit two digits off or off by a digit that is no look-alike, and another street number', () => {
    for (const other of [
      '5307 Market Street, STE 8882, 91748 City of Industry, CA',
      '5307 Market Street, STE 8412, 91748 City of Industry, CA',
      '5308 Market Street, STE 8812, 91748 City of Industry, CA',
    ])
      expect(item(other), other).toMatchObject({ code: 'FIELD_NOT_FOUND', status: 'fail' });
  });
});

// Held-out seed 131 #8: a Spanish licence photo's `Of. 1` read `OF;`, the lone digit lost.
describe("a Latin address read without its one-digit unit's number", () => {
  const ES: SellerRecord = {
    ...SELLER,
    business: {
      legal_name: 'GreenLight Global S.A.',
      registration_number: 'A12345678',
      address: {
        line1: 'Av. del Puerto, 96',
        line2: 'Of. 1',
        city: 'Valencia',
        postal_code: '46021',
        country: 'ES',
      },
    },
  };
  const item = (line: string) =>
    checkConsistency({
      type: 'other',
      reading: { pages: [page(`Domicilio: ${line}\nAdministrador unico: Laura Garcia`)] },
      seller: ES,
      mustShow: ['registered_address'],
    })[0];

  it('warns FIELD_UNCLEAR where no other number stands in its place', () => {
    expect(item('Av. del Puerto, 96, OF;, 46021 Valencia')).toMatchObject({ code: 'FIELD_UNCLEAR' });
  });

  it('still fails another unit, and another street number', () => {
    expect(item('Av. del Puerto, 96, Of. 2, 46021 Valencia')).toMatchObject({ code: 'FIELD_NOT_FOUND' });
    expect(item('Av. del Puerto, 98, OF;, 46021 Valencia')).toMatchObject({ code: 'FIELD_NOT_FOUND' });
  });
});
