import type { SellerRecord } from '@secondlook/feed-contract';
import type { Place } from './addresses.js';
import { type BankAccount, canonicalBankAccount, formatBankAccount, randomBankAccount } from './banks.js';
import { type Company, storeName } from './business.js';
import { isoTimestamp, type Window } from './calendar.js';
import { type Country, MARKETPLACE_WEIGHTS, type RegistrationCountry, randomIp } from './countries.js';
import { cardFingerprint, deviceId, emailAddress } from './digital.js';
import { e164, formatPhone, type Phone, randomPhone } from './phones.js';
import type { SellerPlan } from './plan.types.js';
import { Rng } from './random.js';
import type { Registry } from './registry.js';
import type { LegalRep } from './seller-parts.sim.js';
import {
  bankFor,
  emailFor,
  legalRepFor,
  phoneFor,
  placeFor,
  registrationFor,
  sharedLink,
} from './seller-parts.sim.js';

interface ProfileChange {
  day: number;
  field: string;
  old: string;
  new: string;
}

/** A seller as the simulation knows it: the feed record plus what its activity is generated from. */
export interface SimSeller {
  plan: SellerPlan;
  record: SellerRecord;
  /** `created_at` in seconds since 1970: nothing the seller does comes before it. */
  createdAt: number;
  rep: LegalRep;
  /** The registered company, structured (business sellers): its name in either script. */
  company?: Company;
  place: Place;
  phone: Phone;
  bank: BankAccount;
  /** Payouts before `until` went to this earlier account (a bank change in the window). */
  previousBank?: { account: BankAccount; until: number };
  marketplace: RegistrationCountry;
  /** Share of shipments fulfilled by the marketplace from its own warehouses. */
  fulfilmentShare: number;
  devices: string[];
  /** The device shared with the other accounts of a cluster. */
  sharedDevice?: string;
  cards: string[];
  /** Login IPs at home (the registered country). */
  homeIps: string[];
  profileChanges: ProfileChange[];
}

const fulfilmentShare = (rng: Rng, isForeignMarketplace: boolean): number =>
  isForeignMarketplace
    ? rng.weighted([
        [0.95, 50],
        [0.6, 20],
        [0.15, 30],
      ])
    : rng.weighted([
        [0, 40],
        [0.3, 30],
        [0.8, 30],
      ]);

const profileChange = (
  rng: Rng,
  sim: SimSeller,
  window: Window,
  registry: Registry,
): ProfileChange | undefined => {
  const plan = sim.plan;
  const day = rng.int(Math.max(0, plan.created) + 1, window.days - 2);
  const mismatch = plan.mismatch;
  if (mismatch?.isPhoneAbroad && rng.chance(0.5)) {
    const old = registry.unique('phone', () => randomPhone(rng, plan.country), e164);
    return {
      day: Math.max(mismatch.start, day - 30),
      field: 'contact.phone',
      old: formatPhone(rng, old),
      new: sim.record.contact?.phone ?? '',
    };
  }
  if (!rng.chance(0.12)) return undefined;
  switch (rng.int(0, 3)) {
    case 0:
      return {
        day,
        field: 'store.name',
        old: storeName(rng, undefined, sim.rep.person.name.surname),
        new: sim.record.store?.name ?? '',
      };
    case 1: {
      const old = registry.unique(
        'email',
        (a) => emailAddress(rng, plan.country, sim.rep.person.name, undefined, a + 1),
        (e) => e.toLowerCase(),
      );
      return { day, field: 'contact.email', old, new: sim.record.contact?.email ?? '' };
    }
    case 2: {
      if (sharedLink(plan, 'bank_account')) return undefined;
      const old = registry.unique(
        'bank',
        () => randomBankAccount(rng, sim.bank.country),
        (b) => canonicalBankAccount(b.canonical),
      );
      sim.previousBank = { account: old, until: day };
      return {
        day,
        field: 'bank.account_number',
        old: formatBankAccount(rng, old),
        new: sim.record.bank?.account_number ?? '',
      };
    }
    default: {
      const old = registry.unique('phone', () => randomPhone(rng, sim.phone.country), e164);
      return {
        day,
        field: 'contact.phone',
        old: formatPhone(rng, old, old.country !== plan.country),
        new: sim.record.contact?.phone ?? '',
      };
    }
  }
};

export const buildSeller = (
  seed: number,
  plan: SellerPlan,
  window: Window,
  registry: Registry,
): SimSeller => {
  const rng = Rng.of(seed, 'seller', plan.index);
  const { place, address } = placeFor(rng, plan, registry);
  const rep = legalRepFor(rng, plan, registry, window.asOfDay);
  const registration =
    plan.entityType === 'business' ? registrationFor(rng, plan, place, registry) : undefined;
  const phone = phoneFor(rng, plan, registry);
  const email = emailFor(rng, plan, rep, registration?.company, registry);
  const marketplace = plan.mismatch ? plan.country : rng.weighted(MARKETPLACE_WEIGHTS[plan.country]);
  const bank = bankFor(rng, plan, marketplace, registry);
  const person = rep.person;
  const createdSecond = rng.int(0, 86_399);
  const record: SellerRecord = {
    seller_id: plan.sellerId,
    created_at: isoTimestamp(window.startDay + plan.created, createdSecond),
    status: plan.status,
    entity_type: plan.entityType,
    ...(registration
      ? {
          business: {
            legal_name: registration.legalName,
            registration_number: registration.registrationNumber,
            country: plan.country,
            address,
          },
        }
      : { address }),
    legal_rep: {
      full_name: rep.fullName,
      ...(rep.showsDateOfBirth ? { date_of_birth: person.dateOfBirth } : {}),
      nationality: person.name.nationality,
      id_type: person.idType,
      id_number: person.idNumber,
    },
    contact: { email, phone: phone.text },
    bank: {
      holder_name: registration?.legalName ?? rep.fullName,
      account_number: formatBankAccount(rng, bank),
      country: bank.country,
    },
    store: { name: storeName(rng, registration?.company, person.name.surname), marketplace },
  };
  const shared = sharedLink(plan, 'device')?.plan.device;
  const deviceCount = rng.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const devices = Array.from({ length: deviceCount }, () =>
    registry.unique(
      'device',
      () => deviceId(rng),
      (v) => v,
    ),
  );
  const sharedCard = sharedLink(plan, 'card')?.plan.card;
  const cards = Array.from({ length: rng.chance(0.7) ? 1 : 2 }, () =>
    registry.unique(
      'card',
      () => cardFingerprint(rng),
      (v) => v,
    ),
  );
  if (sharedCard) cards.unshift(sharedCard);
  const home: Country = plan.country;
  const sim: SimSeller = {
    plan,
    record,
    createdAt: (window.startDay + plan.created) * 86_400 + createdSecond,
    rep,
    ...(registration ? { company: registration.company } : {}),
    place,
    phone: phone.phone,
    bank,
    marketplace,
    fulfilmentShare: fulfilmentShare(rng, marketplace !== plan.country),
    devices,
    ...(shared ? { sharedDevice: shared } : {}),
    cards,
    homeIps: Array.from({ length: rng.int(1, 3) }, () => randomIp(rng, home)),
    profileChanges: [],
  };
  const change = profileChange(rng, sim, window, registry);
  if (change) sim.profileChanges.push(change);
  return sim;
};
