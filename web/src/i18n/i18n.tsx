import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en';
import { LABELS, type LabelKind } from './labels';
import { zh } from './zh';

export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'secondlook.lang';
const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The text of `key` in the current language, with `{name}` filled from `vars`. */
  t(key: MessageKey, vars?: Vars): string;
  /** The current language's half of a text the API sends in both. */
  pick(text: { en: string; zh: string } | null | undefined): string;
  /** The word for an API enum value; the value itself when there is none. */
  label(kind: LabelKind, value: string): string;
  formatDate(iso: string): string;
  formatDateTime(iso: string): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** A list joined the way the language joins lists ("a, b and c" / "a、b和c"). */
  formatList(items: string[]): string;
  /** Alternatives joined the way the language joins them ("a, b or c" / "a、b或c"). */
  formatOr(items: string[]): string;
}

export function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The language remembered on this browser, else the browser's own when it is Chinese, else English. */
function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function createI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  const locale = LOCALE[lang];
  const dates = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const dateTimes = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const alternatives = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  return {
    lang,
    setLang,
    t: (key, vars) => fill(DICTIONARIES[lang][key] ?? key, vars),
    pick: (text) => (text ? text[lang] : ''),
    label(kind, value) {
      const words = (LABELS[kind] as Record<string, { en: string; zh: string }>)[value];
      return words ? words[lang] : value.replaceAll('_', ' ');
    },
    formatDate: (iso) => dates.format(new Date(iso)),
    formatDateTime: (iso) => dateTimes.format(new Date(iso)),
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    formatList: (items) => lists.format(items),
    formatOr: (items) => alternatives.format(items),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const setLang = useCallback((next: Lang) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo(() => createI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
