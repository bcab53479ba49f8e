import { triggerDefinition } from '../../risk/index.js';
import type { Language } from './language.js';

/** The words emails use for product names: triggers, variants, rules, restrictions, in both languages. */

type Words = Record<string, Record<Language, string>>;

/** Why the account is reviewed, per trigger: the trigger's own summary in the registry. */
export const triggerWords = (trigger: string, language: Language): string =>
  triggerDefinition(trigger)?.summary[language] ?? trigger.replaceAll('_', ' ');

export const VARIANT_WORDS: Words = {
  passport: { en: 'passport', zh: '护照' },
  national_id: { en: 'national ID card', zh: '身份证' },
  driving_licence: { en: 'driving licence', zh: '驾驶证' },
  utility_bill: { en: 'utility bill', zh: '水电燃气账单' },
  bank_statement: { en: 'bank statement', zh: '银行对账单' },
  business_license: { en: 'business licence', zh: '营业执照' },
  supplier_invoice: { en: 'supplier invoice', zh: '供应商发票' },
  written_statement: { en: 'written statement', zh: '书面说明' },
  selfie: { en: 'selfie', zh: '自拍' },
  video_call: { en: 'video call', zh: '视频通话' },
};

const SHOWN_WORDS: Words = {
  registered_name: { en: 'the registered name', zh: '注册名称' },
  registered_address: { en: 'the registered address', zh: '注册地址' },
  registration_number: { en: 'the registration number', zh: '注册号' },
  legal_rep_name: { en: 'the legal representative’s name', zh: '法定代表人姓名' },
  date_of_birth: { en: 'the date of birth', zh: '出生日期' },
  id_number: { en: 'the ID number', zh: '证件号码' },
  linked_accounts: { en: 'each linked account', zh: '每个关联账户' },
};

export const RESTRICTION_WORDS: Words = {
  payouts_held: { en: 'payouts are held', zh: '暂停结算付款' },
  listings_paused: { en: 'listings are paused', zh: '商品暂停展示' },
  deactivated: { en: 'the account is deactivated', zh: '账户已停用' },
};

/** A word in `language`, or the code itself (with spaces) when the catalogue lacks it. */
export const wordFor = (words: Words, code: string, language: Language): string =>
  words[code]?.[language] ?? code.replaceAll('_', ' ');

/** `a, b or c` (`a、b、c` in Chinese). */
export const joinWords = (items: string[], language: Language, conjunction: 'or' | 'and' = 'or'): string =>
  language === 'zh'
    ? items.join('、')
    : items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;

/** The rules of a requirement as one sentence a seller can follow. */
export function describeRules(rules: Record<string, unknown>, language: Language): string {
  const parts: string[] = [];
  const zh = language === 'zh';
  if (typeof rules.issued_within_days === 'number')
    parts.push(
      zh ? `近 ${rules.issued_within_days} 天内签发` : `issued within ${rules.issued_within_days} days`,
    );
  if (rules.unexpired) parts.push(zh ? '在有效期内' : 'not expired');
  if (rules.all_pages) parts.push(zh ? '包含所有页面' : 'every page');
  if (rules.all_sides) parts.push(zh ? '正反面齐全' : 'every side');
  if (rules.colour) parts.push(zh ? '彩色扫描或照片' : 'in colour');
  if (rules.not_screenshot) parts.push(zh ? '不接受截图' : 'not a screenshot');
  if (Array.isArray(rules.must_show) && rules.must_show.length > 0) {
    const shown = rules.must_show.map((field) => wordFor(SHOWN_WORDS, String(field), language));
    parts.push(zh ? `须显示${joinWords(shown, language)}` : `showing ${shown.join(', ')}`);
  }
  if (rules.covers_finding_period) parts.push(zh ? '覆盖异常期间' : 'covering the period in question');
  return parts.join(zh ? '；' : '; ');
}

/** A date and time as a seller reads it, always in UTC (said so) so that every reader agrees. */
export function formatDate(iso: string, language: Language): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
  if (language === 'zh')
    return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${time}`;
  const month = at.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${at.getUTCDate()} ${month} ${at.getUTCFullYear()}, ${time}`;
}
