import { localVariant } from './document.advice.js';

/** Names of materials and of the documents that answer them, as a seller reads them in each language. */
const MATERIAL_WORDS: Record<string, { en: string; zh: string }> = {
  business_license: { en: 'business licence', zh: '营业执照' },
  government_id: { en: 'government ID', zh: '政府签发的身份证件' },
  proof_of_address: { en: 'proof of address', zh: '地址证明' },
  supplier_invoices: { en: 'supplier invoices', zh: '供应商发票' },
  relationship_statement: { en: 'statement about the linked accounts', zh: '关联账户情况说明' },
  live_verification: { en: 'live verification', zh: '实时验证' },
};

const VARIANT_WORDS: Record<string, { en: string; zh: string }> = {
  business_license: { en: 'business licence', zh: '营业执照' },
  utility_bill: { en: 'utility bill', zh: '水电燃气账单' },
  bank_statement: { en: 'bank statement', zh: '银行对账单' },
  credit_card_statement: { en: 'credit card statement', zh: '信用卡账单' },
  supplier_invoice: { en: 'supplier invoice', zh: '供应商发票' },
  passport: { en: 'passport', zh: '护照' },
  national_id: { en: 'national ID card', zh: '身份证' },
  driving_licence: { en: 'driving licence', zh: '驾驶证' },
  government_id: { en: 'government ID', zh: '政府签发的身份证件' },
};

const word = (words: Record<string, { en: string; zh: string }>, name: string, lang: 'en' | 'zh') =>
  words[name]?.[lang] ?? name.replaceAll('_', ' ');

/** Alternatives the way each language joins them: "a, b or c" and "a、b或c". */
function alternatives(items: readonly string[], lang: 'en' | 'zh'): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  return lang === 'zh' ? `${head.join('、')}或${items.at(-1)}` : `${head.join(', ')} or ${items.at(-1)}`;
}

/**
 * `{requirement}` and `{accepted}` of a completeness message, in each language; with the seller's
 * registered country, each accepted variant is named as it exists there (`document.advice.ts`).
 */
export function requirementLabels(material: string, variants: readonly string[], country?: string) {
  const of = (lang: 'en' | 'zh') => ({
    requirement: word(MATERIAL_WORDS, material, lang),
    accepted: alternatives(
      variants.map((v) => localVariant(v, country)?.[lang] ?? word(VARIANT_WORDS, v, lang)),
      lang,
    ),
  });
  return { en: of('en'), zh: of('zh') };
}
