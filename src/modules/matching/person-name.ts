import { hanNameTokens, umlautSpellings } from './han.pinyin.js';
import { editDistance, jaroWinkler } from './similarity.js';
import { foldText, foldUmlautsAsE, hasHan, isHanChar } from './text.fold.js';

/** One word of a name with the spellings it is commonly written in (the first is the key). */
interface NameToken {
  readonly spellings: readonly string[];
}

/** A person's name reduced to comparable tokens, whatever the script, order or case. */
export interface PersonName {
  readonly tokens: readonly NameToken[];
  /** The tokens' first spellings, sorted and joined by a space: equal for order and case variants. */
  readonly key: string;
}

/** Honorifics dropped before comparing. Generational suffixes (jr, sr, ii) are kept: they tell people apart. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'madam',
  'mme',
  'herr',
  'frau',
]);
const SEPARATORS = /[\s,;/·•・_]+/u;

const latinTokens = (word: string): NameToken[] => {
  const folded = foldText(word).replace(/['’`]/g, '');
  const withE = /[äöü]/i.test(word) ? foldUmlautsAsE(word).replace(/['’`]/g, '') : undefined;
  const parts = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const partsWithE = withE?.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return parts.map((part, i) => {
    const alternative = partsWithE?.[i];
    return { spellings: alternative && alternative !== part ? [part, alternative] : [part] };
  });
};

const hanTokens = (word: string): NameToken[] => {
  const tokens: NameToken[] = [];
  let run = '';
  let other = '';
  const flush = () => {
    if (run) for (const token of hanNameTokens(run)) tokens.push({ spellings: umlautSpellings(token) });
    if (other) tokens.push(...latinTokens(other));
    run = '';
    other = '';
  };
  for (const char of word) {
    if (isHanChar(char)) {
      if (other) flush();
      run += char;
    } else {
      if (run) flush();
      other += char;
    }
  }
  flush();
  return tokens;
};

/**
 * `王晓明`, `Wang Xiaoming`, `WANG, Xiaoming`, `xiaoming wang` and `Ｗａｎｇ Ｘｉａｏｍｉｎｇ` all give
 * the key `wang xiaoming`. Diacritics fold (`Müller` → `muller`, with `mueller` as a second
 * spelling), apostrophes vanish (`O'Brien` → `obrien`), hyphens and commas separate words.
 */
export function normalisePersonName(raw: string): PersonName {
  const words = raw.normalize('NFKC').split(SEPARATORS).filter(Boolean);
  const tokens = words
    .flatMap((word) => (hasHan(word) ? hanTokens(word) : latinTokens(word.replace(/-/g, ' '))))
    .filter((token) => token.spellings[0]);
  const kept = tokens.length > 1 ? tokens.filter((t) => !HONORIFICS.has(t.spellings[0]!)) : tokens;
  const key = kept
    .map((t) => t.spellings[0]!)
    .sort()
    .join(' ');
  return { tokens: kept, key };
}

export type NameAgreement = 'exact' | 'strong' | 'partial' | 'weak' | 'different' | 'missing';

export interface NameComparison {
  readonly agreement: NameAgreement;
  /** 0..1: length-weighted Jaro-Winkler of the aligned words, times the share of letters aligned. */
  readonly similarity: number;
}

/**
 * Edits tolerated between two spellings of one word, by the longer spelling's length: none up to
 * 4 letters (`wei`/`wen`, `john`/`joan` are different names), one up to 7, two from 8.
 */
export const tolerableEdits = (a: string, b: string): number => {
  const longer = Math.max(a.length, b.length);
  return longer <= 4 ? 0 : longer <= 7 ? 1 : 2;
};

/** Two spellings are one word: equal, or within `tolerableEdits` of each other. */
export const isOneWord = (x: string, y: string): boolean => {
  if (x === y) return true;
  const allowed = tolerableEdits(x, y);
  return allowed > 0 && editDistance(x, y, allowed) <= allowed;
};

interface TokenMatch {
  readonly isMatch: boolean;
  readonly isExact: boolean;
  readonly similarity: number;
}

