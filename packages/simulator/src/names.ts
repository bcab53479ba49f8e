import { pinyin } from 'pinyin-pro';
import type { Country } from './countries.js';
import {
  COMMON_NAMES,
  HAN_GIVEN_FIRST,
  HAN_GIVEN_SECOND,
  HAN_GIVEN_SINGLE,
  HAN_HOMOPHONES,
  HAN_SURNAMES,
  LATIN_NAMES,
} from './names.data.js';
import type { Rng } from './random.js';

/** A person's name, in its native script and in Latin letters (pinyin for Chinese names). */
export interface PersonName {
  nationality: Country;
  /** Chinese names only: the 汉字 forms. */
  hanSurname?: string;
  hanGiven?: string;
  /** Latin surname and given name, capitalised: `Wang`, `Xiaoming`. */
  surname: string;
  given: string;
  /** Syllables of a Chinese given name (`['Xiao', 'ming']`), for the `Xiao Ming` spelling. */
  givenSyllables: readonly string[];
}

export const NAME_VARIANTS = [
  'native',
  'latin',
  'western',
  'upper_surname',
  'comma',
  'passport',
  'lower',
  'split',
  'ascii',
  'typo',
] as const;
export type NameVariant = (typeof NAME_VARIANTS)[number];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const syllableCache = new Map<string, string>();
const syllable = (char: string, isSurname: boolean): string => {
  const key = `${isSurname ? 's' : 'g'}${char}`;
  let value = syllableCache.get(key);
  if (value === undefined) {
    value = pinyin(char, { toneType: 'none', surname: isSurname ? 'head' : 'off' }).replaceAll('ü', 'u');
    syllableCache.set(key, value);
  }
  return value;
};

export const hanName = (hanSurname: string, hanGiven: string): PersonName => {
  const syllables = [...hanGiven].map((c) => syllable(c, false));
  return {
    nationality: 'CN',
    hanSurname,
    hanGiven,
    surname: capitalise(syllable(hanSurname, true)),
    given: capitalise(syllables.join('')),
    givenSyllables: syllables.map(capitalise),
  };
};

const latinName = (nationality: Country, surname: string, given: string): PersonName => ({
  nationality,
  surname,
  given,
  givenSyllables: given.split(' '),
});

const latinPool = (nationality: Country) =>
  nationality in LATIN_NAMES ? LATIN_NAMES[nationality as keyof typeof LATIN_NAMES] : LATIN_NAMES.US;

export const randomName = (rng: Rng, nationality: Country): PersonName => {
  if (nationality === 'CN') {
    const surname = rng.weighted(HAN_SURNAMES);
    const given = rng.chance(0.3)
      ? rng.pick(HAN_GIVEN_SINGLE)
      : rng.pick(HAN_GIVEN_FIRST) + rng.pick(HAN_GIVEN_SECOND);
    return hanName(surname, given);
  }
  const pool = latinPool(nationality);
  return latinName(nationality, rng.pick(pool.surnames), rng.pick(pool.given));
};

export const commonName = (index: number): PersonName => {
  const entry = COMMON_NAMES[index % COMMON_NAMES.length] ?? COMMON_NAMES[0]!;
  return entry.nationality === 'CN'
    ? hanName(entry.surname, entry.given)
    : latinName(entry.nationality, entry.surname, entry.given);
};

/** Folds diacritics away: `Müller` → `Muller`. */
export const foldAscii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const germanAscii = (s: string): string =>
  s
    .replaceAll('ü', 'ue')
    .replaceAll('ö', 'oe')
    .replaceAll('ä', 'ae')
    .replaceAll('ß', 'ss')
    .replaceAll('Ü', 'Ue');

/** One believable slip: two neighbouring letters swapped, one dropped, or one doubled. */
export const latinTypo = (rng: Rng, word: string): string => {
  if (word.length < 4) return `${word}${word.charAt(word.length - 1)}`;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
  }
};

const hanTypo = (hanGiven: string): string | undefined => {
  const chars = [...hanGiven];
  for (let i = chars.length - 1; i >= 0; i--) {
    const swap = HAN_HOMOPHONES[chars[i] ?? ''];
    if (swap) {
      chars[i] = swap;
      return chars.join('');
    }
  }
  return undefined;
};

/** Whether a nationality writes the surname first in its natural Latin order. */
const isSurnameFirst = (name: PersonName): boolean =>
  name.nationality === 'CN' || name.nationality === 'HK' || name.nationality === 'JP';

/** The name written one way: `王晓明`, `WANG, Xiaoming`, `Xiaoming Wang`, `Wang Xiaomnig`… */
export const renderName = (rng: Rng, name: PersonName, variant: NameVariant): string => {
  const { surname, given } = name;
  const natural = isSurnameFirst(name) ? `${surname} ${given}` : `${given} ${surname}`;
  switch (variant) {
    case 'native':
      return name.hanSurname && name.hanGiven ? name.hanSurname + name.hanGiven : natural;
    case 'latin':
      return natural;
    case 'western':
      return isSurnameFirst(name) ? `${given} ${surname}` : `${surname} ${given}`;
    case 'upper_surname':
      return isSurnameFirst(name) ? `${surname.toUpperCase()} ${given}` : `${given} ${surname.toUpperCase()}`;
    case 'comma':
      return `${surname.toUpperCase()}, ${given}`;
    case 'passport':
      return `${surname} ${given}`.toUpperCase();
    case 'lower':
      return natural.toLowerCase();
    case 'split':
      return name.givenSyllables.length > 1
        ? `${surname} ${name.givenSyllables.join(rng.chance(0.5) ? ' ' : '-')}`
        : `${given} ${surname}`;
    case 'ascii':
      return name.nationality === 'DE' ? germanAscii(natural) : foldAscii(natural);
    case 'typo': {
      const typoHan = name.hanSurname && name.hanGiven ? hanTypo(name.hanGiven) : undefined;
      if (typoHan && rng.chance(0.5)) return (name.hanSurname ?? '') + typoHan;
      const typoGiven = latinTypo(rng, given);
      return isSurnameFirst(name) ? `${surname} ${typoGiven}` : `${typoGiven} ${surname}`;
    }
  }
};

/** How a name is usually written on a seller profile (Chinese nationals: often in 汉字). */
export const pickUsualVariant = (rng: Rng, name: PersonName): NameVariant =>
  rng.weighted<NameVariant>(
    name.hanSurname
      ? [
          ['native', 55],
          ['latin', 25],
          ['passport', 8],
          ['western', 6],
          ['upper_surname', 6],
        ]
      : [
          ['latin', 80],
          ['passport', 8],
          ['upper_surname', 6],
          ['comma', 6],
        ],
  );

/** Lower-case ASCII surname and given name without spaces: what "the same person" compares. */
export const nameKey = (name: PersonName): { surname: string; given: string } => ({
  surname: foldAscii(name.surname).toLowerCase(),
  given: foldAscii(name.given)
    .toLowerCase()
    .replace(/[^a-z]/g, ''),
});
