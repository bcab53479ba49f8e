import { isoDate } from './calendar.js';
import type { Country } from './countries.js';
import { type IdType, identityNumber, pickIdType } from './identity-numbers.js';
import { nameKey, type PersonName, randomName } from './names.js';
import type { Person } from './plan.types.js';
import type { Rng } from './random.js';
import type { Registry } from './registry.js';

const canonicalIdNumber = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** A free identity-document number for this person (never one another person holds). */
export const drawIdNumber = (
  rng: Rng,
  registry: Registry,
  nationality: Country,
  idType: IdType,
  dateOfBirth: string,
  sex: 'M' | 'F',
): string =>
  registry.unique(
    'id_number',
    () => identityNumber(rng, nationality, idType, dateOfBirth, sex),
    (value) => canonicalIdNumber(value),
  );

/**
 * A new person. Two different people never share a date of birth together with their surname or
 * their given name, so "similar name + same date of birth" only ever links planted pairs.
 */
export const drawPerson = (
  rng: Rng,
  registry: Registry,
  nationality: Country,
  asOfDay: number,
  name: PersonName = randomName(rng, nationality),
): Person => {
  const key = nameKey(name);
  let dateOfBirth = isoDate(asOfDay - rng.int(22 * 365, 66 * 365));
  for (let attempt = 0; attempt < 200; attempt++) {
    if (
      !registry.has('surname_dob', `${key.surname}|${dateOfBirth}`) &&
      !registry.has('given_dob', `${key.given}|${dateOfBirth}`)
    )
      break;
    dateOfBirth = isoDate(asOfDay - rng.int(22 * 365, 66 * 365));
  }
  registry.claim('surname_dob', `${key.surname}|${dateOfBirth}`);
  registry.claim('given_dob', `${key.given}|${dateOfBirth}`);
  const sex = rng.chance(0.5) ? 'M' : 'F';
  const idType = pickIdType(rng, nationality);
  return {
    name,
    sex,
    dateOfBirth,
    idType,
    idNumber: drawIdNumber(rng, registry, nationality, idType, dateOfBirth, sex),
  };
};
