import { foldText } from '../../matching/index.js';
import { hammingDistance } from '../extract/image.hash.js';
import { type CheckItem, checkItem } from './check.types.js';

/**
 * Reuse across sellers (an authenticity signal, SPEC 5): the same file, or a near-identical image,
 * submitted by another seller. Pure: the caller hands in the other sellers' fingerprints.
 */
const REUSE_RULES = {
  /**
   * Two dHashes this many bits apart or fewer may be the same picture: a copy saved again smaller
   * measured 3, a noisy copy 4 (held-out seed 109 #99, its text the same), genuine documents of
   * one template 1–4, so the text decides (docs/benchmarks.md). The database's four 16-bit bands
   * are sure to find 3 bits; 4 or 5, only when one band is untouched (about nine in ten at 4).
   */
  nearDuplicateBits: 5,
  /** ...and their texts must be this similar (token-set Jaccard), since one template filled in twice is close too. */
  nearDuplicateTextSimilarity: 0.9,
} as const;

/** What is kept of a submitted file to recognise it again: its hash, its image's dHash, its text. */
export interface FileFingerprint {
  readonly name: string;
  readonly sha256: string;
  readonly dhash?: string | undefined;
  readonly text?: string | undefined;
}

/** A file another seller already submitted. */
export interface ReuseCandidate {
  readonly seller_id: string;
  readonly sha256: string;
  readonly dhash?: string | undefined;
  readonly text?: string | undefined;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Shorter words say nothing about whose document it is, and they are most of what OCR's noise
 * makes: one image read twice (another OCR language, the zone read again, a copy saved smaller)
 * differed by `lo0`/`10`, `00` and a stray `一` `二` the Chinese model saw in a Latin page, which
 * alone took a passport's 40 words from 1.0 to 0.88 (docs/benchmarks.md).
 */
const MIN_WORD_LENGTH = 3;

/**
 * A machine-readable zone line: OCR reads it again or not, splits it at a space or ends it in noise
 * (`<<<cccs`), and one misread character makes its one long token another. What it holds is
 * printed above it, so the zone is left out of the words whenever the page says anything else.
 */
const isZoneLine = (line: string): boolean => /<<|«|[A-Z0-9<]{25,}/.test(line);
const withoutZone = (text: string): string => {
  const lines = text.split('\n');
  const visual = lines.filter((line) => !isZoneLine(line));
  return visual.join(' ').replace(/[^\p{L}\p{N}]+/gu, '').length >= 20 ? visual.join('\n') : text;
};

/** Words of 3+ letters or digits (folded) and Han character pairs: a text's tokens for similarity. */
const tokensOf = (text: string): Set<string> => {
  const folded = foldText(withoutZone(text));
  const words = folded.replace(HAN_RUN, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens = new Set(words.filter((w) => w.length >= MIN_WORD_LENGTH));
  for (const run of folded.match(HAN_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  return tokens;
};

/**
 * A page in 汉字 read by the Chinese model gives its words; read by the English one (a seller
 * elsewhere uploading the same image), noise where the 汉字 are. Its numbers (the ID number, the
 * dates, the house number) come out the same either way: across scripts they are what is compared.
 */
const HAN_PAGE_CHARS = 10;
const numbersOf = (text: string): Set<string> =>
  new Set((withoutZone(text).match(/\d{4,}/g) ?? []).filter((n) => !/^0+$/.test(n)));
/** Fewer numbers than this on either side and a cross-script comparison proves nothing. */
const MIN_NUMBERS = 3;

const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

const jaccard = (left: ReadonlySet<string>, right: ReadonlySet<string>): number => {
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
};

/**
 * Token-set Jaccard similarity in 0..1; 0 when either text has no tokens (no text proves nothing).
 * Two reads of which only one is in 汉字 (the other model saw noise) compare their numbers.
 */
export function tokenSetSimilarity(a: string, b: string): number {
  const [hanA, hanB] = [hanCount(a), hanCount(b)];
  if (hanA >= HAN_PAGE_CHARS !== hanB >= HAN_PAGE_CHARS) {
    const [left, right] = [numbersOf(a), numbersOf(b)];
    return left.size < MIN_NUMBERS || right.size < MIN_NUMBERS ? 0 : jaccard(left, right);
  }
  const left = tokensOf(a);
  const right = tokensOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  return jaccard(left, right);
}

/**
 * Two texts whose numbers are mostly not the same numbers: the backs of two PRC resident cards
 * are one template whose words barely differ (签发机关 … 有效期限, a Jaccard of 0.91 with the
 * issuing city alone apart, seed 71 #46), and a different validity period shows they are two
 * cards. Numbers here are the runs of 2+ digits, as a set: one picture read twice (a second OCR
 * language, another engine) repeats or splits its text, never its numbers. Under `MIN_RUNS` on
 * either side the numbers prove nothing and the words decide alone.
 */
const MIN_RUNS = 3;
const SAME_NUMBERS = 0.5;
const digitRunsOf = (text: string): Set<string> => new Set(withoutZone(text).match(/\d{2,}/g) ?? []);
export function hasOtherNumbers(a: string, b: string): boolean {
  const [left, right] = [digitRunsOf(a), digitRunsOf(b)];
  if (left.size < MIN_RUNS || right.size < MIN_RUNS) return false;
  return jaccard(left, right) < SAME_NUMBERS;
}

const isDhash = (value: string | undefined): value is string => !!value && /^[0-9a-f]{16}$/i.test(value);

/**
 * The nearest other image by dHash and how alike its text is: what a reviewer (and the benchmark
 * that sets the thresholds) sees of a near miss. Counts only, never whose file it was.
 */
function closestOf(
  dhash: string,
  text: string,
  candidates: readonly ReuseCandidate[],
): { closest?: { distance: number; similarity: number } } {
  let best: ReuseCandidate | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (!isDhash(c.dhash)) continue;
    const d = hammingDistance(dhash, c.dhash);
    if (d < distance) [best, distance] = [c, d];
  }
  if (!best) return {};
  const similarity = Math.round(tokenSetSimilarity(text, best.text ?? '') * 100) / 100;
  return { closest: { distance, similarity } };
}

/**
 * The file against the files other sellers submitted: the same bytes, or the same picture (dHash
 * within `nearDuplicateBits`) with near-identical text. The evidence gives counts only: the
 * seller reads it, and must not learn who else submitted the file.
 */
export function checkReuse(file: FileFingerprint, candidates: readonly ReuseCandidate[]): CheckItem {
  const sellersOf = (list: readonly ReuseCandidate[]) => new Set(list.map((c) => c.seller_id)).size;
  const same = candidates.filter((c) => c.sha256 === file.sha256);
  if (same.length > 0)
    return checkItem('authenticity', 'FILE_REUSED', 'fail', {
      file: file.name,
      files: same.length,
      sellers: sellersOf(same),
    });
  const dhash = file.dhash;
  const near = isDhash(dhash)
    ? candidates.flatMap((c) => {
        if (!isDhash(c.dhash)) return [];
        const distance = hammingDistance(dhash, c.dhash);
        if (distance > REUSE_RULES.nearDuplicateBits) return [];
        const similarity = tokenSetSimilarity(file.text ?? '', c.text ?? '');
        if (similarity < REUSE_RULES.nearDuplicateTextSimilarity) return [];
        return hasOtherNumbers(file.text ?? '', c.text ?? '') ? [] : [{ c, distance, similarity }];
      })
    : [];
  if (near.length > 0)
    return checkItem('authenticity', 'IMAGE_REUSED', 'fail', {
      file: file.name,
      files: near.length,
      sellers: sellersOf(near.map((n) => n.c)),
      distance: Math.min(...near.map((n) => n.distance)),
      similarity: Math.round(Math.max(...near.map((n) => n.similarity)) * 100) / 100,
    });
  return checkItem('authenticity', 'FILE_NOT_REUSED', 'pass', {
    file: file.name,
    compared: candidates.length,
    ...(isDhash(dhash) ? closestOf(dhash, file.text ?? '', candidates) : {}),
  });
}
