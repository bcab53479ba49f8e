import {
  normaliseAccountNumber,
  normaliseEmail,
  normaliseIdNumber,
  normalisePersonName,
  normalisePhone,
  normaliseRegistrationNumber,
  significantCharacters,
} from '../matching/index.js';

/** The parts of a seller profile a search reads (the feed's shape, every field optional). */
export interface SearchableSeller {
  readonly seller_id: string;
  readonly business?: { legal_name?: unknown; registration_number?: unknown; country?: unknown } | undefined;
  readonly legal_rep?: { full_name?: unknown; id_number?: unknown; nationality?: unknown } | undefined;
  readonly contact?: { email?: unknown; phone?: unknown } | undefined;
  readonly bank?: { account_number?: unknown; holder_name?: unknown } | undefined;
  readonly store?: { name?: unknown } | undefined;
  readonly address?: { country?: unknown } | undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Name keys: every token (each spelling) and the whole order-free key. */
function nameKeys(raw: string | undefined): string[] {
  if (!raw) return [];
  const name = normalisePersonName(raw);
  const keys = name.tokens.flatMap((t) => t.spellings.map((s) => `n:${s}`));
  if (name.key) keys.push(`nk:${name.key}`);
  // Written as one word, in either order: `zhangwei`, `weizhang`.
  const spelled = name.tokens.map((t) => t.spellings[0]!);
  if (spelled.length > 1) keys.push(`nk:${spelled.join('')}`, `nk:${[...spelled].reverse().join('')}`);
  return keys;
}

/** An identifier's key: the significant characters, whatever the format (spaces, dashes, case). */
const idKey = (raw: string | undefined): string | undefined => {
  const key = raw ? normaliseIdNumber(raw) : undefined;
  return key ? `i:${key}` : undefined;
};

/** Every key a seller is found by. Pure; the same normalisers as the association index. */
export function searchKeysOfSeller(seller: SearchableSeller): string[] {
  const country =
    text(seller.business?.country) ?? text(seller.address?.country) ?? text(seller.legal_rep?.nationality);
  const keys = [
    `s:${seller.seller_id.toLowerCase()}`,
    ...nameKeys(text(seller.business?.legal_name)),
    ...nameKeys(text(seller.legal_rep?.full_name)),
    ...nameKeys(text(seller.bank?.holder_name)),
    ...nameKeys(text(seller.store?.name)),
  ];
  const email = text(seller.contact?.email);
  const emailKey = email ? normaliseEmail(email) : undefined;
  if (emailKey) keys.push(`e:${emailKey}`);
  const phone = text(seller.contact?.phone);
  const phoneKey = phone ? normalisePhone(phone, country)?.key : undefined;
  if (phoneKey) keys.push(`p:${phoneKey}`);
  const registration = text(seller.business?.registration_number);
  const account = text(seller.bank?.account_number);
  const accountKey = account ? normaliseAccountNumber(account) : undefined;
  for (const key of [
    idKey(registration),
    idKey(text(seller.legal_rep?.id_number)),
    accountKey && `i:${accountKey}`,
  ])
    if (key) keys.push(key);
  return [...new Set(keys)];
}

/** What one query may match: exact keys, and name-token prefixes for the last word typed. */
export interface SearchQueryKeys {
  readonly exact: string[];
  readonly prefixes: string[];
}

/**
 * The keys a query is looked up under: as a name (each token, the whole key), as an e-mail, a
 * phone (read as the common countries read it), and as an identifier. A seller must match every
 * name token (both orders and scripts give the same tokens), or one identifier.
 */
export function searchKeysOfQuery(raw: string): SearchQueryKeys & { nameTokens: string[] } {
  const q = raw.normalize('NFKC').trim();
  const exact = new Set<string>();
  exact.add(`s:${q.toLowerCase()}`);
  const email = normaliseEmail(q);
  if (email?.includes('@')) exact.add(`e:${email}`);
  for (const country of [undefined, 'CN', 'US', 'GB', 'DE']) {
    const phone = /\d{5}/.test(significantCharacters(q)) ? normalisePhone(q, country)?.key : undefined;
    if (phone) exact.add(`p:${phone}`);
  }
  const id = idKey(q);
  if (id) exact.add(id);
  const account = normaliseAccountNumber(q);
  if (account) exact.add(`i:${account}`);
  const registration = normaliseRegistrationNumber(q);
  if (registration) exact.add(`i:${significantCharacters(registration)}`);
  const name = normalisePersonName(q);
  if (name.key) {
    exact.add(`nk:${name.key}`);
    exact.add(`nk:${name.tokens.map((t) => t.spellings[0]).join('')}`);
  }
  const nameTokens = name.tokens.map((t) => t.spellings[0]!).filter(Boolean);
  return { exact: [...exact], prefixes: nameTokens.length ? [`n:${nameTokens.at(-1)}`] : [], nameTokens };
}
