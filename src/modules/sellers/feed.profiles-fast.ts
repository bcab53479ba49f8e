import type { FeedRecords } from './feed.clean.js';
import { DOCUMENT_FIELDS, type FieldRule, REQUIRED_FIELDS, SELLER_FIELDS } from './feed.fields.js';
import { isPlainObject } from './feed.sanitise.js';

/**
 * Profile and document lines already in the contract's canonical form, recognised without the
 * generic walk of `cleanFeedLine` (sanitise, field rules by path, zod): for such a value
 * `cleanFeedLine` gives the same record, with no note. Like `feed.events-fast.ts`, the rule is
 * narrow on purpose and anything unsure answers `undefined` (the line goes through the contract):
 * - only the contract's own fields (no unknown key, so zod's output has nothing to move), each
 *   object non-empty, in the order the contract lists them (zod writes its output in that order);
 * - every value text, non-blank, without NUL, surrogates or U+FFFD, that the field's own rule
 *   (`feed.fields.ts`, the very function the contract applies) gives back unchanged; a
 *   document's absent dates may be `null` (the contract drops them);
 * - a profile names its entity type and its legal representative, a business its registration
 *   number, and the registered country is given: what `cleanFeedLine` would otherwise note.
 */
type Fields = { [key: string]: unknown };

const SELLER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for
const UNSURE = /[\u0000\ud800-\udfff\ufffd]/;

/** Each field's rule and its place in the contract's order (`seller_id` first). */
const orderOf = (fields: { [field: string]: FieldRule }) =>
  new Map<string, { rule: FieldRule; place: number }>(
    Object.entries(fields).map(([field, rule], i) => [field, { rule, place: i + 1 }]),
  );
const SELLER = orderOf(SELLER_FIELDS);
const DOCUMENT_ORDER = ['document_id', 'type', 'status', 'issued_on', 'expires_on'] as const;
const DOCUMENT = orderOf({ ...REQUIRED_FIELDS.documents, ...DOCUMENT_FIELDS });

const isUnchanged = (rule: FieldRule, value: unknown): boolean =>
  typeof value === 'string' &&
  value.trim() !== '' &&
  !UNSURE.test(value) &&
  rule !== 'object' &&
  (rule(value) as { value?: unknown }).value === value;

/** Every key of `value` (at `path`) a field of the contract, in its order, its value as the rule gives it. */
function isCanonicalObject(value: Fields, path: string): boolean {
  let last = 0;
  let keys = 0;
  for (const key in value) {
    keys += 1;
    const field = path ? `${path}.${key}` : key;
    const known = SELLER.get(field);
    if (!known || known.place <= last) return false;
    last = known.place;
    const item = value[key];
    if (known.rule === 'object') {
      if (!isPlainObject(item) || !isCanonicalObject(item, field)) return false;
    } else if (!isUnchanged(known.rule, item)) return false;
  }
  return keys > 0;
}

/** The parsed profile line as the contract's record when it is canonical, else `undefined`. */
export function canonicalSellerRecord(value: unknown): FeedRecords['sellers'] | undefined {
  if (!isPlainObject(value)) return undefined;
  const { seller_id: sellerId, ...rest } = value;
  if (typeof sellerId !== 'string' || !SELLER_ID.test(sellerId)) return undefined;
  if (Object.keys(value)[0] !== 'seller_id' || !isCanonicalObject(rest, '')) return undefined;
  const business = rest.business as Fields | undefined;
  const businessAddress = business?.address as Fields | undefined;
  const address = rest.address as Fields | undefined;
  if (!rest.entity_type || !rest.legal_rep) return undefined;
  if (rest.entity_type === 'business' && !business?.registration_number) return undefined;
  if ((business?.country ?? businessAddress?.country ?? address?.country) === undefined) return undefined;
  return value as FeedRecords['sellers'];
}

/** The parsed document line as the contract's record when it is canonical, else `undefined`. */
export function canonicalDocumentRecord(value: unknown): FeedRecords['documents'] | undefined {
  if (!isPlainObject(value)) return undefined;
  const sellerId = value.seller_id;
  if (typeof sellerId !== 'string' || !SELLER_ID.test(sellerId)) return undefined;
  const record: Fields = { seller_id: sellerId };
  let keys = 1;
  for (const field of DOCUMENT_ORDER) {
    if (!Object.hasOwn(value, field)) continue;
    keys += 1;
    const item = value[field];
    if (item === null && (field === 'issued_on' || field === 'expires_on')) continue;
    if (!isUnchanged(DOCUMENT.get(field)!.rule, item)) return undefined;
    record[field] = item;
  }
  // An unknown key would be kept after the contract's; the type and status are required.
  if (Object.keys(value).length !== keys || record.type === undefined || record.status === undefined)
    return undefined;
  return record as FeedRecords['documents'];
}
