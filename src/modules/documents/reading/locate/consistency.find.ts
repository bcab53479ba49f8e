import {
  bigramDice,
  comparePersonNames,
  editDistance,
  foldText,
  jaroWinkler,
  normalisePersonName,
  type PersonName,
  significantCharacters,
  tolerableEdits,
} from '../../../matching/index.js';
import { findDates } from '../dates.js';
import { namesCompanyAcrossScripts, spellsHanBrand } from './company.words.js';
import { type FieldMatch, lines, NOT_FOUND, scriptFolded } from './find.common.js';

export { findAddress } from './address.find.js';
export type { FieldMatch };

/** Characters OCR confuses, folded one way on both sides: `O`→`0`, `I`/`L`→`1`, `S`→`5`, `B`→`8`, `Z`→`2`. */
export const foldOcrIdentifier = (raw: string): string =>
  // A `J` OCR read as a closing bracket after a letter or digit (`SRPT)626487XL9K]` for
  // SRPTJ626487XL9KJ, held-out seed 89 #45's driving licence), before punctuation goes.
  significantCharacters(raw.replace(/(?<=[\p{L}\p{N}])[)\]]/gu, 'J'))
    .replace(/[OQD]/g, '0')
    .replace(/[IL|]/g, '1')
    .replace(/S/g, '5')
    .replace(/B/g, '8')
    .replace(/Z/g, '2');

/** In words, digits OCR reads instead of letters: `We1` → `wel`, `5mith` → `smith`, `B0B` → `bob`. */
const foldOcrWord = (word: string): string =>
  /\p{L}/u.test(word)
    ? word.replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's').replace(/8/g, 'b')
    : word;

/**
 * A registration or ID number: equal after removing spaces and punctuation and folding the
 * characters OCR confuses (similarity 0.95 when only the folding made it equal), or, from 12
 * characters on, one character away (0.9): two real numbers that close are what a checksum
 * catches, and a mistyped one is the reviewer's to see.
 */
export function findIdentifier(text: string, expected: string): FieldMatch {
  const want = foldOcrIdentifier(expected);
  if (want.length < 4) return NOT_FOUND;
  for (const line of lines(text)) {
    const folded = foldOcrIdentifier(line);
    if (folded.includes(want)) {
      const exact = significantCharacters(line).includes(significantCharacters(expected));
      return { isFound: true, matched: line, similarity: exact ? 1 : 0.95 };
    }
  }
  // One character OCR could not read (`J` as `)`, a dropped digit) in a long number: still the number.
  if (want.length >= 12)
    for (const line of lines(text)) {
      const folded = foldOcrIdentifier(line);
      for (let i = 0; i < folded.length; i++)
        for (const length of [want.length - 1, want.length, want.length + 1])
          if (i + length <= folded.length && editDistance(want, folded.slice(i, i + length), 1) <= 1)
            return { isFound: true, matched: line, similarity: 0.9 };
    }
  // Not found: the closest window, for the evidence.
  let best: FieldMatch = NOT_FOUND;
  for (const line of lines(text)) {
    const folded = foldOcrIdentifier(line);
    for (let i = 0; i + want.length <= folded.length; i++) {
      const similarity = jaroWinkler(want, folded.slice(i, i + want.length));
      if (similarity > best.similarity) best = { isFound: false, matched: line, similarity };
    }
  }
  return best.similarity >= 0.8 ? best : NOT_FOUND;
}

/** A line and, when OCR kept a layout's wide gaps (three spaces and more), each of its columns. */
const columnsOf = (line: string): string[] => {
  const columns = line.split(/\s{3,}/).filter(Boolean);
  return columns.length > 1 ? [line, ...columns] : [line];
};

/**
 * A column OCR ran into the next column's label on one line, with no wide gap between them
 * (`Shenzhen Mingyu Household Products Co., Ltd. Account number: 6212…`, seed 79 #36): the words
 * before that label, the label taken as one to three words before the line's first colon.
 */
const beforeNextLabel = (column: string): string[] => {
  const colon = column.search(/[:：]/);
  if (colon < 0) return [];
  const words = column.slice(0, colon).trim().split(/\s+/);
  return [1, 2, 3].filter((n) => words.length > n).map((n) => words.slice(0, -n).join(' '));
};

/** A date (`YYYY-MM-DD`) among the dates printed in the text. */
export function findDate(text: string, expected: string, country?: string): FieldMatch {
  const hit = findDates(text, country).find((d) => d.date === expected);
  return hit ? { isFound: true, matched: hit.text, similarity: 1 } : NOT_FOUND;
}

