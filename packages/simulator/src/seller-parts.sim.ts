import type { Address } from '@secondlook/feed-contract';
import { type Place, placeKey, randomPlace, renderAddress } from './addresses.js';
import { type BankAccount, canonicalBankAccount, paymentServiceAccount, randomBankAccount } from './banks.js';
import {
  type Company,
  type LegalNameVariant,
  pickLegalNameVariant,
  randomCompany,
  renderLegalName,
} from './business.js';
import type { Country } from './countries.js';
import { emailAddress, emailVariant } from './digital.js';
import { pickUsualVariant, renderName } from './names.js';
import { drawIdNumber, drawPerson } from './people.js';
import { e164, formatPhone, type Phone, randomPhone } from './phones.js';
import type { LinkKind, Person, SellerPlan } from './plan.types.js';
import type { Rng } from './random.js';
import {
  canonicalRegistrationNumber,
  formatRegistrationNumber,
  registrationNumber,
} from './registration-numbers.js';
import type { Registry } from './registry.js';

/** The cluster this seller belongs to, when it shares identifier `kind` with the other members. */
export const sharedLink = (plan: SellerPlan, kind: LinkKind) => {
  const cluster = plan.cluster;
  if (!cluster) return undefined;
  const link = cluster.plan.links.find((l) => l.kind === kind && l.members.includes(plan.index));
  return link ? cluster : undefined;
};

export interface LegalRep {
  person: Person;
  fullName: string;
  /** False when this account leaves the date of birth out. */
  showsDateOfBirth: boolean;
}

export const legalRepFor = (rng: Rng, plan: SellerPlan, registry: Registry, asOfDay: number): LegalRep => {
  const cluster = sharedLink(plan, 'legal_rep');
  const shared = cluster?.plan.person;
  const variant = cluster?.plan.personVariants?.[cluster.position];
  if (shared && variant) {
    const fullName = renderName(rng, shared.name, variant.variant);
    if (variant.evidence === 'id_only') return { person: shared, fullName, showsDateOfBirth: false };
    if (variant.evidence === 'dob_and_id') return { person: shared, fullName, showsDateOfBirth: true };
    const idType =
      shared.idType === 'passport'
        ? shared.name.nationality === 'US'
          ? 'driving_licence'
          : 'national_id'
        : 'passport';
    const idNumber = drawIdNumber(
      rng,
      registry,
      shared.name.nationality,
      idType,
      shared.dateOfBirth,
      shared.sex,
    );
    return { person: { ...shared, idType, idNumber }, fullName, showsDateOfBirth: true };
  }
  const common = plan.commonName?.group.name;
  let nationality: Country = plan.country;
  if (plan.mismatch?.operatingCountry === 'CN' && rng.chance(0.6)) nationality = 'CN';
  else if (
    plan.entityType === 'business' &&
    plan.country !== 'CN' &&
    plan.country !== 'HK' &&
    rng.chance(0.08)
  )
    nationality = 'CN';
  const person = drawPerson(rng, registry, common?.nationality ?? nationality, asOfDay, common);
  return {
    person,
    fullName: renderName(rng, person.name, pickUsualVariant(rng, person.name)),
    showsDateOfBirth: rng.chance(0.97),
  };
};

export interface Registration {
  company: Company;
  legalName: string;
  registrationNumber: string;
}

export const registrationFor = (
  rng: Rng,
  plan: SellerPlan,
  place: Place,
  registry: Registry,
): Registration => {
  const cluster = sharedLink(plan, 'registration_number');
  const shared = cluster?.plan.company;
  if (cluster && shared) {
    const variant: LegalNameVariant =
      cluster.position === 0
        ? pickLegalNameVariant(rng, shared.company)
        : rng.pick<LegalNameVariant>(['native', 'english', 'upper', 'abbreviated']);
    return {
      company: shared.company,
      legalName: renderLegalName(shared.company, variant),
      registrationNumber:
        cluster.position === 0
          ? shared.registrationNumber
          : formatRegistrationNumber(rng, shared.registrationNumber),
    };
  }
  const company = registry.unique(
    'legal_name',
    () => randomCompany(rng, plan.country, place.city, place.cityHan),
    (c) => renderLegalName(c, 'english').toLowerCase(),
    8,
  );
  const number = registry.unique(
    'registration',
    () => registrationNumber(rng, plan.country, place.city),
    canonicalRegistrationNumber,
  );
  return {
    company,
    legalName: renderLegalName(company, pickLegalNameVariant(rng, company)),
    registrationNumber: number,
  };
};

export const placeFor = (
  rng: Rng,
  plan: SellerPlan,
  registry: Registry,
): { place: Place; address: Address } => {
  const cluster = sharedLink(plan, 'address');
  if (cluster?.plan.place)
    return { place: cluster.plan.place, address: renderAddress(rng, cluster.plan.place, false) };
  const building = plan.building;
  if (building) {
    const place = { ...building.group.place, ...building.group.units[building.position] };
    return { place, address: renderAddress(rng, place, false) };
  }
  // Accounts of one company sit in the city it is registered in.
  const companyCity = sharedLink(plan, 'registration_number')?.plan.company?.company.city;
  const place = registry.unique(
    'place',
    () => randomPlace(rng, plan.country, plan.entityType === 'business' || rng.chance(0.5), companyCity),
    placeKey,
  );
  if (plan.entityType === 'individual') place.isHome = true;
  return { place, address: renderAddress(rng, place, rng.chance(0.25)) };
};

export const phoneFor = (rng: Rng, plan: SellerPlan, registry: Registry): { phone: Phone; text: string } => {
  const cluster = sharedLink(plan, 'phone');
  if (cluster?.plan.phone) return { phone: cluster.plan.phone, text: formatPhone(rng, cluster.plan.phone) };
  const country = plan.mismatch?.isPhoneAbroad ? plan.mismatch.operatingCountry : plan.country;
  const phone = registry.unique('phone', () => randomPhone(rng, country), e164);
  return { phone, text: formatPhone(rng, phone, country !== plan.country) };
};

export const emailFor = (
  rng: Rng,
  plan: SellerPlan,
  rep: LegalRep,
  company: Company | undefined,
  registry: Registry,
): string => {
  const cluster = sharedLink(plan, 'email');
  if (cluster?.plan.email)
    return cluster.position === 0 ? cluster.plan.email : emailVariant(rng, cluster.plan.email);
  return registry.unique(
    'email',
    (attempt) => emailAddress(rng, plan.country, rep.person.name, company, attempt),
    (e) => e.toLowerCase(),
  );
};

export const bankFor = (
  rng: Rng,
  plan: SellerPlan,
  marketplace: Country,
  registry: Registry,
): BankAccount => {
  const cluster = sharedLink(plan, 'bank_account');
  if (cluster?.plan.bank) return cluster.plan.bank;
  return registry.unique(
    'bank',
    () => {
      if (plan.mismatch?.isBankAbroad) return randomBankAccount(rng, plan.mismatch.operatingCountry);
      if (plan.country === 'CN' && marketplace !== 'CN') {
        const where = rng.weighted<'HK' | 'US' | 'CN'>([
          ['HK', 35],
          ['US', 25],
          ['CN', 40],
        ]);
        return where === 'CN' ? randomBankAccount(rng, 'CN') : paymentServiceAccount(rng, where);
      }
      return randomBankAccount(rng, plan.country);
    },
    (b) => canonicalBankAccount(b.canonical),
  );
};
