import type { SellerRecord } from '../../sellers/index.js';

/** Realistic document texts, as the extraction layer hands them over, shared by the checks' tests. */

export const CHINESE_LICENCE = `营业执照
统一社会信用代码 91440300MA5FQ2KX4M
名 称 深圳市明星贸易有限公司
类 型 有限责任公司
法定代表人 张伟
经营范围 电子产品、日用百货的销售
注册资本 人民币100万元
成立日期 2018年06月12日
营业期限 2018年06月12日 至 长期
住 所 深圳市南山区粤海街道科苑路18号1203室
登记机关 深圳市市场监督管理局
2023年05月10日`;

export const US_UTILITY_BILL = `PACIFIC GAS AND ELECTRIC COMPANY
Account No: 4410-2298-31
Service For:
JOHN A SMITH
1420 N ORANGE RD APT 4
FRESNO CA 93722
Statement Date: 09/15/2026
Due Date: 10/06/2026
Billing period 08/14/2026 - 09/12/2026
Amount Due $142.17`;

export const UK_BANK_STATEMENT = `Barclays Bank UK PLC
Statement of account
Brightline Trading Limited
Flat 3, 22 Pridham Street
Manchester M1 4BT
Sort code 20-00-00   Account 43917621
IBAN GB33 BUKB 2020 1555 5555 55
Statement period 1 August 2026 to 31 August 2026
02 Aug 2026  Card payment  TESCO   23.40
28 Aug 2026  Transfer in   1,200.00
Company number 08123456`;

/** The ICAO 9303 specimen data page, with dates moved to keep it current. */
export const PASSPORT_TEXT = `PASSPORT  Type P  Code UTO  Passport No. L898902C3
Surname ERIKSSON
Given names ANNA MARIA
Date of birth    Date of issue    Date of expiry
12 AUG 1974   16 APR 2022   15 APR 2032`;
export const PASSPORT_MRZ = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F3204153ZE184226B<<<<<16',
];
/** The same zone with the expiry check digit changed 3 → 8. */
export const PASSPORT_MRZ_TAMPERED = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F3204158ZE184226B<<<<<16',
];

/** An individual seller in Leeds, as the document tests register her. */
export const LEEDS_SELLER: SellerRecord = {
  seller_id: 'S1',
  created_at: '2025-01-05T08:00:00Z',
  status: 'active',
  entity_type: 'individual',
  address: {
    line1: '14 Harbour Road',
    line2: 'Flat 3',
    city: 'Leeds',
    postal_code: 'LS1 4AB',
    country: 'GB',
  },
  legal_rep: { full_name: 'Emily Carter', date_of_birth: '1988-05-17' },
};
