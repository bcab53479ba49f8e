/**
 * What to upload, in the words of the seller's country: the policy says which document types a
 * requirement accepts (`accepted_variants`); this names each of them as it exists where the seller
 * is registered (a Chinese seller reads 水电燃气账单 from State Grid or the local gas company, never
 * "an English utility bill") and says that a document in the country's own language is fine.
 * Pure: the policy's variants and a country code in, an English and a Chinese sentence out.
 */

type Words = { en: string; zh: string };

/** Each variant's name and the examples that make it concrete, where the country has its own. */
const COUNTRY_VARIANTS: Record<string, Record<string, Words>> = {
  CN: {
    utility_bill: {
      en: 'a utility bill (electricity, water or gas, e.g. from State Grid or your local gas or water company; the e-bill from the payment app is fine)',
      zh: '水电燃气账单（国家电网、当地燃气公司或自来水公司出具的缴费单，或缴费应用中的电子账单）',
    },
    bank_statement: {
      en: 'a bank statement from your bank in China (a stamped paper statement or the e-statement from online banking)',
      zh: '银行对账单（加盖银行印章的纸质对账单，或网上银行导出的电子对账单）',
    },
    credit_card_statement: { en: 'a credit card statement from your bank in China', zh: '信用卡账单' },
    rental_agreement: {
      en: 'a registered tenancy agreement (房屋租赁合同)',
      zh: '房屋租赁合同（已登记备案的）',
    },
    business_license: {
      en: 'your business licence (营业执照) showing the unified social credit code',
      zh: '营业执照（显示统一社会信用代码）',
    },
    national_id: { en: 'your resident identity card (居民身份证), both sides', zh: '居民身份证（正反两面）' },
    passport: { en: 'your passport (the photo page)', zh: '护照（个人信息页）' },
    driving_licence: { en: 'your motor vehicle driving licence (机动车驾驶证)', zh: '机动车驾驶证' },
  },
  HK: {
    utility_bill: {
      en: 'a utility bill (e.g. from CLP, HK Electric, Towngas or the Water Supplies Department)',
      zh: '水电燃气账单（例如中电、港灯、煤气公司或水务署的账单）',
    },
    national_id: { en: 'your Hong Kong identity card', zh: '香港身份证' },
  },
  GB: {
    utility_bill: {
      en: 'a gas, electricity, water or landline bill',
      zh: '燃气、电力、自来水或固定电话账单',
    },
    bank_statement: { en: 'a bank or building society statement', zh: '银行或住房互助协会的对账单' },
    driving_licence: { en: 'a UK photocard driving licence', zh: '英国带照片的驾驶证' },
    business_license: {
      en: 'your certificate of incorporation from Companies House',
      zh: '英国公司注册处（Companies House）签发的公司注册证书',
    },
  },
  US: {
    utility_bill: { en: 'a utility bill (electric, gas or water)', zh: '电费、燃气费或水费账单' },
    driving_licence: { en: "a state driver's license", zh: '州政府签发的驾驶执照' },
    national_id: { en: 'a state ID card', zh: '州政府签发的身份证' },
    business_license: {
      en: 'your articles of incorporation or state business registration',
      zh: '公司章程或州政府的企业登记证明',
    },
  },
  DE: {
    utility_bill: {
      en: 'a utility bill (Strom-, Gas- or Wasserrechnung)',
      zh: '水电燃气账单（电费、燃气费或水费账单）',
    },
    national_id: { en: 'your Personalausweis', zh: '德国身份证（Personalausweis）' },
    business_license: {
      en: 'your Handelsregisterauszug or Gewerbeanmeldung',
      zh: '商业登记摘录（Handelsregisterauszug）或营业登记（Gewerbeanmeldung）',
    },
  },
};

