import { NAME_PREFIX_LETTERS } from './association.weights.js';
import type { Person } from './same-person.js';

/**
 * Blocking keys of a legal representative: two people are compared only if they share one. Each
 * rule of `comparePeople` has keys that every pair it can link shares:
 * - `d:` date of birth and `i:` ID number (rules 1–3; a name typo cannot hide the pair);
 * - `dn:` date of birth + the start of a name word, the fallback when a date block is too big;
 * - `ih:`/`it:` the head and tail halves of the ID number: one typo leaves one half intact;
 * - `pn:`/`pp:` locality or postcode + the starts of all name words, for a typo in the date or
 *   the ID number together with a matching name and address (rule 4).
 */
export function blockingKeys(person: Person): string[] {
  const keys: string[] = [];
  const prefixes = [
    ...new Set(
      person.name.tokens
        .map((token) => token.spellings[0]!)
        .filter((word) => word.length >= 2)
        .map((word) => word.slice(0, NAME_PREFIX_LETTERS)),
    ),
  ];
  const dob = person.dateOfBirth;
  if (dob) {
    keys.push(`d:${dob}`);
    for (const prefix of prefixes) keys.push(`dn:${dob}|${prefix}`);
  }
  const id = person.idNumber;
  if (id) {
    keys.push(`i:${id}`);
    if (id.length >= 6) {
      // Halves leave the middle character out, so one typo anywhere leaves at least one intact.
      const half = Math.floor(id.length / 2);
      keys.push(`ih:${id.slice(0, half)}`, `it:${id.slice(id.length - half)}`);
    }
  }
  const address = person.address;
  const name = prefixes.sort().join('|');
  if (address && name) {
    if (address.locality) keys.push(`pn:${address.country}|${address.locality}|${name}`);
    if (address.postcode) keys.push(`pp:${address.country}|${address.postcode}|${name}`);
  }
  return keys;
}
