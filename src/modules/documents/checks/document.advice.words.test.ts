import { describe, expect, it } from 'vitest';
import { documentAdvice, localVariant, registeredCountry, variantAdvice } from './document.advice.js';

// Every name and language in the advice tables reaches the seller: each is a real sentence part
// in both languages, a country's own name differs from the plain one where the country has its
// own, and the joining words of each language.

const HAN = /\p{Script=Han}/u;
const OWN: Record<string, string[]> = {
  CN: [
    'utility_bill',
    'bank_statement',
    'credit_card_statement',
    'rental_agreement',
    'business_license',
    'national_id',
    'passport',
    'driving_licence',
  ],
  HK: ['utility_bill', 'national_id'],
  GB: ['utility_bill', 'bank_statement', 'driving_licence', 'business_license'],
  US: ['utility_bill', 'driving_licence', 'national_id', 'business_license'],
  DE: ['utility_bill', 'national_id', 'business_license'],
};
const PLAIN = [
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'rental_agreement',
  'business_license',
  'supplier_invoice',
  'passport',
  'national_id',
  'driving_licence',
];

describe('the advice tables', () => {
  it('names each variant a country has its own name for, in both languages, and in lower-case codes too', () => {
    for (const [country, variants] of Object.entries(OWN))
      for (const variant of variants) {
        const own = localVariant(variant, country);
        expect(own?.en.length, `${country} ${variant}`).toBeGreaterThan(8);
        expect(own?.zh, `${country} ${variant}`).toMatch(HAN);
        expect(localVariant(variant, country.toLowerCase())).toEqual(own);
        expect(variantAdvice(variant, country)).toEqual(own);
      }
    expect(localVariant('utility_bill', 'BR')).toBeUndefined();
    expect(localVariant('utility_bill', undefined)).toBeUndefined();
    expect(localVariant('utility_bill', null)).toBeUndefined();
    expect(localVariant('tax_return', 'CN')).toBeUndefined();
  });

  it('names each variant plainly where the country has no name of its own', () => {
    for (const variant of PLAIN) {
      const plain = variantAdvice(variant, 'BR');
      expect(plain.en.length, variant).toBeGreaterThan(8);
      expect(plain.zh, variant).toMatch(HAN);
      expect(variantAdvice(variant, undefined)).toEqual(plain);
    }
    expect(variantAdvice('tax_return', 'CN')).toEqual({ en: 'tax return', zh: 'tax return' });
  });

  it('says which languages need no translation', () => {
    const languages: [string, string, string][] = [
      ['CN', 'Chinese', '中文'],
      ['HK', 'Chinese', '中文'],
      ['TW', 'Chinese', '中文'],
      ['DE', 'German', '德文'],
      ['FR', 'French', '法文'],
      ['ES', 'Spanish', '西班牙文'],
      ['IT', 'Italian', '意大利文'],
      ['JP', 'Japanese', '日文'],
      ['KR', 'Korean', '韩文'],
    ];
    for (const [country, en, zh] of languages) {
      const advice = documentAdvice(['tax_return'], country);
      expect(advice?.en, country).toBe(
        `Upload tax return. A document in ${en} is fine: no translation is needed.`,
      );
      expect(advice?.zh, country).toBe(`请上传tax return。${zh}文件即可，无需翻译。`);
    }
    expect(documentAdvice(['tax_return'], 'GB')).toEqual({
      en: 'Upload tax return.',
      zh: '请上传tax return。',
    });
    expect(documentAdvice(['tax_return'], 'de')?.en).toContain('German');
  });

  it('joins three or more alternatives the way each language does', () => {
    expect(documentAdvice(['a_doc', 'b_doc', 'c_doc'], undefined)).toEqual({
      en: 'Upload any one of these: a doc; b doc; or c doc.',
      zh: '上传以下任意一种即可：a doc；b doc；或c doc。',
    });
    expect(documentAdvice(['a_doc', 'b_doc'], undefined)).toEqual({
      en: 'Upload any one of these: a doc; or b doc.',
      zh: '上传以下任意一种即可：a doc；或b doc。',
    });
  });

  it('leaves out each kind of requirement that is no document', () => {
    for (const other of ['written_statement', 'selfie', 'video_call'])
      expect(documentAdvice([other, 'a_doc'], undefined)).toEqual({
        en: 'Upload a doc.',
        zh: '请上传a doc。',
      });
  });

  it("reads a registered country in capitals, the business's first", () => {
    expect(registeredCountry({ business: { country: null }, address: { country: 'gb' } })).toBe('GB');
    expect(registeredCountry({ business: null, address: null })).toBeUndefined();
    expect(registeredCountry(null)).toBeUndefined();
  });
});
