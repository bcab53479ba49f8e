import { describe, expect, it } from 'vitest';
import { documentAdvice, registeredCountry, variantAdvice } from './document.advice.js';

const PROOF_OF_ADDRESS = ['utility_bill', 'bank_statement'];

describe("document advice fitted to the seller's country", () => {
  it('tells a Chinese seller of the bills that exist in China, in Chinese, and that Chinese needs no translation', () => {
    const advice = documentAdvice(PROOF_OF_ADDRESS, 'CN')!;
    expect(advice.zh).toBe(
      '上传以下任意一种即可：水电燃气账单（国家电网、当地燃气公司或自来水公司出具的缴费单，或缴费应用中的电子账单）；' +
        '或银行对账单（加盖银行印章的纸质对账单，或网上银行导出的电子对账单）。中文文件即可，无需翻译。',
    );
    expect(advice.en).toContain('State Grid');
    expect(advice.en).toContain('A document in Chinese is fine: no translation is needed.');
    expect(advice.en).not.toMatch(/English/);
    // Lower-case country codes from a feed are the same country.
    expect(documentAdvice(PROOF_OF_ADDRESS, 'cn')).toEqual(advice);
  });

  it('names only what the policy accepts: a tenancy agreement only when it is an accepted variant', () => {
    expect(documentAdvice(PROOF_OF_ADDRESS, 'CN')!.zh).not.toContain('租赁合同');
    const withLease = documentAdvice([...PROOF_OF_ADDRESS, 'rental_agreement'], 'CN')!;
    expect(withLease.zh).toContain('房屋租赁合同');
    expect(withLease.en).toContain('tenancy agreement (房屋租赁合同)');
  });

  it('gives a British seller British documents and no translation note', () => {
    const advice = documentAdvice(PROOF_OF_ADDRESS, 'GB')!;
    expect(advice.en).toBe(
      'Upload any one of these: a gas, electricity, water or landline bill; or a bank or building society statement.',
    );
    expect(advice.zh).toBe(
      '上传以下任意一种即可：燃气、电力、自来水或固定电话账单；或银行或住房互助协会的对账单。',
    );
  });

  it("names a German seller's ID and says German is fine", () => {
    const advice = documentAdvice(['passport', 'national_id', 'driving_licence'], 'DE')!;
    expect(advice.en).toContain('your Personalausweis');
    expect(advice.en).toContain('A document in German is fine');
    expect(advice.zh).toContain('德文文件即可，无需翻译。');
  });

  it('falls back to plain names for a country without its own, and for a variant nobody named', () => {
    expect(variantAdvice('utility_bill', 'BR')).toEqual({
      en: 'a utility bill (electricity, water or gas)',
      zh: '水电燃气账单',
    });
    expect(variantAdvice('tax_return', undefined).en).toBe('tax return');
    expect(documentAdvice(['business_license'], null)).toEqual({
      en: 'Upload your business licence or certificate of registration.',
      zh: '请上传营业执照或企业登记证明。',
    });
  });

  it('has no advice for statements and live checks', () => {
    expect(documentAdvice(['written_statement'], 'CN')).toBeUndefined();
    expect(documentAdvice(['selfie', 'video_call'], 'CN')).toBeUndefined();
  });

  it("reads the registered country: the business's, else the individual's address", () => {
    expect(registeredCountry({ business: { country: 'cn' }, address: { country: 'GB' } })).toBe('CN');
    expect(registeredCountry({ address: { country: 'DE' } })).toBe('DE');
    expect(registeredCountry(undefined)).toBeUndefined();
  });
});