/** Candidate spans for a name: runs of 1..n+1 words on one line, and 2..4-character 汉字 runs. */
const nameCandidates = (text: string, wordCount: number): string[] => {
  const out = new Set<string>();
  const all = lines(text);
  const wordsOf = (line: string) =>
    line
      .split(/[\s,:：;|/()]+/)
      .filter(Boolean)
      .map(foldOcrWord);
  for (const line of all) {
    const words = wordsOf(line);
    for (let n = 1; n <= wordCount + 1; n++)
      for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
    for (const run of line.match(/\p{Script=Han}{2,}/gu) ?? [])
      for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) out.add(run.slice(i, i + n));
    const fromMrz = mrzName(line);
    if (fromMrz) out.add(fromMrz);
  }
  // Identity documents print the surname and the given names as two values under their own labels.
  // A value is a whole line or its last words: OCR reads the portrait beside it as letters
  // (`AW SA | Yoko`, seed 43 #6), always on the left, where the portrait is.
  const values = all.flatMap((line, i) => {
    const words = wordsOf(line);
    return [1, 2, 3]
      .filter((n) => n <= words.length)
      .map((n) => ({ i, words: words.slice(-n) }))
      .filter((l) => isNameValue(l.words));
  });
  for (const a of values)
    for (const b of values)
      if (b.i > a.i && b.i - a.i <= 3 && a.words.length + b.words.length <= wordCount + 1)
        out.add([...a.words, ...b.words].join(' '));
  return [...out];
};

/** A line that can be a name on its own: one to three words of letters, none a label word. */
const NAME_LABELS =
  /^(?:surname|given|names?|nom|prenoms?|vornamen?|apellidos?|nombre|cognome|sex|nationality|type|code)$/i;
const isNameValue = (words: readonly string[]): boolean =>
  words.length >= 1 &&
  words.length <= 3 &&
  words.every((w) => /^\p{L}[\p{L}'.-]*$/u.test(w) && !NAME_LABELS.test(w));

/**
 * The holder's name in a machine-readable zone line: `P<CHNZHANG<<GUODONG<<<…` (TD3, after the
 * document code and state) or `WEBER<<JULIA<<<…` (TD1's third line). Single letters among the
 * fillers are OCR noise.
 */
const mrzName = (line: string): string | undefined => {
  const compact = line.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9<]{28,46}$/.test(compact) || !compact.includes('<<')) return undefined;
  const body = /^P[A-Z<][A-Z<0-9]{3}/.test(compact) ? compact.slice(5) : compact;
  if (/\d/.test(body)) return undefined;
  // The name ends where the fillers begin: what follows a run of three is misread fillers (`CCCS`).
  const [surname = '', ...rest] = (body.split(/<{3,}/)[0] ?? '').split('<<');
  const words = [...surname.split('<'), ...rest.join('<').split('<')].filter((w) => w.length >= 2);
  return words.length >= 2 ? words.join(' ') : undefined;
};

/** OCR's usual slips in names: `ü` read `ii`, `i` read `l`, `ö` read `6`. */
const ocrFold = (spelling: string): string =>
  spelling.replace(/ii/g, 'u').replace(/[l1|]/g, 'i').replace(/[60]/g, 'o');

/** Every word of the name equal to one of the text's once OCR's slips are folded away on both sides. */
const isOcrSpelling = (want: PersonName, have: PersonName): boolean =>
  want.tokens.length === have.tokens.length &&
  want.tokens.every((w) =>
    have.tokens.some((h) => w.spellings.some((ws) => h.spellings.some((hs) => ocrFold(ws) === ocrFold(hs)))),
  );

/** A person's name: every word of it matches (any order, script, case; small typos in long words). */
export function findPersonName(text: string, expected: string): FieldMatch {
  const want = normalisePersonName(expected);
  if (want.tokens.length === 0) return NOT_FOUND;
  // Two words OCR read as one join in the order printed: `WEI WANG` read `WEIWANG` for Wang Wei.
  const wants = want.tokens.length === 2 ? [want, { ...want, tokens: [...want.tokens].reverse() }] : [want];
  let best: FieldMatch = NOT_FOUND;
  for (const candidate of nameCandidates(text, want.tokens.length)) {
    const have = normalisePersonName(candidate);
    const compared = wants
      .map((w) => comparePersonNames(w, have))
      .reduce((a, b) => (b.similarity > a.similarity ? b : a));
    const isFound =
      compared.agreement === 'exact' ||
      (compared.agreement === 'strong' && compared.similarity >= 0.9) ||
      isOcrSpelling(want, have);
    const similarity = isFound ? Math.max(compared.similarity, 0.9) : compared.similarity;
    if ((isFound && !best.isFound) || (isFound === best.isFound && similarity > best.similarity))
      best = { isFound, matched: candidate, similarity };
  }
  return best.similarity > 0 ? best : NOT_FOUND;
}

