/**
 * Normalisers for identifiers compared exactly. Each returns a key (equal for every way of
 * writing one identifier) or `undefined` when nothing identifying is left.
 */

/** Upper-case letters and digits only: `de89-3704 (0044)` → `DE8937040044`. */
export const significantCharacters = (raw: string): string =>
  raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const atLeast = (value: string, length: number): string | undefined =>
  value.length >= length ? value : undefined;

/** Bank account numbers and IBANs: spaces, dashes, dots and brackets stripped, upper case. */
export const normaliseAccountNumber = (raw: string): string | undefined =>
  atLeast(significantCharacters(raw), 5);

/**
 * Registration numbers (`91440300MA5F…`, `HRB 101730`, `B-88177977`): significant characters,
 * prefixed with the registering country, since registries in two countries can issue one number.
 */
export const normaliseRegistrationNumber = (raw: string, country?: string): string | undefined => {
  const value = atLeast(significantCharacters(raw), 4);
  return value && `${(country ?? '').toUpperCase()}:${value}`;
};

/** Identity document numbers (passport, national ID, licence): significant characters. */
export const normaliseIdNumber = (raw: string): string | undefined => atLeast(significantCharacters(raw), 4);

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * E-mail addresses in lower case (no provider treats the case of the local part as significant).
 * Only Gmail is known to ignore dots and `+tags` in the local part, so only there are they
 * removed (`J.Smith+shop@googlemail.com` → `jsmith@gmail.com`). Elsewhere `a.b@x` and `ab@x`
 * can be different mailboxes (Outlook, Yahoo, company servers), and treating them as one would
 * link strangers; a `+tag` is kept too, as it is only one convention among providers.
 */
export const normaliseEmail = (raw: string): string | undefined => {
  const text = raw
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  let local = text.slice(0, at);
  let domain = text.slice(at + 1).replace(/\.$/, '');
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\+.*$/, '').replace(/\./g, '');
    domain = 'gmail.com';
  }
  return local ? `${local}@${domain}` : undefined;
};

/** Device ids are opaque; trimmed and lower-cased (UUIDs and hex ids ignore case). */
export const normaliseDeviceId = (raw: string): string | undefined =>
  atLeast(raw.normalize('NFKC').trim().toLowerCase(), 4);

/** Card fingerprints are opaque and case-sensitive (base-62 tokens); only trimmed. */
export const normaliseCardFingerprint = (raw: string): string | undefined =>
  atLeast(raw.normalize('NFKC').trim(), 4);

/** IPv4 without leading zeros in each part; IPv6 lower case. */
export const normaliseIp = (raw: string): string | undefined => {
  const text = raw.trim().toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text))
    return text
      .split('.')
      .map((part) => String(Number(part)))
      .join('.');
  return text || undefined;
};

/** Dates as `YYYYMMDD` from `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD`; other shapes give their digits. */
export const normaliseDate = (raw: string): string | undefined => {
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 6 ? digits : undefined;
};

/** OCR slips in one long code: more than this many characters apart and it is another code. */
export const MAX_OCR_SLIPS = 2;

/** Characters that differ between two same-length codes, spaces and case ignored; Infinity when the lengths differ. */
export const ocrSlipsBetween = (a: string, b: string): number => {
  const x = a.replace(/\s/g, '').toUpperCase();
  const y = b.replace(/\s/g, '').toUpperCase();
  if (x.length !== y.length) return Number.POSITIVE_INFINITY;
  return [...x].filter((c, i) => c !== y[i]).length;
};
