import type { Lang } from '../i18n/i18n';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** An instant as a person in `zone` reads it ("Wed 9 Dec 2026, 16:00"), in the UI's language. */
export function formatInZone(iso: string, zone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Only the wall-clock time in `zone` ("16:00"). */
export function timeInZone(iso: string, zone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The day in `zone`, to group slots by ("Wed 9 Dec"). */
export function dayInZone(iso: string, zone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

/** The browser's own IANA zone. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
