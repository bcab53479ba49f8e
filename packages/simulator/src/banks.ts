import type { Country } from './countries.js';
import type { Rng } from './random.js';
import { luhnCheck } from './registration-numbers.js';

/** A bank account: its country, the account in canonical form, and how it is grouped when printed. */
export interface BankAccount {
  country: Country;
  /** Upper-case letters and digits, no separators: what two accounts are compared by. */
  canonical: string;
  /** Group lengths used when the number is printed with separators. */
  groups: readonly number[];
  /** Whether this is a payment-service (virtual) account abroad, as cross-border sellers use. */
  isPaymentService: boolean;
}

const letterValue = (c: string): string => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c);

const mod97 = (digits: string): number => {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest;
};

/** An IBAN with its ISO 13616 check digits. */
const iban = (country: string, bban: string): string => {
  const rearranged = `${bban}${country}00`.split('').map(letterValue).join('');
  const check = String(98 - mod97(rearranged)).padStart(2, '0');
  return `${country}${check}${bban}`;
};

export const isValidIban = (value: string): boolean => {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  const rearranged = (compact.slice(4) + compact.slice(0, 4)).split('').map(letterValue).join('');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) && mod97(rearranged) === 1;
};

const frenchRibKey = (bank: string, branch: string, account: string): string =>
  String(97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * (Number(account) % 97)) % 97)).padStart(2, '0');

/** Spain's two control digits (DC) of bank + branch and of the account (weights 1 2 4 8 5 10 9 7 3 6, mod 11). */
const spanishControl = (ten: string): string => {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = 11 - ([...ten].reduce((sum, c, i) => sum + Number(c) * weights[i]!, 0) % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};

/** A Spanish BBAN (bank 4, branch 4, DC 2, account 10) with its control digits, as Spanish banks print. */
const spanishBban = (digits: string): string => {
  const [bankBranch, account] = [digits.slice(0, 8), digits.slice(10, 20)];
  return `${bankBranch}${spanishControl(`00${bankBranch}`)}${spanishControl(account)}${account}`;
};

const GB_BANKS = ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG'];
const IBAN_GROUPS = [4, 4, 4, 4, 4, 4, 4, 4];

const account = (country: Country, canonical: string, groups: readonly number[]): BankAccount => ({
  country,
  canonical,
  groups,
  isPaymentService: false,
});

/** A domestic account in `country`, in the format its banks use. */
export const randomBankAccount = (rng: Rng, country: Country): BankAccount => {
  switch (country) {
    case 'CN': {
      const body = `62${rng.pick(['2202', '1700', '2848', '1483', '2588', '1226'])}${rng.digits(rng.pick([10, 12]))}`;
      const number = body + luhnCheck(body);
      return account(country, number, [4, 4, 4, 4, 4]);
    }
    case 'HK':
      return account(country, `${rng.pick(['004', '024', '012', '015'])}${rng.digits(12)}`, [3, 3, 6, 3]);
    case 'US':
      return account(country, rng.digits(rng.int(10, 12)), [4, 4, 4]);
    case 'GB':
      return account(country, iban('GB', `${rng.pick(GB_BANKS)}${rng.digits(14)}`), IBAN_GROUPS);
    case 'DE':
      return account(country, iban('DE', rng.digits(18)), IBAN_GROUPS);
    case 'FR': {
      const [bank, branch, acct] = [rng.digits(5), rng.digits(5), rng.digits(11)];
      return account(
        country,
        iban('FR', `${bank}${branch}${acct}${frenchRibKey(bank, branch, acct)}`),
        IBAN_GROUPS,
      );
    }
    case 'ES':
      return account(country, iban('ES', spanishBban(rng.digits(20))), IBAN_GROUPS);
    case 'IT':
      return account(
        country,
        iban('IT', `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${rng.digits(22)}`),
        IBAN_GROUPS,
      );
    case 'NL':
      return account(
        country,
        iban('NL', `${rng.pick(['ABNA', 'INGB', 'RABO'])}${rng.digits(10)}`),
        IBAN_GROUPS,
      );
    case 'JP':
      return account(country, `${rng.digits(3)}${rng.digits(7)}`, [3, 7]);
    default:
      return account(country, rng.digits(rng.int(10, 14)), [4, 4, 4, 4]);
  }
};

/**
 * A payment-service (virtual receiving) account abroad, as cross-border sellers are paid into:
 * HK accounts of collection services, or US accounts held at a partner bank.
 */
export const paymentServiceAccount = (rng: Rng, country: 'HK' | 'US'): BankAccount => ({
  ...(country === 'HK'
    ? { country, canonical: `${rng.pick(['795', '797', '390'])}${rng.digits(11)}`, groups: [3, 8, 3] }
    : { country, canonical: `${rng.pick(['8', '9'])}${rng.digits(rng.int(9, 11))}`, groups: [4, 4, 4] }),
  isPaymentService: true,
});

const grouped = (canonical: string, groups: readonly number[], separator: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= canonical.length) break;
    parts.push(canonical.slice(at, at + size));
    at += size;
  }
  if (at < canonical.length) parts.push(canonical.slice(at));
  return parts.join(separator);
};

/** The same account printed one way: compact, grouped with spaces, or with dashes. */
export const formatBankAccount = (rng: Rng, account: BankAccount): string => {
  switch (rng.int(0, 3)) {
    case 0:
      return account.canonical;
    case 1:
      return grouped(account.canonical, account.groups, ' ');
    case 2:
      return grouped(account.canonical, account.groups, '-');
    default:
      return /^[A-Z]/.test(account.canonical)
        ? grouped(account.canonical, account.groups, ' ')
        : account.canonical;
  }
};

/** Upper-case letters and digits only. */
export const canonicalBankAccount = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '');