/** A variant named without a country's examples. */
const PLAIN_VARIANTS: Record<string, Words> = {
  utility_bill: { en: 'a utility bill (electricity, water or gas)', zh: '水电燃气账单' },
  bank_statement: { en: 'a bank statement', zh: '银行对账单' },
  credit_card_statement: { en: 'a credit card statement', zh: '信用卡账单' },
  rental_agreement: { en: 'a tenancy agreement', zh: '房屋租赁合同' },
  business_license: {
    en: 'your business licence or certificate of registration',
    zh: '营业执照或企业登记证明',
  },
  supplier_invoice: { en: 'supplier invoices', zh: '供应商发票' },
  passport: { en: 'your passport (the photo page)', zh: '护照（个人信息页）' },
  national_id: { en: 'your national identity card, both sides', zh: '身份证（正反两面）' },
  driving_licence: { en: 'your driving licence', zh: '驾驶证' },
};

/** The language documents of a country are written in, where it is not English. */
const DOCUMENT_LANGUAGE: Record<string, Words> = {
  CN: { en: 'Chinese', zh: '中文' },
  HK: { en: 'Chinese', zh: '中文' },
  TW: { en: 'Chinese', zh: '中文' },
  DE: { en: 'German', zh: '德文' },
  FR: { en: 'French', zh: '法文' },
  ES: { en: 'Spanish', zh: '西班牙文' },
  IT: { en: 'Italian', zh: '意大利文' },
  JP: { en: 'Japanese', zh: '日文' },
  KR: { en: 'Korean', zh: '韩文' },
};

/** The variant as it exists in `country`, with examples; undefined where the country has no own name for it. */
export const localVariant = (variant: string, country: string | null | undefined): Words | undefined =>
  country ? COUNTRY_VARIANTS[country.toUpperCase()]?.[variant] : undefined;

/** The name and examples of one accepted variant for a seller registered in `country`. */
export function variantAdvice(variant: string, country: string | null | undefined): Words {
  return (
    localVariant(variant, country) ??
    PLAIN_VARIANTS[variant] ?? { en: variant.replaceAll('_', ' '), zh: variant.replaceAll('_', ' ') }
  );
}

/** Two or more alternatives the way each language joins them (one alone is not joined). */
const either = (items: string[], lang: 'en' | 'zh'): string => {
  const head = items.slice(0, -1);
  return lang === 'zh' ? `${head.join('；')}；或${items.at(-1)}` : `${head.join('; ')}; or ${items.at(-1)}`;
};

/**
 * The advice for a document requirement: any one of the accepted variants, named as they exist in
 * the seller's country, and that a document in the country's language needs no translation.
 * Undefined when the requirement accepts no document variant (statements, live checks).
 */
export function documentAdvice(
  acceptedVariants: readonly string[],
  country: string | null | undefined,
): Words | undefined {
  const variants = acceptedVariants.filter(
    (v) => v !== 'written_statement' && v !== 'selfie' && v !== 'video_call',
  );
  if (variants.length === 0) return undefined;
  const named = variants.map((v) => variantAdvice(v, country));
  const language = country ? DOCUMENT_LANGUAGE[country.toUpperCase()] : undefined;
  const en =
    (variants.length === 1
      ? `Upload ${named[0]!.en}.`
      : `Upload any one of these: ${either(
          named.map((n) => n.en),
          'en',
        )}.`) + (language ? ` A document in ${language.en} is fine: no translation is needed.` : '');
  const zh =
    (variants.length === 1
      ? `请上传${named[0]!.zh}。`
      : `上传以下任意一种即可：${either(
          named.map((n) => n.zh),
          'zh',
        )}。`) + (language ? `${language.zh}文件即可，无需翻译。` : '');
  return { en, zh };
}

/** Where a seller is registered: the business's country, else an individual's registered address's. */
export function registeredCountry(
  profile:
    | {
        business?: { country?: string | null } | null;
        address?: { country?: string | null } | null;
      }
    | null
    | undefined,
): string | undefined {
  return (profile?.business?.country ?? profile?.address?.country ?? undefined)?.toUpperCase();
}
