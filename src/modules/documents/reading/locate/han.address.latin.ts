import { type AddressInput, foldText, hanSyllables } from '../../../matching/index.js';

/**
 * A registered address in 汉字 (`福田区福华三路133号`, `赛格广场1612室`, `深圳市`, `518033`) against a
 * document that prints it in English or pinyin, as Hong Kong and foreign banks print a mainland
 * customer's address (`Rm 1612, SEG Plaza` / `133 Fuhua 3rd Road` / `518033 Shenzhen`, seed 79
 * #36). How such addresses are written in Latin script:
 * - the road's name is spelled in pinyin, its number as an English ordinal or in pinyin (福华三路 is
 *   `Fuhua 3rd Road` or `Fuhua San Lu`), a final direction in English or pinyin (华强北路 is
 *   `Huaqiang North Road`, `North Huaqiang Road` or `Huaqiang Bei Lu`; 深南大道 is `Shennan Avenue`,
 *   `Shennan Boulevard`, often `Shennan Road`), the road word translated or in pinyin;
 * - the house number beside the road (`133 Fuhua 3rd Road`, `Fuhua 3rd Road No. 133`);
 * - the unit with an English word (`Rm 1612`, `Room`, `Unit`, `Suite`, `#1612`);
 * - the building's name translated or renamed (赛格广场 is `SEG Plaza`): it is not asked for;
 * - the parts in the Western order, smallest first, on up to five neighbouring lines.
 * Found when the road, its house number, the unit's number (when one is registered) and the city
 * (or the postcode) are all there. Another road, number, unit or city is not found.
 */
const HAN = /\p{Script=Han}/u;
/** The road and its number after the province, city and district: as `findLatinAddressInHan` reads it. */
const HAN_ROAD = /(?<!\d)([\p{Script=Han}\d]{1,8}?)(大道|路|街|道|巷|弄)(\d+)号/u;
const BEFORE_ROAD = /^.*(?:[省市区县镇乡室号]|街道)/u;
const HAN_UNIT = /(\d+)(?:室|号房|房)/u;

/** How each 汉字 road word is written in Latin script: translated, abbreviated, or in pinyin. */
const ROAD_WORDS: Readonly<Record<string, readonly string[]>> = {
  大道: ['avenue', 'ave', 'av', 'boulevard', 'blvd', 'road', 'rd', 'dadao'],
  路: ['road', 'rd', 'lu'],
  街: ['street', 'st', 'jie'],
  道: ['road', 'rd', 'dao'],
  巷: ['lane', 'ln', 'alley', 'xiang'],
  弄: ['lane', 'ln', 'alley', 'long', 'nong'],
};
const DIRECTIONS: Readonly<Record<string, readonly string[]>> = {
  东: ['east', 'e'],
  西: ['west', 'w'],
  南: ['south', 's'],
  北: ['north', 'n'],
};
const PINYIN_NUMERALS = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu', 'shi'];
const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const NUMBER_WORDS = new Set(['no', 'nr', 'number']);
const COMPANY_LINE = /\b(?:co|ltd|limited|company|corp|corporation|inc)\b/i;
const UNIT_WORDS = new Set(['room', 'rm', 'unit', 'flat', 'suite', 'ste', 'office']);

/** A Latin line as words, an ordinal (`3rd`, `third`) as the pinyin of its 汉字 numeral (`san`). */
const tokens = (line: string): string[] =>
  foldText(line)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => {
      const ordinal = /^(10|[1-9])(?:st|nd|rd|th)$/.exec(w)?.[1];
      if (ordinal) return PINYIN_NUMERALS[Number(ordinal)]!;
      const word = ORDINAL_WORDS.indexOf(w);
      return word > 0 ? PINYIN_NUMERALS[word]! : w;
    });

/** The ways a road's 汉字 name is spelled: 华强北 → `huaqiangbei`, `huaqiangnorth`, `huaqiangn`, `northhuaqiang`. */
function nameSpellings(name: string): string[] {
  const pinyin = (run: string) =>
    run
      .replace(/\d+/g, (n) => PINYIN_NUMERALS[Number(n)] ?? n)
      .replace(/\p{Script=Han}+/gu, (han) => hanSyllables(han).join(''));
  const last = name.slice(-1);
  const direction = DIRECTIONS[last];
  const whole = pinyin(name);
  if (!direction || name.length < 2) return [whole];
  const base = pinyin(name.slice(0, -1));
  return [whole, ...direction.flatMap((d) => [`${base}${d}`, `${d}${base}`])];
}

