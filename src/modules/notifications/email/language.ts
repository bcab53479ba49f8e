/**
 * Which language(s) a seller's emails are written in. The rule (docs/notifications.md):
 * 1. the seller's stated preference, `contact.language` in the profile (`zh`, `zh-CN`, `zh-Hans`,
 *    `en`, `en-GB`, ...): that language alone;
 * 2. otherwise a seller registered in CN, TW, HK, MO or SG (the business's country, or for an
 *    individual the legal representative's nationality): Simplified Chinese first, then the same
 *    message in English, because not every seller there reads Simplified Chinese;
 * 3. otherwise English.
 */
const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const CHINESE_REGIONS: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'SG']);

export interface LanguageProfile {
  entity_type?: string;
  business?: { country?: string; address?: { country?: string } };
  legal_rep?: { nationality?: string };
  contact?: { language?: unknown };
}

export function chooseLanguages(profile: LanguageProfile): Language[] {
  const stated = typeof profile.contact?.language === 'string' ? profile.contact.language.toLowerCase() : '';
  if (/^zh(\b|[-_])/.test(stated) || stated === 'zh') return ['zh'];
  if (/^en(\b|[-_])/.test(stated) || stated === 'en') return ['en'];
  const country = (
    profile.entity_type === 'individual'
      ? (profile.legal_rep?.nationality ?? profile.business?.country)
      : (profile.business?.country ?? profile.business?.address?.country ?? profile.legal_rep?.nationality)
  )?.toUpperCase();
  return country && CHINESE_REGIONS.has(country) ? ['zh', 'en'] : ['en'];
}
