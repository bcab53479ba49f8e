import { triggerDefinition } from './registry.js';

/** A sentence in the two languages the product speaks. */
export interface ReasonText {
  en: string;
  zh: string;
}

const DOCUMENT_ZH: Record<string, string> = {
  business_license: '营业执照',
  government_id: '政府签发的身份证件',
  proof_of_address: '地址证明',
};

const zhList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;

/**
 * Why a case was opened, as the seller reads it in either language. English is the finding's own
 * sentence (or what staff typed); Chinese is told from the evidence where the trigger's evidence
 * says enough, else the trigger's registered summary, so a Chinese reader never gets English.
 */
export function reasonText(trigger: string, summary: string, evidence: Record<string, unknown>): ReasonText {
  const fallback = triggerDefinition(trigger)?.summary.zh ?? '您的账户需要复审。';
  if (evidence.opened_by_staff === true) return typedByStaff(trigger, summary, evidence, fallback);
  return { en: summary, zh: toldInChinese(trigger, evidence) ?? fallback };
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Text written in Chinese: more Han characters than Latin letters. */
const isChinese = (text: string) => (text.match(HAN)?.length ?? 0) > (text.match(LATIN)?.length ?? 0);

/**
 * What staff typed, in the language they typed it, and the other language from what they gave for
 * it (`summary_zh`), else the trigger's registered summary: a reason typed in Chinese reaches a
 * Chinese seller as typed, and an English reader never gets Chinese.
 */
function typedByStaff(
  trigger: string,
  summary: string,
  evidence: Record<string, unknown>,
  fallback: string,
): ReasonText {
  const givenZh =
    typeof evidence.summary_zh === 'string' && evidence.summary_zh.trim() ? evidence.summary_zh : undefined;
  if (!isChinese(summary)) return { en: summary, zh: givenZh ?? fallback };
  return {
    en: triggerDefinition(trigger)?.summary.en ?? 'Your account needs a review.',
    zh: givenZh ?? summary,
  };
}

function toldInChinese(trigger: string, evidence: Record<string, unknown>): string | undefined {
  if (trigger === 'missing_documentation' && Array.isArray(evidence.gaps)) {
    const gaps = evidence.gaps as { document?: unknown; problem?: unknown; expired_on?: unknown }[];
    const words = gaps.map((gap) => {
      const word = DOCUMENT_ZH[String(gap.document)] ?? '所需文件';
      if (gap.problem === 'expired') return `${word}（已于${String(gap.expired_on ?? '')}过期）`;
      if (gap.problem === 'rejected') return `${word}（已提交的文件未通过）`;
      return word;
    });
    return words.length > 0 ? `您的账户缺少有效的${zhList(words)}。` : undefined;
  }
  if (trigger === 'identity_verification') {
    const latest = evidence.latest_check as { at?: unknown; result?: unknown } | undefined;
    if (!latest || typeof latest.at !== 'string') return undefined;
    const day = latest.at.slice(0, 10);
    return latest.result === 'failed'
      ? `您在${day}的身份验证未通过，因此我们需要再次验证您的身份。`
      : `您在${day}的身份验证未完成，因此我们需要再次验证您的身份。`;
  }
  if (trigger === 'registration_mismatch') {
    const registered = evidence.registered_country;
    const operating = evidence.operating_country;
    if (typeof registered !== 'string' || typeof operating !== 'string') return undefined;
    return `您的账户注册地为${registered}，但近期大部分登录来自${operating}。`;
  }
  return undefined;
}
