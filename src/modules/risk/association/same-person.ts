import {
  type AddressAgreement,
  compareAddresses,
  compareDates,
  compareIdNumbers,
  comparePersonNames,
  type FieldAgreement,
  isOneWord,
  maskDate,
  maskIdNumber,
  maskPersonName,
  type NameComparison,
  type NormalisedAddress,
  normaliseDate,
  normaliseIdNumber,
  normalisePersonName,
  type PersonName,
} from '../../matching/index.js';
import type { AssociationSeller } from './association.types.js';
import {
  ADDRESS_POINTS,
  DATE_OF_BIRTH_POINTS,
  ID_NUMBER_POINTS,
  NAME_POINTS,
  SAME_PERSON_POINTS,
} from './association.weights.js';
import { normalisedAddressOf } from './identifiers.extract.js';

/** A seller's legal representative, normalised once for every comparison. */
export interface Person {
  readonly name: PersonName;
  readonly dateOfBirth: string | undefined;
  readonly idNumber: string | undefined;
  readonly idType: string | undefined;
  readonly nationality: string | undefined;
  readonly address: NormalisedAddress | undefined;
}

export function personOf(
  seller: AssociationSeller,
  address: NormalisedAddress | undefined = normalisedAddressOf(seller),
): Person | undefined {
  const rep = seller.legal_rep;
  if (!rep) return undefined;
  const name = normalisePersonName(rep.full_name ?? '');
  const dateOfBirth = rep.date_of_birth ? normaliseDate(rep.date_of_birth) : undefined;
  const idNumber = rep.id_number ? normaliseIdNumber(rep.id_number) : undefined;
  if (name.tokens.length === 0 && !dateOfBirth && !idNumber) return undefined;
  return { name, dateOfBirth, idNumber, idType: rep.id_type, nationality: rep.nationality, address };
}

/** Which rule made two legal representatives one person. */
type SamePersonRule =
  | 'name_and_date_of_birth'
  | 'name_and_id_number'
  | 'id_number_and_date_of_birth'
  | 'weighted_evidence';

export interface PersonComparison {
  readonly name: NameComparison;
  readonly dateOfBirth: FieldAgreement;
  readonly idNumber: FieldAgreement;
  readonly address: AddressAgreement;
  readonly points: number;
  /** Set when the two are one person. */
  readonly rule: SamePersonRule | undefined;
}

/** ID numbers are compared only within one document type and one issuing nationality. */
const comparableIds = (a: Person, b: Person): boolean =>
  (!a.idType || !b.idType || a.idType === b.idType) &&
  (!a.nationality || !b.nationality || a.nationality === b.nationality);

const isNameMatch = (name: NameComparison): boolean =>
  name.agreement === 'exact' || name.agreement === 'strong';

/**
 * Next to one identity document number, any shared word of the name will do: the number already
 * tells the person apart, and short words get no typo allowance in `isNameMatch` (`Xiao Yag` for
 * `Xiao Yang`).
 */
const isNameCompatible = (name: NameComparison): boolean =>
  isNameMatch(name) || name.agreement === 'partial' || name.agreement === 'weak';

/**
 * Whether two legal representatives are one person (SPEC section 3):
 * 1. the name matches (any script, order, case, a typo) and the date of birth is the same, or
 * 2. the ID number is the same and the names share a word, typos allowed, or
 * 3. the ID number and the date of birth are both the same (one identity document, whatever
 *    name is written next to it), or
 * 4. the weighted evidence of name, date of birth, ID number and registered address reaches
 *    `SAME_PERSON_POINTS`: a typo in the date or the ID number is tolerated only when the name
 *    and the address agree strongly. A common name alone, a shared building, or a name with a
 *    shared address but other dates and IDs stay below it.
 */
export function comparePeople(a: Person, b: Person): PersonComparison {
  const name = comparePersonNames(a.name, b.name);
  const dateOfBirth = compareDates(a.dateOfBirth, b.dateOfBirth);
  const idNumber = comparableIds(a, b) ? compareIdNumbers(a.idNumber, b.idNumber) : 'missing';
  const address = a.address && b.address ? compareAddresses(a.address, b.address) : 'missing';
  const points =
    NAME_POINTS[name.agreement] +
    DATE_OF_BIRTH_POINTS[dateOfBirth] +
    ID_NUMBER_POINTS[idNumber] +
    ADDRESS_POINTS[address];
  let rule: SamePersonRule | undefined;
  if (isNameMatch(name) && dateOfBirth === 'exact') rule = 'name_and_date_of_birth';
  else if (isNameCompatible(name) && idNumber === 'exact') rule = 'name_and_id_number';
  else if (idNumber === 'exact' && dateOfBirth === 'exact') rule = 'id_number_and_date_of_birth';
  else if (points >= SAME_PERSON_POINTS) rule = 'weighted_evidence';
  return { name, dateOfBirth, idNumber, address, points, rule };
}

