import { pinyin } from 'pinyin-pro';
import type { RegistrationCountry } from './countries.js';
import type { Rng } from './random.js';

/** A company, structured; its legal name is rendered from this in one of several spellings. */
export interface Company {
  country: RegistrationCountry;
  brand: string;
  brandHan?: string;
  industry: Industry;
  /** The city that prefixes a Chinese company name (`Shenzhen …`, `深圳市…`). */
  city: string;
  cityHan?: string;
  suffix: string;
}

interface Industry {
  en: string;
  han: string;
}

const INDUSTRIES: readonly Industry[] = [
  { en: 'Trading', han: '贸易' },
  { en: 'Technology', han: '科技' },
  { en: 'E-commerce', han: '电子商务' },
  { en: 'Industrial', han: '实业' },
  { en: 'Import & Export', han: '进出口' },
  { en: 'Electronics', han: '电子' },
  { en: 'Household Products', han: '家居用品' },
];

const BRAND_CHARS = [...'华盛鑫达宏恒泰源科创星辉凯瑞博通美佳顺丰聚远润锦诚优腾飞海新安宇嘉昌隆亿晟铭汇思'];
const BRAND_PREFIXES =
  'Bright Blue Green Golden Silver Happy Smart Prime Urban Nova Lumi Apex Zen Eco Pure Star Sun Ocean Peak Swift Maple Cedar North Coast'.split(
    ' ',
  );
const BRAND_SUFFIXES =
  'star wave home tech goods craft nest line works point field way leaf stone light bay'.split(' ');

const BRAND_TAILS = 'Global|Supply|Group|Labs|Outfitters|Brands|Partners|Commerce|Direct|Trading'.split('|');

const SUFFIXES: Record<RegistrationCountry, readonly string[]> = {
  CN: ['Co., Ltd.'],
  HK: ['Limited', 'Co., Limited', 'International Limited'],
  US: ['LLC', 'Inc.', 'Trading LLC', 'Corp.'],
  GB: ['Ltd', 'Limited'],
  DE: ['GmbH', 'UG (haftungsbeschränkt)', 'e.K.'],
  FR: ['SARL', 'SAS'],
  ES: ['S.L.', 'S.A.'],
  IT: ['S.r.l.', 'S.p.A.'],
  JP: ['K.K.', 'Co., Ltd.', 'G.K.'],
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const brandPinyin = new Map<string, string>();
const hanBrandPinyin = (han: string): string => {
  let latin = brandPinyin.get(han);
  if (latin === undefined) {
    latin = capitalise(pinyin(han, { toneType: 'none', separator: '' }).replaceAll('ü', 'u'));
    brandPinyin.set(han, latin);
  }
  return latin;
};

/** A made-up brand: `Huasheng` (华盛) for Chinese companies, `BrightWave` elsewhere. */
export const randomCompany = (
  rng: Rng,
  country: RegistrationCountry,
  city: string,
  cityHan?: string,
): Company => {
  const industry = rng.pick(INDUSTRIES);
  const suffix = rng.pick(SUFFIXES[country]);
  const company: Company = { country, brand: '', industry, city, suffix };
  if (country === 'CN' || (country === 'HK' && rng.chance(0.5))) {
    const brandHan =
      rng.pick(BRAND_CHARS) + rng.pick(BRAND_CHARS) + (rng.chance(0.25) ? rng.pick(BRAND_CHARS) : '');
    company.brandHan = brandHan;
    company.brand = hanBrandPinyin(brandHan);
  } else {
    company.brand = rng.pick(BRAND_PREFIXES) + capitalise(rng.pick(BRAND_SUFFIXES));
    if (rng.chance(0.4)) company.brand += ` ${rng.pick(BRAND_TAILS)}`;
  }
  if (cityHan) company.cityHan = cityHan;
  return company;
};

export type LegalNameVariant = 'native' | 'english' | 'upper' | 'abbreviated';

/** `Shenzhen Huasheng Technology Co., Ltd.`, `深圳市华盛科技有限公司`, `SHENZHEN HUASHENG TECHNOLOGY CO LTD`… */
export const renderLegalName = (company: Company, variant: LegalNameVariant): string => {
  if (company.country === 'CN') {
    if (variant === 'native' && company.brandHan && company.cityHan)
      return `${company.cityHan}${company.brandHan}${company.industry.han}有限公司`;
    const english = `${company.city} ${company.brand} ${company.industry.en} Co., Ltd.`;
    if (variant === 'upper') return english.toUpperCase().replaceAll(',', '').replaceAll('.', '');
    if (variant === 'abbreviated') return english.replace('Co., Ltd.', 'Company Limited');
    return english;
  }
  const industry = company.country === 'HK' || company.brandHan ? ` ${company.industry.en}` : '';
  const english = `${company.brand}${industry} ${company.suffix}`;
  if (variant === 'upper') return english.toUpperCase();
  if (variant === 'abbreviated') return english.replace('Limited', 'Ltd').replace('Inc.', 'Incorporated');
  return english;
};

export const pickLegalNameVariant = (rng: Rng, company: Company): LegalNameVariant =>
  company.country === 'CN' ? (rng.chance(0.4) ? 'native' : 'english') : 'english';

/** A store name: `Huasheng Direct`, `BrightWave Official`. */
export const storeName = (rng: Rng, company: Company | undefined, personSurname: string): string => {
  const base = company ? company.brand : `${personSurname}'s`;
  const tails = ['Direct', 'Store', 'Official', 'Shop', 'Outlet', 'Home', 'Goods', 'Online'].filter(
    (t) => !base.endsWith(t),
  );
  const tail = rng.pick(tails);
  return rng.chance(0.15) ? base.toUpperCase() : `${base} ${tail}`;
};
