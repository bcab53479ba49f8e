import {
  type AddressInput,
  maskAccountNumber,
  maskAddress,
  maskEmail,
  maskOpaque,
  maskPhone,
  maskRegistrationNumber,
  type NormalisedAddress,
  normaliseAccountNumber,
  normaliseAddress,
  normaliseCardFingerprint,
  normaliseDeviceId,
  normaliseEmail,
  normaliseIp,
  normalisePhone,
  normaliseRegistrationNumber,
} from '../../matching/index.js';
import type { AssociationEvent, AssociationSeller, Identifier } from './association.types.js';

/** The country a seller's unprefixed phone numbers are read in: where it is registered. */
export const homeCountryOf = (seller: AssociationSeller): string | undefined =>
  seller.business?.country ??
  seller.business?.address?.country ??
  seller.address?.country ??
  seller.legal_rep?.nationality;

/** The registered address: the business's, or an individual's own. */
const registeredAddressOf = (seller: AssociationSeller): AddressInput | undefined =>
  seller.business?.address ?? seller.address;

const phone = (raw: unknown, country: string | undefined): Identifier | undefined => {
  if (typeof raw !== 'string') return undefined;
  const parsed = normalisePhone(raw, country);
  return parsed && { kind: 'phone', key: parsed.key, masked: maskPhone(parsed.key) };
};

const email = (raw: unknown): Identifier | undefined => {
  const key = typeof raw === 'string' ? normaliseEmail(raw) : undefined;
  return key ? { kind: 'email', key, masked: maskEmail(key) } : undefined;
};

const bankAccount = (raw: unknown): Identifier | undefined => {
  const key = typeof raw === 'string' ? normaliseAccountNumber(raw) : undefined;
  return key ? { kind: 'bank_account', key, masked: maskAccountNumber(key) } : undefined;
};

const present = (ids: readonly (Identifier | undefined)[]): Identifier[] =>
  ids.filter((id): id is Identifier => id !== undefined);

/** The registered address, normalised (once per profile: the same-person comparison reuses it). */
export function normalisedAddressOf(seller: AssociationSeller): NormalisedAddress | undefined {
  const address = registeredAddressOf(seller);
  return address ? normaliseAddress(address) : undefined;
}

/** Identifiers written on a seller's profile. */
export function profileIdentifiers(
  seller: AssociationSeller,
  normalised: NormalisedAddress | undefined = normalisedAddressOf(seller),
): Identifier[] {
  const country = homeCountryOf(seller);
  const registration = seller.business?.registration_number;
  const registrationKey = registration
    ? normaliseRegistrationNumber(registration, seller.business?.country)
    : undefined;
  return present([
    registrationKey
      ? { kind: 'registration_number', key: registrationKey, masked: maskRegistrationNumber(registrationKey) }
      : undefined,
    phone(seller.contact?.phone, country),
    email(seller.contact?.email),
    bankAccount(seller.bank?.account_number),
    normalised?.unitKey
      ? { kind: 'address', key: normalised.unitKey, masked: maskAddress(normalised) }
      : undefined,
  ]);
}

const PROFILE_FIELDS: Readonly<
  Record<string, (raw: unknown, country: string | undefined) => Identifier | undefined>
> = {
  'contact.phone': phone,
  'contact.email': (raw) => email(raw),
  'bank.account_number': (raw) => bankAccount(raw),
};

/** Identifiers seen in one event; `country` reads unprefixed phone numbers of a profile change. */
export function eventIdentifiers(event: AssociationEvent, country: string | undefined): Identifier[] {
  switch (event.type) {
    case 'login': {
      const device = typeof event.device_id === 'string' ? normaliseDeviceId(event.device_id) : undefined;
      const ip = typeof event.ip === 'string' ? normaliseIp(event.ip) : undefined;
      return present([
        device ? { kind: 'device', key: device, masked: maskOpaque(device) } : undefined,
        ip ? { kind: 'ip', key: ip, masked: ip.replace(/[.:][^.:]+$/, '.***') } : undefined,
      ]);
    }
    case 'card_added': {
      const card =
        typeof event.card_fingerprint === 'string'
          ? normaliseCardFingerprint(event.card_fingerprint)
          : undefined;
      return card ? [{ kind: 'card', key: card, masked: maskOpaque(card) }] : [];
    }
    case 'payout':
      return present([bankAccount(event.bank_account_number)]);
    case 'profile_change': {
      const read = typeof event.field === 'string' ? PROFILE_FIELDS[event.field] : undefined;
      return read ? present([read(event.old, country), read(event.new, country)]) : [];
    }
    default:
      return [];
  }
}
