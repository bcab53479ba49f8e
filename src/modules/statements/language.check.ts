import type { StatementCheck } from './check.js';
import { detectLanguage, type Language } from './language.js';

export interface LanguageRules {
  /** The languages a statement may be written in (the reviewers read them). */
  accepted: readonly Language[];
  /** A part written in another language fails the statement (`fail`) or only warns. */
  unaccepted: 'fail' | 'warn';
}

export const DEFAULT_LANGUAGE_RULES: LanguageRules = { accepted: ['en', 'zh'], unaccepted: 'fail' };

const NAMES: Record<string, { en: string; zh: string }> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
  ja: { en: 'Japanese', zh: '日文' },
  ko: { en: 'Korean', zh: '韩文' },
  ru: { en: 'Russian', zh: '俄文' },
  ar: { en: 'Arabic', zh: '阿拉伯文' },
  th: { en: 'Thai', zh: '泰文' },
  de: { en: 'German', zh: '德文' },
  fr: { en: 'French', zh: '法文' },
  es: { en: 'Spanish', zh: '西班牙文' },
  pt: { en: 'Portuguese', zh: '葡萄牙文' },
  it: { en: 'Italian', zh: '意大利文' },
  nl: { en: 'Dutch', zh: '荷兰文' },
  vi: { en: 'Vietnamese', zh: '越南文' },
};
const name = (code: string, lang: 'en' | 'zh') => NAMES[code]?.[lang] ?? code;

/**
 * The language rule over a statement's free-text parts (each named, e.g. `root_cause` or
 * `entries.0.explanation`): every part whose language can be told must be one the policy
 * accepts. A part too short to tell is left out; a statement none of whose parts tells warns.
 */
export function checkLanguage(
  parts: readonly { part: string; text: string }[],
  rules: LanguageRules = DEFAULT_LANGUAGE_RULES,
): StatementCheck {
  const detected = parts.map((p) => ({ part: p.part, language: detectLanguage(p.text).language }));
  const told = detected.filter((d) => d.language !== 'und');
  const accepted = new Set<string>(rules.accepted);
  const acceptedEn = rules.accepted.map((l) => name(l, 'en')).join(' or ');
  const acceptedZh = rules.accepted.map((l) => name(l, 'zh')).join('或');
  const languages = Object.fromEntries(detected.map((d) => [d.part, d.language]));
  const outside = told.filter((d) => !accepted.has(d.language));
  if (outside.length > 0) {
    const found = [...new Set(outside.map((d) => d.language))];
    return {
      code: 'STATEMENT_LANGUAGE_NOT_ACCEPTED',
      status: rules.unaccepted,
      message: {
        en: `Parts of your statement read as ${found.map((l) => name(l, 'en')).join(', ')}: write it in ${acceptedEn}, which the reviewers read.`,
        zh: `您的说明中有部分内容是${found.map((l) => name(l, 'zh')).join('、')}：请用${acceptedZh}书写，审核人员只能阅读这些语言。`,
      },
      evidence: { languages, not_accepted: outside.map((d) => d.part), accepted: rules.accepted },
    };
  }
  if (told.length === 0)
    return {
      code: 'STATEMENT_LANGUAGE_UNCLEAR',
      status: 'warn',
      message: {
        en: `The language of your statement cannot be told from so little text: write full sentences in ${acceptedEn}.`,
        zh: `内容太少，无法判断您的说明使用的语言：请用${acceptedZh}写出完整的句子。`,
      },
      evidence: { languages, accepted: rules.accepted },
    };
  return {
    code: 'STATEMENT_LANGUAGE_ACCEPTED',
    status: 'pass',
    message: {
      en: `Written in ${[...new Set(told.map((d) => name(d.language, 'en')))].join(' and ')}, which the reviewers read.`,
      zh: `使用${[...new Set(told.map((d) => name(d.language, 'zh')))].join('和')}书写，审核人员可以阅读。`,
    },
    evidence: { languages, accepted: rules.accepted },
  };
}
