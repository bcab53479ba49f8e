import type { FeedRecords } from './feed.clean.js';
import { EVENT_TYPES, type EventType } from './feed.contract.js';
import { isPlainObject } from './feed.sanitise.js';

/**
 * The event line already in the contract's canonical form, recognised on the parsed value without
 * the generic walk of `cleanFeedLine` (sanitise, field rules, zod): for such a value
 * `cleanFeedLine('events', value)` answers the same value, unchanged, with no note. Shared by every
 * reader of event lines (`parseFeedLine`: the import, the API, both scans). The rule is narrow on
 * purpose, the same as the columnar engine's (`risk/scan/events.canonical.ts`); anything it is
 * unsure of answers `undefined` and goes through the contract:
 * - plain key names (not `__proto__`); every value text, a finite number or a boolean, except
 *   `ship_from` (an object of `type`, `country` and `address`: text, or an object of text);
 * - text non-blank, trimmed, without NUL, surrogates or U+FFFD;
 * - `seller_id` an allowed id, `type` one of the six as written, `at` a real
 *   `YYYY-MM-DDTHH:MM:SSZ` between 1900 and 2100, `event_id` text up to 128;
 * - the type's own fields text within their limit, an upper-case two-letter country, a choice as
 *   written.
 */
type Form = number | 'country' | 'address' | readonly string[];

const SHIP_FROM: Record<string, Form> = {
  type: ['seller', 'marketplace_fulfillment'],
  country: 'country',
  address: 'address',
};
const FIELDS: Record<EventType, Record<string, Form>> = {
  login: { ip: 64, ip_country: 'country', device_id: 256 },
  shipment: {},
  payout: { bank_account_number: 128, bank_country: 'country' },
  card_added: { card_fingerprint: 256 },
  identity_check: { result: ['passed', 'failed', 'incomplete'], reason: 500 },
  profile_change: { field: 128 },
};

const AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real `YYYY-MM-DDTHH:MM:SSZ` within 1900–2100: what `normaliseTimestamp` keeps as it is. */
function isCanonicalAt(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = AT.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS[month - 1]! + (leap ? 1 : 0);
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SELLER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const COUNTRY = /^[A-Z]{2}$/;
// NUL, any surrogate (a lone one cannot be stored; a pair is left to the contract), U+FFFD.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for
const UNSURE = /[\u0000\ud800-\udfff\ufffd]/;

const isTypeName = (value: unknown): value is EventType =>
  typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);

/** Text the contract keeps as it is: non-blank, trimmed, storable, within `max`. */
const isNormalText = (value: unknown, max: number): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= max &&
  value.trim() === value &&
  !UNSURE.test(value);

const isPlainScalar = (value: unknown): boolean =>
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  isNormalText(value, Number.POSITIVE_INFINITY);

function fits(value: unknown, form: Form): boolean {
  if (form === 'country') return typeof value === 'string' && COUNTRY.test(value);
  if (form === 'address') return isNormalText(value, Number.POSITIVE_INFINITY) || isNormalAddress(value);
  if (typeof form === 'number') return isNormalText(value, form);
  return typeof value === 'string' && form.includes(value);
}

/** An address object of text fields (plain keys), its `country` an upper-case code. */
function isNormalAddress(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!KEY.test(key) || key === '__proto__') return false;
    const item = value[key];
    if (key === 'country' ? !fits(item, 'country') : !isNormalText(item, Number.POSITIVE_INFINITY))
      return false;
    keys += 1;
  }
  return keys > 0;
}

function isNormalShipFrom(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    const form = Object.hasOwn(SHIP_FROM, key) ? SHIP_FROM[key] : undefined;
    if (!form || !fits(value[key], form)) return false;
    keys += 1;
  }
  return keys > 0;
}

/** The parsed line as the contract's record when it is canonical, else `undefined`. */
export function canonicalEventRecord(value: unknown): FeedRecords['events'] | undefined {
  if (!isPlainObject(value)) return undefined;
  const type = value.type;
  if (!isTypeName(type)) return undefined;
  const own = FIELDS[type];
  for (const key in value) {
    if (!KEY.test(key) || key === '__proto__') return undefined;
    const item = value[key];
    const form = Object.hasOwn(own, key) ? own[key] : undefined;
    if (form !== undefined) {
      if (!fits(item, form)) return undefined;
    } else if (key === 'ship_from' && type === 'shipment') {
      if (!isNormalShipFrom(item)) return undefined;
    } else if (key === 'event_id') {
      if (!isNormalText(item, 128)) return undefined;
    } else if (key === 'seller_id') {
      if (typeof item !== 'string' || !SELLER_ID.test(item)) return undefined;
    } else if (key === 'at') {
      if (!isCanonicalAt(item)) return undefined;
    } else if (key !== 'type' && !isPlainScalar(item)) return undefined;
  }
  if (value.seller_id === undefined || value.at === undefined) return undefined;
  return value as FeedRecords['events'];
}
