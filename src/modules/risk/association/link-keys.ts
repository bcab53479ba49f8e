import type { AssociationEvent, AssociationSeller } from './association.types.js';
import { blockingKeys } from './blocking.js';
import { eventIdentifiers, profileIdentifiers } from './identifiers.extract.js';
import { mayBeSamePerson, type Person, personOf, samePersonLink } from './same-person.js';

/**
 * The keys under which two accounts could link: every identifier but IPs (they never link), and
 * the blocking keys of the legal representative. Two sellers that share no key cannot be in one
 * cluster's link, so a store can keep these keys and find a seller's neighbours without a rescan.
 */
export function linkKeysOfSeller(seller: AssociationSeller): string[] {
  const keys = profileIdentifiers(seller).map((id) => `${id.kind}:${id.key}`);
  const person = personOf(seller);
  if (person) for (const block of blockingKeys(person)) keys.push(`person:${block}`);
  return keys;
}

export function linkKeysOfEvent(event: AssociationEvent, country: string | undefined): string[] {
  return eventIdentifiers(event, country)
    .filter((id) => id.kind !== 'ip')
    .map((id) => `${id.kind}:${id.key}`);
}

/**
 * The legal representative of a seller as the blocks compare it (undefined without one): what
 * `sameRepresentative` reads, so that a caller comparing many sellers builds each once.
 */
export const representativeOf = (seller: AssociationSeller): Person | undefined => personOf(seller);

/**
 * Whether the index would link these two representatives as one person: the same test as its
 * block comparison (`mayBeSamePerson`, then `samePersonLink`).
 */
export const sameRepresentative = (a: Person | undefined, b: Person | undefined): boolean =>
  a !== undefined && b !== undefined && mayBeSamePerson(a, b) && samePersonLink(a, b) !== undefined;