const compareTokens = (a: NameToken, b: NameToken): TokenMatch => {
  let best: TokenMatch = { isMatch: false, isExact: false, similarity: 0 };
  for (const x of a.spellings) {
    for (const y of b.spellings) {
      if (x === y) return { isMatch: true, isExact: true, similarity: 1 };
      const isMatch = isOneWord(x, y);
      const similarity = jaroWinkler(x, y);
      if ((isMatch && !best.isMatch) || (isMatch === best.isMatch && similarity > best.similarity))
        best = { isMatch, isExact: false, similarity };
    }
  }
  return best;
};

const lengthOf = (token: NameToken): number => token.spellings[0]!.length;

/** The token lists a name may also be written as: two neighbouring words joined (`xiao ming` → `xiaoming`). */
const joinings = (tokens: readonly NameToken[]): NameToken[][] => {
  const out: NameToken[][] = [tokens.slice()];
  for (let i = 0; i + 1 < tokens.length && tokens.length <= 6; i++) {
    const left = tokens[i]!;
    const right = tokens[i + 1]!;
    const joined: NameToken = {
      spellings: left.spellings.flatMap((l) => right.spellings.map((r) => l + r)),
    };
    out.push([...tokens.slice(0, i), joined, ...tokens.slice(i + 2)]);
  }
  return out;
};

const RANK: Readonly<Record<NameAgreement, number>> = {
  missing: 0,
  different: 1,
  weak: 2,
  partial: 3,
  strong: 4,
  exact: 5,
};

const align = (a: readonly NameToken[], b: readonly NameToken[]): NameComparison => {
  const pairs: { i: number; j: number; match: TokenMatch }[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) pairs.push({ i, j, match: compareTokens(a[i]!, b[j]!) });
  pairs.sort(
    (x, y) =>
      Number(y.match.isMatch) - Number(x.match.isMatch) ||
      Number(y.match.isExact) - Number(x.match.isExact) ||
      y.match.similarity - x.match.similarity,
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let matched = 0;
  let exact = 0;
  let weighted = 0;
  let alignedLetters = 0;
  for (const { i, j, match } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const letters = lengthOf(a[i]!) + lengthOf(b[j]!);
    weighted += match.similarity * letters;
    alignedLetters += letters;
    if (match.isMatch) matched++;
    if (match.isExact) exact++;
  }
  const totalLetters = a.reduce((s, t) => s + lengthOf(t), 0) + b.reduce((s, t) => s + lengthOf(t), 0);
  const similarity = alignedLetters === 0 ? 0 : (weighted / alignedLetters) * (alignedLetters / totalLetters);
  const shorter = Math.min(a.length, b.length);
  let agreement: NameAgreement = 'different';
  if (exact === a.length && exact === b.length) agreement = 'exact';
  else if (matched === shorter && (shorter >= 2 || a.length === b.length)) agreement = 'strong';
  else if (exact > 0) agreement = 'partial';
  else if (matched > 0) agreement = 'weak';
  return { agreement, similarity };
};

/**
 * Compares two names regardless of script, word order, case, a joined or split given name,
 * middle names on one side only, and small typos (see `tolerableEdits`).
 * - `exact`: the same words; `strong`: every word of the shorter name matches, typos allowed;
 * - `partial`: some word is spelled the same (a surname alone, or a given name replaced); a
 *   near spelling is not enough here (`zhong` / `zheng` are two surnames);
 * - `weak`: only near spellings of some words match;
 * - `different`: no word matches; `missing`: one name is empty.
 */
export function comparePersonNames(a: PersonName, b: PersonName): NameComparison {
  if (a.tokens.length === 0 || b.tokens.length === 0) return { agreement: 'missing', similarity: 0 };
  if (a.key === b.key) return { agreement: 'exact', similarity: 1 };
  // Words are joined only on the side with more of them, so a typo budget never spans two words
  // that the other side also writes apart (`zhang wei` / `zhang wen` stay different).
  const candidates: [readonly NameToken[], readonly NameToken[]][] =
    a.tokens.length > b.tokens.length
      ? joinings(a.tokens).map((x) => [x, b.tokens])
      : b.tokens.length > a.tokens.length
        ? joinings(b.tokens).map((y) => [a.tokens, y])
        : [[a.tokens, b.tokens]];
  let best: NameComparison = { agreement: 'different', similarity: 0 };
  for (const [x, y] of candidates) {
    const result = align(x, y);
    if (
      RANK[result.agreement] > RANK[best.agreement] ||
      (result.agreement === best.agreement && result.similarity > best.similarity)
    )
      best = result;
  }
  return best;
}
