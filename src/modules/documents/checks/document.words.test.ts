import { describe, expect, it } from 'vitest';
import { requirementLabels } from './document.words.js';

// The words of a completeness message: the material asked for and the documents that answer it,
// joined the way each language joins alternatives.

describe('requirement labels', () => {
  it('names each material in both languages', () => {
    const names: [string, string, string][] = [
      ['business_license', 'business licence', '营业执照'],
      ['government_id', 'government ID', '政府签发的身份证件'],
      ['proof_of_address', 'proof of address', '地址证明'],
      ['supplier_invoices', 'supplier invoices', '供应商发票'],
      ['relationship_statement', 'statement about the linked accounts', '关联账户情况说明'],
      ['live_verification', 'live verification', '实时验证'],
      ['tax_certificate_of_origin', 'tax certificate of origin', 'tax certificate of origin'],
    ];
    for (const [material, en, zh] of names) {
      const labels = requirementLabels(material, []);
      expect(labels.en.requirement, material).toBe(en);
      expect(labels.zh.requirement, material).toBe(zh);
    }
  });

  it('names each accepted variant in both languages, an unknown one by its words', () => {
    const variants: [string, string, string][] = [
      ['business_license', 'business licence', '营业执照'],
      ['utility_bill', 'utility bill', '水电燃气账单'],
      ['bank_statement', 'bank statement', '银行对账单'],
      ['credit_card_statement', 'credit card statement', '信用卡账单'],
      ['supplier_invoice', 'supplier invoice', '供应商发票'],
      ['passport', 'passport', '护照'],
      ['national_id', 'national ID card', '身份证'],
      ['driving_licence', 'driving licence', '驾驶证'],
      ['government_id', 'government ID', '政府签发的身份证件'],
      ['rental_agreement_copy', 'rental agreement copy', 'rental agreement copy'],
    ];
    for (const [variant, en, zh] of variants) {
      const labels = requirementLabels('proof_of_address', [variant]);
      expect(labels.en.accepted, variant).toBe(en);
      expect(labels.zh.accepted, variant).toBe(zh);
    }
  });

  it('joins alternatives: "a, b or c" and "a、b或c"; one alone; none as nothing', () => {
    const three = requirementLabels('proof_of_address', [
      'utility_bill',
      'bank_statement',
      'credit_card_statement',
    ]);
    expect(three.en.accepted).toBe('utility bill, bank statement or credit card statement');
    expect(three.zh.accepted).toBe('水电燃气账单、银行对账单或信用卡账单');
    const two = requirementLabels('proof_of_address', ['utility_bill', 'bank_statement']);
    expect(two.en.accepted).toBe('utility bill or bank statement');
    expect(two.zh.accepted).toBe('水电燃气账单或银行对账单');
    expect(requirementLabels('government_id', ['passport']).en.accepted).toBe('passport');
    expect(requirementLabels('live_verification', [])).toEqual({
      en: { requirement: 'live verification', accepted: '' },
      zh: { requirement: '实时验证', accepted: '' },
    });
  });

  it("names a variant as it exists in the seller's country when the advice knows it", () => {
    const plain = requirementLabels('proof_of_address', ['utility_bill']);
    const chinese = requirementLabels('proof_of_address', ['utility_bill'], 'CN');
    expect(chinese.zh.accepted).not.toBe(plain.zh.accepted);
    expect(chinese.en.requirement).toBe('proof of address');
    expect(requirementLabels('proof_of_address', ['utility_bill'], 'ZZ')).toEqual(plain);
  });
});
