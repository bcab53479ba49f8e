import type { AssociationEvent, AssociationSeller } from './association.types.js';
import { blockingKeys } from './blocking.js';
import { eventIdentifiers, profileIdentifiers } from './identifiers.extract.js';
import { personOf } from './same-person.js';

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