/** Legal-form words and abbreviations, to one spelling. */
const COMPANY_WORDS: Readonly<Record<string, string>> = {
  co: 'company',
  corp: 'corporation',
  inc: 'incorporated',
  ltd: 'limited',
  llc: 'llc',
  plc: 'plc',
  intl: 'international',
  mfg: 'manufacturing',
  '&': 'and',
};

const companyTokens = (text: string): string[] =>
  foldText(text)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => COMPANY_WORDS[foldOcrWord(w)] ?? foldOcrWord(w));

/** What OCR makes of an ampersand standing alone: `Import S Export` (seed 43 #31), `8`, `B`. */
const AMPERSAND_READS: ReadonlySet<string> = new Set(['s', '8', 'b']);

/** Company words tolerate one misread letter from 6 letters on (`Brightline`/`Brightside` stay two names). */
const tokenMatches = (a: string, b: string): boolean => {
  if (a === b) return true;
  // A legal form's letters (`S.r.l.`, `S.p.A.`): capital I and small l are one stroke in sans-serif
  // print, and OCR gives either (`S.r.I.`, seed 79 #41 of a benign-only plan).
  if (a.length === 1 && b.length === 1 && /^[il]$/.test(a) && /^[il]$/.test(b)) return true;
  if (a === 'and' && AMPERSAND_READS.has(b)) return true;
  const allowed = Math.min(tolerableEdits(a, b), Math.max(a.length, b.length) >= 6 ? 1 : 0);
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
};

/**
 * A company's legal name: every word (with `Co.`/`Company`, `Ltd.`/`Limited`… as one) present in
 * one line or two neighbouring lines, in any order; or, across scripts, its 汉字/pinyin spelling.
 */
export function findCompanyName(text: string, expected: string): FieldMatch {
  const want = companyTokens(expected);
  if (want.length === 0) return NOT_FOUND;
  const all = lines(text);
  let best: FieldMatch = NOT_FOUND;
  for (let i = 0; i < all.length; i++) {
    for (const window of [all[i]!, `${all[i]!} ${all[i + 1] ?? ''}`.trim()]) {
      const have = companyTokens(window);
      const found = want.filter((w) => have.some((h) => tokenMatches(w, h)));
      const similarity =
        (found.length / want.length) *
        bigramDice(
          want,
          have.filter((h) => want.some((w) => tokenMatches(w, h))),
        );
      const isFound = found.length === want.length;
      if ((isFound && !best.isFound) || (isFound === best.isFound && similarity > best.similarity))
        best = { isFound, matched: window, similarity: isFound ? Math.max(similarity, 0.9) : similarity };
    }
    const folded = scriptFolded(expected);
    if (folded.length >= 4 && scriptFolded(all[i]!).includes(folded) && !best.isFound)
      best = { isFound: true, matched: all[i]!, similarity: 0.95 };
    // Either way round: registered in pinyin and English against a 汉字 line, or in 汉字 against an
    // English line (an invoice's "Bill to: Hangzhou … Co., Ltd.", its label dropped).
    // A statement's line OCR reads across two columns ("Hangzhou … Co., Ltd.      Account number: …",
    // seed 61 #20): each column, split where the layout left a wide gap, is a line of its own.
    const unlabelled = columnsOf(all[i]!).flatMap((column) => [
      column.replace(/^[^:：]{0,24}[:：]\s*/, ''),
      ...beforeNextLabel(column),
    ]);
    if (
      !best.isFound &&
      (namesCompanyAcrossScripts(expected, all[i]!) ||
        unlabelled.some((u) => namesCompanyAcrossScripts(u, expected) && spellsHanBrand(u, expected)))
    )
      best = { isFound: true, matched: all[i]!, similarity: 0.9 };
  }
  return best.similarity > 0 ? best : NOT_FOUND;
}
