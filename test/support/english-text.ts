/**
 * Finds English sentences in text a page shows in another language (the 简体中文 page walk,
 * test/e2e/zh-walk.test.ts). A sentence here is a run of at least three Latin words (the joints
 * between them: spaces, commas, parentheses, hyphens) of which at least two are common English
 * words and not names, ids or values the test seeded (`allow`). Names, ids, emails, dates, file
 * names and numbers alone never count: they are what a Chinese page rightly shows as they are.
 */

/** Common English words: function words and the words of this product's texts. */
const ENGLISH = new Set(
  `a about above account accounts add added address after again all also an and any appeal are as ask
asked at back bank be been before being below bill both but by can cannot case cases change check
checked checks click close closed come could days decision deadline did do document documents does
done due each email every expired failed file files find first for found from full get give going has
have here his how i if in is it its itself just last later licence license like linked made make many
may me missing more most must my need needs new next no not note now of off on once one only open or
other our out over own page paid passed past pending please proof provide reason reasons registered
rejected request requested required review reviewer same see seller sellers send sent should show
shown since so some still submit submitted such than that the their them then there these they this
those through to under until up upload uploaded us use verify very was we were what when where which
while who why will with without would yet you your`.split(/\s+/),
);

const WORD = /^[A-Za-z][A-Za-z']*$/;

export interface EnglishFinding {
  /** The run of Latin words as the page showed it. */
  text: string;
  /** Its English words (lower case). */
  words: string[];
}

/**
 * The English sentences in `text`. `allow`: names, ids and typed values from the seeded data
 * (case-insensitive, where they appear whole); what they say never counts as English.
 */
export function findEnglishSentences(text: string, allow: readonly string[] = []): EnglishFinding[] {
  // The seeded values (longest first), emails, addresses on the web, ids with digits or
  // underscores: out before the words are read.
  let cleaned = text;
  for (const value of [...allow].sort((a, b) => b.length - a.length))
    if (value.trim()) cleaned = cleaned.replace(new RegExp(escapeRegExp(value.trim()), 'gi'), ' | ');
  cleaned = cleaned
    .replace(/\S+@\S+/g, ' | ')
    // File names the seller gave (bill-new-office.pdf).
    .replace(/[\w.-]+\.(?:pdf|jpe?g|png|tiff?|heic)\b/gi, ' | ')
    .replace(/https?:\/\/\S+/g, ' | ')
    .replace(/\b[\w.-]*[\d_][\w.-]*\b/g, ' | ');
  const found: EnglishFinding[] = [];
  // Runs of Latin words joined only by spaces and light punctuation; anything else ends a run.
  for (const run of cleaned.match(/[A-Za-z][A-Za-z' ,()/-]*[A-Za-z]/g) ?? []) {
    const tokens = run.split(/[\s,()/-]+/).filter((token) => WORD.test(token));
    if (tokens.length < 3) continue;
    const english = tokens.map((t) => t.toLowerCase()).filter((w) => ENGLISH.has(w));
    if (english.length >= 2) found.push({ text: run.trim(), words: english });
  }
  return found;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
