/**
 * Which language a seller's free text is written in, told from the text alone: the script first
 * (Han → `zh`, kana → `ja`, Hangul → `ko`, Cyrillic → `ru`, Arabic → `ar`, Thai → `th`), and for
 * Latin script the share of each language's commonest words. Deterministic, offline, no model: it
 * tells the languages a policy may accept apart, and says `und` (undetermined) rather than guess
 * on a text too short or too odd to tell.
 */

/** The languages a statement can be told to be written in (BCP 47 primary tags). */
export const DETECTABLE_LANGUAGES = [
  'en',
  'zh',
  'ja',
  'ko',
  'ru',
  'ar',
  'th',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'vi',
] as const;
export type Language = (typeof DETECTABLE_LANGUAGES)[number];

// Function words, frequent in any text of the language and rare in the others' (the overlaps
// — "a", "de", "la", "e" — are left out where they would blur two languages).
const FUNCTION_WORDS: Record<'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'vi', readonly string[]> = {
  en: 'the and of to in is was were are we our it that for with from by this on have has not be will all they their which an my us as at now every each who'.split(
    ' ',
  ),
  de: 'der die das und ist nicht wir unser unsere mit von zu den dem ein eine auch auf für sich wurde haben wird'.split(
    ' ',
  ),
  fr: 'le les et est nous notre nos des une pour avec dans qui sur pas sont été au aux du ce cette'.split(
    ' ',
  ),
  es: 'el los las y es nosotros nuestro nuestra con por para una del que se fue son como está'.split(' '),
  pt: 'o os as e é nós nosso nossa com por para um uma do da não foi são como está'.split(' '),
  it: 'il gli lo e è noi nostro nostra con per un una del della che non sono stato come'.split(' '),
  nl: 'de het en is wij we ons onze met van een voor niet zijn werd hebben ook op dat'.split(' '),
  vi: 'và của là chúng tôi được có không các những cho với này đã để một trong khi'.split(' '),
};

export interface LanguageGuess {
  /** The language, or `und` when the text does not tell. */
  language: Language | 'und';
  /** The script the text is mostly written in. */
  script: 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'thai' | 'latin' | 'none';
}

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const CYRILLIC = /\p{Script=Cyrillic}+/gu;
const ARABIC = /\p{Script=Arabic}+/gu;
const THAI = /\p{Script=Thai}/gu;
const LATIN_WORD = /[\p{Script=Latin}'’]+/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The fewest words (or two characters of an ideographic script per word) a guess is made on. */
const MIN_WORDS = 4;

export function detectLanguage(text: string): LanguageGuess {
  const normalized = text.normalize('NFC');
  const latinWords = normalized.match(LATIN_WORD)?.map((w) => w.toLowerCase()) ?? [];
  // An ideographic or syllabic script writes a word in one to three characters: weigh them so a
  // Chinese sentence naming an English brand still reads as Chinese.
  const weights = {
    han: count(normalized, HAN) / 2,
    kana: count(normalized, KANA) / 2,
    hangul: count(normalized, HANGUL) / 2,
    cyrillic: count(normalized, CYRILLIC),
    arabic: count(normalized, ARABIC),
    thai: count(normalized, THAI) / 4,
    latin: latinWords.length,
  };
  // Japanese writes kanji beside its kana: any real share of kana makes Han text Japanese.
  const japanese = weights.kana > 0 && weights.kana >= (weights.han + weights.kana) * 0.2;
  const ranked = (Object.entries(weights) as [keyof typeof weights, number][])
    .filter(([script]) => !(script === 'han' && japanese))
    .sort((a, b) => b[1] - a[1]);
  const [top, weight] = ranked[0] ?? ['latin', 0];
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const script = japanese && top === 'han' ? 'kana' : top;
  if (total === 0) return { language: 'und', script: 'none' };
  const wordsOfScript = japanese && script === 'kana' ? weights.kana + weights.han : weight;
  if (wordsOfScript < MIN_WORDS) return { language: 'und', script };
  const byScript = { han: 'zh', kana: 'ja', hangul: 'ko', cyrillic: 'ru', arabic: 'ar', thai: 'th' } as const;
  if (script !== 'latin') return { language: byScript[script], script };
  return { language: latinLanguage(latinWords), script };
}

/** The Latin-script language whose function words make up a clear share of the text, if one does. */
function latinLanguage(words: readonly string[]): Language | 'und' {
  const hits = (Object.entries(FUNCTION_WORDS) as [Language, readonly string[]][])
    .map(([language, list]) => {
      const set = new Set(list);
      return [language, words.filter((w) => set.has(w)).length] as const;
    })
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = hits;
  if (!best || best[1] < 2 || best[1] / words.length < 0.08) return 'und';
  if (second && second[1] * 1.5 > best[1]) return 'und';
  return best[0];
}
