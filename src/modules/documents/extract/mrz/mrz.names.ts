/**
 * The name field of a zone (`SURNAME<<GIVEN<NAMES<<<<`) into surname and given names. OCR reads
 * fillers as `K`, `L`, `C`, `S`, `Z`, `G`, `E`: a trailing run made only of such letters is
 * fillers, unless the printed part of the document shows it as a word (`LEE` is a name, `LLLKL`
 * is not); the separator read as `<K<` between two names is `<<`.
 */
const FILLER_LOOKALIKES = /^[KLCSZGE]+$/;

export interface MrzName {
  lastName: string;
  firstName: string;
}

/** The name field written back as ICAO writes it, `length` characters. */
export function writeMrzName(name: MrzName, length: number): string {
  const part = (words: string) => words.split(' ').filter(Boolean).join('<');
  const text = name.firstName ? `${part(name.lastName)}<<${part(name.firstName)}` : part(name.lastName);
  return text.padEnd(length, '<').slice(0, length);
}

export function parseMrzName(field: string, printedText = ''): MrzName {
  // The zone's own lines are in the page text too: only the printed (visual) part vouches for a word.
  const visual = printedText
    .split('\n')
    .filter((line) => !/[<«]|[A-Z0-9]{15,}/.test(line.replace(/\s+/g, '')))
    .join('\n');
  const printed = new Set(visual.toUpperCase().match(/[A-Z]{2,}/g) ?? []);
  const isName = (token: string) =>
    !FILLER_LOOKALIKES.test(token) || (token.length >= 2 && printed.has(token));
  const tokens = field.split('<').map((token) => unglue(token, printed));
  // Trailing fillers, read as letters or not.
  while (tokens.length > 0 && (tokens.at(-1) === '' || !isName(tokens.at(-1)!))) tokens.pop();
  // A token unglued from its trailing fillers ends in '<' itself: those are no separator.
  let text = tokens.join('<').replace(/<+$/, '');
  // No separator at all: OCR read one of its two fillers as a letter, beside the surname.
  if (!text.includes('<<')) text = text.replace(/<[KLCSZGE]</, '<<<');
  if (!text.includes('<<')) text = text.replace(/^([A-Z]{2,})[KLCSZGE]<(?=[A-Z])/, '$1<<');
  const [surname, given] = splitOnce(text);
  const clean = (part: string) =>
    part
      .split('<')
      .filter((token) => token !== '' && isName(token))
      .join(' ');
  return { lastName: clean(surname), firstName: clean(given) };
}

/** Names rarely end in this many look-alikes: such a tail is fillers even with no printed name to compare. */
const LONG_TAIL = 6;

/**
 * A name with fillers read as letters glued to it (`ERIKSSONK`, `MARIALLLLLLL`, `KANNA`): the
 * look-alikes are turned back into fillers when what remains is printed on the document, or when
 * the tail is too long to be part of a name.
 */
function unglue(token: string, printed: ReadonlySet<string>): string {
  if (token.length < 3 || printed.has(token) || FILLER_LOOKALIKES.test(token)) return token;
  const tail = /[KLCSZGE]+$/.exec(token)?.[0] ?? '';
  for (let cut = tail.length; cut >= 1; cut--) {
    const rest = token.slice(0, token.length - cut);
    if (rest.length >= 2 && (printed.has(rest) || cut >= LONG_TAIL)) return `${rest}${'<'.repeat(cut)}`;
  }
  const head = /^[KLCSZGE]+/.exec(token)?.[0] ?? '';
  for (let cut = head.length; cut >= 1; cut--) {
    const rest = token.slice(cut);
    if (rest.length >= 2 && printed.has(rest)) return `${'<'.repeat(cut)}${rest}`;
  }
  return token;
}

function splitOnce(text: string): [string, string] {
  const match = /<<+/.exec(text);
  if (!match) return [text, ''];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}