interface RegisteredHanAddress {
  spellings: string[];
  roadWords: readonly string[];
  number: string;
  unit?: string;
  city?: string;
  postcode?: string;
}

function registeredParts(expected: AddressInput): RegisteredHanAddress | undefined {
  const registered = [expected.line1 ?? '', expected.line2 ?? ''].join('').replace(/[\s,，、]/g, '');
  if (!HAN.test(registered)) return undefined;
  const road = HAN_ROAD.exec(registered);
  if (!road) return undefined;
  const name = road[1]!.replace(BEFORE_ROAD, '');
  if (!name || !HAN.test(name)) return undefined;
  const cityHan = (expected.city ?? /(\p{Script=Han}{2,4}?)市/u.exec(registered)?.[1] ?? '').replace(
    /市$/u,
    '',
  );
  const city = HAN.test(cityHan) ? hanSyllables(cityHan).join('') : foldText(cityHan).replace(/[^a-z]/g, '');
  const unit = HAN_UNIT.exec(registered.replace(road[0], ' '))?.[1];
  const postcode = (expected.postal_code ?? '').replace(/\s/g, '');
  return {
    spellings: nameSpellings(name),
    roadWords: ROAD_WORDS[road[2]!] ?? [],
    number: road[3]!,
    ...(unit ? { unit } : {}),
    ...(city ? { city } : {}),
    ...(postcode ? { postcode } : {}),
  };
}

/** Where in a line's words the registered road stands with its house number beside it. */
function roadWithNumber(words: readonly string[], want: RegisteredHanAddress): boolean {
  return words.some((word, j) => {
    if (!want.roadWords.includes(word)) return false;
    const numberAfter =
      words[j + 1] === want.number || (NUMBER_WORDS.has(words[j + 1] ?? '') && words[j + 2] === want.number);
    for (let start = j - 1; start >= Math.max(0, j - 5); start--) {
      if (!want.spellings.includes(words.slice(start, j).join(''))) continue;
      const numberBefore =
        words[start - 1] === want.number ||
        (words[start - 1] !== undefined &&
          NUMBER_WORDS.has(words[start - 2] ?? '') &&
          words[start - 1] === want.number);
      if (numberBefore || numberAfter) return true;
    }
    return false;
  });
}

/** The unit's number after a unit word or `#`, or standing alone (not inside a date or another number). */
const hasUnit = (window: string, unit: string): boolean => {
  const words = tokens(window);
  if (words.some((w, k) => w === unit && UNIT_WORDS.has(words[k - 1] ?? ''))) return true;
  if (new RegExp(`#\\s*${unit}(?!\\d)`).test(window)) return true;
  return unit.length >= 3 && new RegExp(`(?<![\\d\\-/.:])${unit}(?![\\d\\-/.:])`).test(window);
};

export function findHanAddressInLatin(
  text: string,
  expected: AddressInput,
): { isFound: boolean; matched: string } | undefined {
  const want = registeredParts(expected);
  if (!want) return undefined;
  const all = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = 0; i < all.length; i++) {
    if (!roadWithNumber(tokens(all[i]!), want)) continue;
    // A company's name holds its city (`Shenzhen Mingyu … Co., Ltd.`), not its address: not looked in.
    const near = all
      .slice(Math.max(0, i - 2), i + 3)
      .filter((line) => line === all[i] || !COMPANY_LINE.test(line));
    // The house number is on the road's line; the unit's number is looked for with it taken out.
    const window = near
      .join('\n')
      .replace(all[i]!, all[i]!.replace(new RegExp(`(?<!\\d)${want.number}(?!\\d)`), ' '));
    const folded = tokens(window).join('');
    const parts = [
      !want.unit || hasUnit(window, want.unit),
      (want.city !== undefined && folded.includes(want.city)) ||
        (want.postcode !== undefined && new RegExp(`(?<!\\d)${want.postcode}(?!\\d)`).test(window)),
    ];
    if (parts.every(Boolean)) return { isFound: true, matched: near.join(', ') };
  }
  return { isFound: false, matched: '' };
}
