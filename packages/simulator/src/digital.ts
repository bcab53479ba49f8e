import type { Company } from './business.js';
import type { Country } from './countries.js';
import { foldAscii, type PersonName } from './names.js';
import type { Rng } from './random.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A device identifier as a fingerprinting SDK reports it (UUID or prefixed hex). */
export const deviceId = (rng: Rng): string =>
  rng.chance(0.6)
    ? `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`
    : `dev_${rng.hex(20)}`;

/** A payment-card fingerprint (the same card always yields the same fingerprint). */
export const cardFingerprint = (rng: Rng): string => rng.chars(BASE62, 16);

const PERSONAL_DOMAINS: Partial<Record<Country, readonly string[]>> = {
  CN: ['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'foxmail.com'],
  HK: ['gmail.com', 'yahoo.com.hk', 'outlook.com', 'netvigator.com'],
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
  GB: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'outlook.fr'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es'],
  IT: ['gmail.com', 'libero.it', 'virgilio.it'],
  JP: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
};

const TLDS: Partial<Record<Country, string>> = {
  GB: '.co.uk',
  DE: '.de',
  FR: '.fr',
  ES: '.es',
  IT: '.it',
  JP: '.jp',
  HK: '.com.hk',
};

const slug = (s: string): string =>
  foldAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** An email address for a person or their company; `attempt` > 0 adds digits to get a free one. */
export const emailAddress = (
  rng: Rng,
  country: Country,
  name: PersonName,
  company: Company | undefined,
  attempt: number,
): string => {
  const digits = attempt > 0 ? String(rng.int(1, 9999)) : '';
  if (company && rng.chance(0.5)) {
    const local = rng.pick(['sales', 'info', 'service', 'support', 'contact', 'admin', slug(name.given)]);
    return `${local}${digits}@${slug(company.brand)}${rng.chance(0.5) ? '' : rng.pick(['tech', 'shop', 'store'])}${TLDS[country] ?? '.com'}`;
  }
  const domains = PERSONAL_DOMAINS[country] ?? ['gmail.com'];
  const domain = rng.pick(domains);
  if (domain === 'qq.com') return `${rng.int(10_000_000, 3_999_999_999)}${digits}@qq.com`;
  const given = slug(name.given);
  const surname = slug(name.surname);
  const local = rng.pick([
    `${given}.${surname}`,
    `${surname}${given}`,
    `${given.charAt(0)}${surname}`,
    `${surname}.${given}`,
  ]);
  const year = rng.chance(0.4) ? String(rng.int(70, 99)) : '';
  return `${local}${year}${digits}@${domain}`;
};

/** The same address typed with different capitals (mail providers ignore case). */
export const emailVariant = (rng: Rng, email: string): string => {
  switch (rng.int(0, 2)) {
    case 0:
      return email.charAt(0).toUpperCase() + email.slice(1);
    case 1:
      return email.toUpperCase();
    default:
      return email.replace(
        /@(.*)$/,
        (_m, domain: string) => `@${domain.charAt(0).toUpperCase()}${domain.slice(1)}`,
      );
  }
};
