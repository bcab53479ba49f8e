import { hanSyllables } from '../../matching/index.js';
import { PINYIN_SYLLABLE } from '../reading/locate/company.words.js';
import type { DocumentReading } from '../reading/reading.schema.js';

/** How a name read by OCR stands to the registered one: misreads a reviewer may confirm. */

/**
 * Every 汉字 of a name read unsure on its line (`ocr.unsure.ts`): OCR did not read the name,
 * whatever the line's confidence says. Seed 83 #21: a PRC card scan's 李磊 read `雁乔`, both
 * characters under 90, the line at 0.9 and more for its label 姓名 read surely.
 */
export function isReadUnsure(value: string, pages: DocumentReading['pages'] | undefined): boolean {
  const name = [...value.replace(/\s/g, '')];
  if (!name.some((c) => HAN.test(c))) return false;
  return (pages ?? [])
    .flatMap((page) => page.unsure ?? [])
    .some((line) => {
      const read = [...line.text];
      return read.some((_, k) =>
        name.every((c, j) => read[k + j] === c && (!HAN.test(c) || line.at.includes(k + j))),
      );
    });
}
const HAN = /\p{Script=Han}/u;

/**
 * A 汉字 name read with one character off the registered one, same surname, same length
 * (`刘讲` for 刘鑫, or for `Xin Liu` by its syllables in either order): one look-alike misread,
 * or a sibling, which only a document already identified by its strong identifiers may leave to a
 * reviewer. A Latin given name is one word of several syllables (`Zhang Wenlei` for 张文磊, read
 * `张文舌`, seed 71 #45): the read's syllables but one must spell it, the one off anywhere in it.
 */
export function isOneHanOff(read: string, registered: string): boolean {
  // A registered 汉字 name read in Latin letters: its pinyin, one syllable of the given name another.
  if (/\p{Script=Han}/u.test(registered) && /^[a-z]+(\s+[a-z]+)+$/i.test(read.trim())) {
    const want = hanSyllables(registered.replace(/\s/g, ''));
    const words = read.trim().toLowerCase().split(/\s+/);
    const orders = [words, [words.at(-1)!, ...words.slice(0, -1)]];
    return orders.some((w) => w[0] === want[0] && givenOneOff(w.slice(1).join(''), want.slice(1)));
  }
  const han = [...read.replace(/\s/g, '')];
  if (han.length < 2 || han.length > 4 || !han.every((c) => /\p{Script=Han}/u.test(c))) return false;
  const got = han.map((c) => hanSyllables(c).join(''));
  if (/\p{Script=Han}/u.test(registered)) {
    const want = [...registered.replace(/\s/g, '')].map((c) => hanSyllables(c).join(''));
    return (
      want.length === got.length && want[0] === got[0] && got.filter((s, k) => s !== want[k]).length === 1
    );
  }
  const words = registered
    .toLowerCase()
    .split(/[\s,.-]+/)
    .filter(Boolean);
  if (words.length < 2) return false;
  // Either order: the surname (the read's first) is the first word or the last.
  const orders = [words, [words.at(-1)!, ...words.slice(0, -1)]];
  return orders.some((w) => w[0] === got[0] && givenOneOff(w.slice(1).join(''), got.slice(1)));
}

/** `given` (one Latin word, or words joined) spelled by `syllables` with exactly one of them another syllable. */
function givenOneOff(given: string, syllables: readonly string[]): boolean {
  return syllables.some((own, k) => {
    const before = syllables.slice(0, k).join('');
    const after = syllables.slice(k + 1).join('');
    const middle = given.slice(before.length, given.length - after.length);
    return (
      given.startsWith(before) && given.endsWith(after) && PINYIN_SYLLABLE.test(middle) && middle !== own
    );
  });
}

/**
 * A name of three or four 汉字 read with its surname another and its given name as registered
 * (held-out seed 109 #17: 邱海强, registered `Qiu Haiqiang`, read `印海强` on the card and `匈海强`
 * on the licence: 邱 is a 汉字 OCR often takes for another). Two 汉字 or more of the given name
 * read as registered, on a document its strong identifiers already name, make a misread of the
 * surname likelier than another person. A registration in 汉字 must differ at the surname only;
 * one in Latin letters must spell the given name with the read's given 汉字, in either order.
 */
export function isOffAtSurnameOnly(read: string, registered: string): boolean {
  const han = [...read.replace(/\s/g, '')];
  if (han.length < 3 || han.length > 4 || !han.every((c) => HAN.test(c))) return false;
  const want = registered.replace(/\s/g, '');
  if (HAN.test(want)) {
    const wanted = [...want];
    return (
      wanted.length === han.length &&
      wanted[0] !== han[0] &&
      wanted.slice(1).join('') === han.slice(1).join('')
    );
  }
  const words = registered
    .toLowerCase()
    .split(/[\s,.-]+/)
    .filter(Boolean);
  if (words.length < 2) return false;
  const given = han.slice(1).map((c) => hanSyllables(c));
  const spells = (text: string, k: number): boolean =>
    k === given.length
      ? text === ''
      : given[k]!.some((s) => text.startsWith(s) && spells(text.slice(s.length), k + 1));
  const surname = hanSyllables(han[0]!);
  return [
    [words[0]!, words.slice(1).join('')],
    [words.at(-1)!, words.slice(0, -1).join('')],
  ].some(([family, first]) => !surname.includes(family!) && spells(first!, 0));
}