/**
 * Whether `comparePersonNames(a, b)` is surely `different`: no word of one (or two neighbouring
 * words joined, on the side with more words, as it joins them) is spelled as a word of the other,
 * or within its typo allowance. Cheaper than the comparison: no similarity, no alignment, and
 * nothing kept per name (the index holds every representative; memory is the scan's tight goal).
 */
function isSurelyDifferentName(a: PersonName, b: PersonName): boolean {
  if (a.tokens.length === 0 || b.tokens.length === 0 || a.key === b.key) return false;
  // Only the side with more words is joined, so at most one of the two is.
  const joinA = a.tokens.length > b.tokens.length;
  const joinB = b.tokens.length > a.tokens.length;
  for (const token of a.tokens)
    for (const x of token.spellings) if (matchesSomeWord(x, b, joinB)) return false;
  if (joinA) {
    const { tokens } = a;
    for (let i = 0; i + 1 < tokens.length; i++)
      for (const left of tokens[i]!.spellings)
        for (const right of tokens[i + 1]!.spellings)
          if (matchesSomeWord(left + right, b, false)) return false;
  }
  return true;
}

/** Whether `x` is one word with a word of `name` (or, when `joined`, with two neighbouring ones joined). */
function matchesSomeWord(x: string, name: PersonName, joined: boolean): boolean {
  const { tokens } = name;
  for (const token of tokens) for (const y of token.spellings) if (isOneWord(x, y)) return true;
  if (joined)
    for (let i = 0; i + 1 < tokens.length; i++)
      for (const left of tokens[i]!.spellings)
        for (const right of tokens[i + 1]!.spellings) if (isOneWord(x, left + right)) return true;
  return false;
}

/**
 * The comparison of two representatives when it makes them one person, else undefined. A pair
 * whose names surely differ is settled without the full comparison when even the best address
 * could not lift the date and ID number to `SAME_PERSON_POINTS`: with no name match, rules 1 and 2
 * cannot hold, rule 3 needs the ID number exact.
 */
export function samePersonLink(a: Person, b: Person): PersonComparison | undefined {
  if (isSurelyDifferentName(a.name, b.name)) {
    const idNumber = comparableIds(a, b) ? compareIdNumbers(a.idNumber, b.idNumber) : 'missing';
    if (
      idNumber !== 'exact' &&
      NAME_POINTS.different +
        DATE_OF_BIRTH_POINTS[compareDates(a.dateOfBirth, b.dateOfBirth)] +
        ID_NUMBER_POINTS[idNumber] +
        BEST_ADDRESS_POINTS <
        SAME_PERSON_POINTS
    )
      return undefined;
  }
  const comparison = comparePeople(a, b);
  return comparison.rule ? comparison : undefined;
}

const best = (points: Readonly<Record<string, number>>, levels: readonly string[]): number =>
  Math.max(...levels.map((level) => points[level] ?? Number.NEGATIVE_INFINITY));

/**
 * Every rule needs the date of birth or the ID number to agree at least within one typo: rules
 * 1–3 by definition, rule 4 because name and address alone stay below `SAME_PERSON_POINTS`
 * (checked here from the weights, so a change of weights cannot silently break the shortcut).
 */
const isDateOrIdNeeded =
  best(NAME_POINTS, Object.keys(NAME_POINTS)) +
    best(ADDRESS_POINTS, Object.keys(ADDRESS_POINTS)) +
    best(DATE_OF_BIRTH_POINTS, ['missing', 'different']) +
    best(ID_NUMBER_POINTS, ['missing', 'different']) <
  SAME_PERSON_POINTS;

/** A cheap test that two representatives might be one person, before the full comparison. */
export function mayBeSamePerson(a: Person, b: Person): boolean {
  if (!isDateOrIdNeeded) return true;
  const dateOfBirth = compareDates(a.dateOfBirth, b.dateOfBirth);
  if (dateOfBirth === 'exact' || dateOfBirth === 'near') return true;
  if (!comparableIds(a, b)) return false;
  const idNumber = compareIdNumbers(a.idNumber, b.idNumber);
  return idNumber === 'exact' || idNumber === 'near';
}

const BEST_ADDRESS_POINTS = best(ADDRESS_POINTS, Object.keys(ADDRESS_POINTS));

/** How evidence names the person: masked name, birth year, the end of the ID number. */
export function describePerson(person: Person): string {
  const parts = [maskPersonName(person.name)];
  if (person.dateOfBirth) parts.push(`born ${maskDate(person.dateOfBirth)}`);
  if (person.idNumber) parts.push(`ID ${maskIdNumber(person.idNumber)}`);
  return parts.join(', ');
}
