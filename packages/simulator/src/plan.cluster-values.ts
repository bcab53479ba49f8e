import { placeKey, randomPlace } from './addresses.js';
import { canonicalBankAccount, paymentServiceAccount, randomBankAccount } from './banks.js';
import { randomCompany } from './business.js';
import type { Window } from './calendar.js';
import { cardFingerprint, deviceId, emailAddress } from './digital.js';
import { NAME_VARIANTS, type NameVariant, pickUsualVariant, randomName } from './names.js';
import { drawPerson } from './people.js';
import { e164, randomPhone } from './phones.js';
import type { ClusterPlan, LinkKind, SamePersonEvidence } from './plan.types.js';
import type { Rng } from './random.js';
import { canonicalRegistrationNumber, registrationNumber } from './registration-numbers.js';
import type { Registry } from './registry.js';

const hasLink = (plan: ClusterPlan, kind: LinkKind): boolean => plan.links.some((l) => l.kind === kind);

/** Name spellings a second account of the same person might use (never the first account's own). */
const alternativeVariants = (isHan: boolean, first: NameVariant): NameVariant[] =>
  NAME_VARIANTS.filter((v) => v !== first && (isHan ? v !== 'ascii' : v !== 'native' && v !== 'split'));

/**
 * Draws the identifiers a cluster shares. Each is claimed in the registry, so no seller outside the
 * cluster can end up with the same value.
 */
export const planClusterValues = (rng: Rng, plan: ClusterPlan, window: Window, registry: Registry): void => {
  const country = plan.country;
  const place = randomPlace(rng, country, true);
  if (hasLink(plan, 'device'))
    plan.device = registry.unique(
      'device',
      () => deviceId(rng),
      (v) => v,
    );
  if (hasLink(plan, 'card'))
    plan.card = registry.unique(
      'card',
      () => cardFingerprint(rng),
      (v) => v,
    );
  if (hasLink(plan, 'bank_account'))
    plan.bank = registry.unique(
      'bank',
      () =>
        country === 'CN' && rng.chance(0.5)
          ? paymentServiceAccount(rng, 'HK')
          : randomBankAccount(rng, country),
      (b) => canonicalBankAccount(b.canonical),
    );
  if (hasLink(plan, 'phone')) plan.phone = registry.unique('phone', () => randomPhone(rng, country), e164);
  if (hasLink(plan, 'address'))
    plan.place = registry.unique('place', () => randomPlace(rng, country, true), placeKey);
  if (hasLink(plan, 'registration_number')) {
    const company = randomCompany(rng, country, place.city, place.cityHan);
    const number = registry.unique(
      'registration',
      () => registrationNumber(rng, country, place.city),
      canonicalRegistrationNumber,
    );
    plan.company = { company, registrationNumber: number };
  }
  if (hasLink(plan, 'email')) {
    const name = randomName(rng, country);
    plan.email = registry.unique(
      'email',
      (attempt) => emailAddress(rng, country, name, plan.company?.company, attempt),
      (e) => e.toLowerCase(),
    );
  }
  if (hasLink(plan, 'legal_rep')) {
    const nationality = country === 'HK' ? 'HK' : country;
    const person = drawPerson(rng, registry, nationality, window.asOfDay);
    plan.person = person;
    const first = pickUsualVariant(rng, person.name);
    const alternatives = alternativeVariants(Boolean(person.name.hanSurname), first);
    // Either every member shows the same date of birth, or every member the same ID number, so
    // each pair of accounts is linked directly and not only through the first one.
    const alternative: SamePersonEvidence = rng.chance(0.65) ? 'dob_only' : 'id_only';
    plan.personVariants = plan.members.map((_, position) => ({
      variant: position === 0 ? first : rng.pick(alternatives),
      evidence: position === 0 || rng.chance(0.55) ? 'dob_and_id' : alternative,
    }));
  }
};
