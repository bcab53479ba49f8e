import { hanSyllables } from '../../../matching/index.js';

/**
 * Chinese company names are registered in 汉字 and filed abroad as pinyin plus English words
 * (深圳市华盛科技有限公司 → "Shenzhen Huasheng Technology Co., Ltd."): the place and the brand
 * are transliterated, the industry and the legal form translated. This is the list of the
 * translated words as Chinese companies write them; a Latin name matches a 汉字 line when every
 * translated word has one of its 汉字 forms there and every other word is in the line's pinyin.
 */
const TRANSLATED: Readonly<Record<string, readonly string[]>> = {
  technology: ['科技', '技术'],
  technologies: ['科技', '技术'],
  tech: ['科技'],
  trading: ['贸易', '商贸', '商行'],
  trade: ['贸易', '商贸'],
  commerce: ['商务', '商贸', '电子商务', '电商'],
  'e-commerce': ['电子商务', '电商'],
  ecommerce: ['电子商务', '电商'],
  electronic: ['电子'],
  electronics: ['电子'],
  industrial: ['实业', '工业'],
  industry: ['实业', '工业'],
  import: ['进出口', '进口'],
  export: ['进出口', '出口'],
  household: ['家居', '日用', '家用'],
  home: ['家居'],
  products: ['用品', '产品', '制品'],
  product: ['用品', '产品', '制品'],
  supply: ['供应链', '供应'],
  chain: ['供应链'],
  network: ['网络'],
  information: ['信息'],
  culture: ['文化'],
  media: ['传媒', '媒体'],
  clothing: ['服装', '服饰'],
  apparel: ['服饰', '服装'],
  garment: ['服装'],
  garments: ['服装'],
  toys: ['玩具'],
  lighting: ['照明', '灯饰'],
  international: ['国际'],
  group: ['集团'],
  development: ['发展', '开发'],
  digital: ['数码', '数字'],
  logistics: ['物流'],
  intelligent: ['智能'],
  smart: ['智能'],
  manufacturing: ['制造'],
  industries: ['实业', '工业'],
  investment: ['投资'],
  management: ['管理'],
  consulting: ['咨询'],
  cosmetics: ['化妆品'],
  furniture: ['家具'],
  sports: ['体育', '运动'],
  outdoor: ['户外'],
  // docs8: more of the industry words Chinese companies use in their English names (深圳市铭宇家居用品
  // 有限公司 is as often "Shenzhen Mingyu Home Furnishing Co., Ltd." as "… Household Products …").
  furnishing: ['家居', '家具'],
  furnishings: ['家居', '家具'],
  houseware: ['家居用品', '日用品', '家居'],
  housewares: ['家居用品', '日用品', '家居'],
  goods: ['用品', '商品'],
  supplies: ['用品'],
  daily: ['日用'],
  necessities: ['日用品'],
  commodity: ['日用品', '商品'],
  commodities: ['日用品', '商品'],
  hardware: ['五金'],
  machinery: ['机械'],
  equipment: ['设备'],
  textile: ['纺织'],
  textiles: ['纺织'],
  shoes: ['鞋业', '鞋'],
  footwear: ['鞋业', '鞋'],
  bags: ['箱包'],
  luggage: ['箱包'],
  jewelry: ['珠宝', '饰品', '首饰'],
  jewellery: ['珠宝', '饰品', '首饰'],
  accessories: ['饰品', '配件'],
  crafts: ['工艺品', '工艺'],
  handicrafts: ['工艺品'],
  gifts: ['礼品'],
  pet: ['宠物'],
  kitchenware: ['厨具'],
  optoelectronic: ['光电'],
  optoelectronics: ['光电'],
  service: ['服务'],
  services: ['服务'],
  materials: ['材料'],
};
/** The legal form in its English spellings: 有限公司 / 有限责任公司 / 股份有限公司 / 公司. */
const LEGAL_FORM = new Set(['co', 'company', 'ltd', 'limited', 'corp', 'corporation', 'inc', 'llc']);
const HAN = /\p{Script=Han}/u;

const words = (latin: string): string[] =>
  latin
    .toLowerCase()
    .replace(/&/g, ' ')
    .split(/[^a-z-]+/)
    .filter(Boolean);

/** Does `line` (with 汉字) name the company registered as `latin` (pinyin and English)? */
export function namesCompanyAcrossScripts(latin: string, line: string): boolean {
  if (!HAN.test(line) || HAN.test(latin)) return false;
  const pinyin = line.replace(/\p{Script=Han}+/gu, (run) => hanSyllables(run).join('')).toLowerCase();
  const latinWords = words(latin);
  if (latinWords.some((w) => LEGAL_FORM.has(w)) && !line.includes('公司')) return false;
  const rest = latinWords.filter((w) => !LEGAL_FORM.has(w));
  if (rest.length === 0) return false;
  return rest.every((word) => {
    const forms = TRANSLATED[word];
    if (forms) return forms.some((form) => line.includes(form));
    return word.length >= 2 && pinyin.includes(word.replace(/-/g, ''));
  });
}

