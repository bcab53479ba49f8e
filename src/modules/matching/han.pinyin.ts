import { pinyin } from 'pinyin-pro';
import { foldText } from './text.fold.js';

/** Two-character surnames: the given name starts after them. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '南宫',
  '西门',
  '独孤',
  '百里',
  '呼延',
  '澹台',
  '万俟',
  '申屠',
  '太史',
  '东郭',
  '拓跋',
]);

const nameCache = new Map<string, readonly string[]>();
const textCache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;

const remember = <T>(cache: Map<string, T>, key: string, value: T): T => {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
};

/** Toneless syllables, one per character, `ü` kept (callers fold it). */
const syllables = (text: string, surname: boolean): string[] =>
  pinyin(text, { type: 'array', toneType: 'none', surname: surname ? 'head' : 'off' }).map((s) =>
    s.normalize('NFC').toLowerCase(),
  );

/**
 * A Chinese name in 汉字 as Latin tokens, the way a passport writes it: surname, then the given
 * name's syllables joined (`王晓明` → `['wang', 'xiaoming']`, `欧阳娜娜` → `['ouyang', 'nana']`).
 * Surnames are read in surname mode (`单` → `shan`, not `dan`).
 */
export function hanNameTokens(han: string): readonly string[] {
  const cached = nameCache.get(han);
  if (cached) return cached;
  const chars = [...han];
  const parts = syllables(han, true);
  if (chars.length !== parts.length || chars.length < 2) return remember(nameCache, han, [parts.join('')]);
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  return remember(nameCache, han, [
    parts.slice(0, surnameLength).join(''),
    parts.slice(surnameLength).join(''),
  ]);
}

/** Syllables of any Han text (addresses, company names), one per character, tones removed. */
export function hanSyllables(han: string): readonly string[] {
  const cached = textCache.get(han);
  if (cached) return cached;
  return remember(textCache, han, syllables(han, false));
}

/**
 * The spellings a pinyin syllable string with `ü` is written in on documents: `lü` → `lu`
 * (diacritic dropped), `lv` (keyboard) and `lyu` (passports since 2012).
 */
export function umlautSpellings(token: string): readonly string[] {
  if (!token.includes('ü')) return [foldText(token)];
  return [foldText(token), token.replaceAll('ü', 'v'), token.replaceAll('ü', 'yu')];
}