const HAN_PLACE = /^(?:\p{Script=Han}{2,6}?(?:省|自治区|市|区|县))+/u;
const HAN_LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;
const INDUSTRY_FORMS = [...new Set(Object.values(TRANSLATED).flat())].sort((a, b) => b.length - a.length);

/** The brand (字号) of a 汉字 company name: what is left without the place, the industry words and the legal form. */
function hanBrand(han: string): string {
  let rest = han
    .replace(/[^\p{Script=Han}]/gu, '')
    .replace(HAN_LEGAL_FORM, '')
    .replace(HAN_PLACE, '');
  for (const form of INDUSTRY_FORMS) rest = rest.replaceAll(form, '');
  return rest;
}

/**
 * Does a Latin line spell the brand of a company registered in 汉字? Every word of a place name
 * ("200120 Shanghai") is in the pinyin of 上海市锦晟贸易有限公司, yet it names no company (seed 59
 * #54): the brand is what tells one company from another. A name that is all place, industry and
 * legal form asks for the legal form.
 */
export function spellsHanBrand(latin: string, han: string): boolean {
  const brand = hanBrand(han);
  const latinWords = words(latin);
  if (!brand) return latinWords.some((w) => LEGAL_FORM.has(w));
  return latinWords.join('').includes(hanSyllables(brand).join('').toLowerCase());
}

/** One toneless pinyin syllable (initial, final): what one 汉字 is spelled. */
export const PINYIN_SYLLABLE =
  /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)$/;

/**
 * Does a 汉字 `line` name the company registered in Latin as `latin` but for one 汉字 read as
 * another (辉盛 read `辉已` in `深圳市辉已电子商务有限公司` for "Shenzhen Huisheng E-commerce Co., Ltd.",
 * seed 59 #9)? The industry words and the legal form must be printed as they are, every pinyin
 * word spelled once that one character's syllable is another syllable. Whether that is a misread
 * or another company, only the document's strong identifiers can say (the caller's to ask).
 */
export function namesCompanyOneHanOff(latin: string, line: string): boolean {
  return latinCompanyOneHanOffAt(latin, line) >= 0;
}

/** Where in `line` (its characters) the one 汉字 is that `namesCompanyOneHanOff` reads as another; -1 if none. */
function latinCompanyOneHanOffAt(latin: string, line: string): number {
  if (!HAN.test(line) || HAN.test(latin) || namesCompanyAcrossScripts(latin, line)) return -1;
  const latinWords = words(latin);
  if (latinWords.some((w) => LEGAL_FORM.has(w)) && !line.includes('公司')) return -1;
  const rest = latinWords.filter((w) => !LEGAL_FORM.has(w));
  const translated = rest.filter((w) => TRANSLATED[w]);
  if (!translated.every((w) => TRANSLATED[w]!.some((form) => line.includes(form)))) return -1;
  const spelled = rest.filter((w) => !TRANSLATED[w]).map((w) => w.replace(/-/g, ''));
  if (spelled.length === 0) return -1;
  const chars = [...line];
  const syllables = chars.map((c) => (HAN.test(c) ? hanSyllables(c).join('') : c).toLowerCase());
  return chars.findIndex((c, k) => {
    if (!HAN.test(c)) return false;
    const before = syllables.slice(0, k).join('');
    const after = syllables.slice(k + 1).join('');
    const candidates = spelled.flatMap((w) =>
      [...w].flatMap((_, i) => Array.from({ length: w.length - i }, (_, n) => w.slice(i, i + n + 1))),
    );
    return candidates.some(
      (s) =>
        s !== syllables[k] &&
        PINYIN_SYLLABLE.test(s) &&
        spelled.every((w) => `${before}${s}${after}`.includes(w)),
    );
  });
}

/**
 * Where a line without spaces names the company or person registered as `registered` (in 汉字, or
 * a company in pinyin and English) but for one 汉字 read as another: that character's position, or
 * -1. A 汉字 registration of three or more is looked for as a run of its length differing in
 * exactly one 汉字 (a person's three-汉字 name: seed 83 #24's bill, 邱雨婷 read 印雨婷).
 */
export function nameOneHanOffAt(registered: string, line: string): number {
  if (!HAN.test(registered)) return latinCompanyOneHanOffAt(registered, line);
  const want = [...registered.replace(/[^\p{Script=Han}]/gu, '')];
  const have = [...line];
  if (want.length < 3) return -1;
  for (let i = 0; i + want.length <= have.length; i++) {
    const off = want.flatMap((c, k) => (have[i + k] !== c ? [i + k] : []));
    if (off.length === 1 && HAN.test(have[off[0]!]!)) return off[0]!;
  }
  return -1;
}
