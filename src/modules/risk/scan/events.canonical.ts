import { EVENT_TYPES, type EventType } from '../../sellers/index.js';

/**
 * When an event line is read by SQL: the line is already in the contract's canonical form, so
 * that DuckDB's JSON functions give exactly what `cleanFeedLine` gives for it, with no note. The
 * rule is narrow on purpose (anything it is unsure of goes through `cleanFeedLine` itself):
 * - the text: no backslash (no escapes, so no NUL nor lone surrogate), no U+FFFD (bytes that were
 *   not UTF-8), nothing JSON.parse refuses that DuckDB reads (a trailing
 *   comma, NaN, Infinity);
 * - one JSON object, no key twice (JSON.parse keeps the last, DuckDB the first), plain key names;
 * - `seller_id` an allowed id, `at` a real `YYYY-MM-DDTHH:MM:SSZ` between 1900 and 2100, `type`
 *   one of the types as written;
 * - the type's own fields absent or already normal (trimmed printable text within its length,
 *   an upper-case country code, a choice as written); any other key a plain scalar.
 */
type FieldForm =
  | { text: number }
  | 'country'
  | { choice: readonly string[] }
  | 'address'
  | { object: Record<string, FieldForm> };

const TEXT = { text: 1_000_000 };
const FIELDS: Record<EventType, Record<string, FieldForm>> = {
  login: { ip: { text: 64 }, ip_country: 'country', device_id: { text: 256 } },
  shipment: {
    ship_from: {
      object: {
        type: { choice: ['seller', 'marketplace_fulfillment'] },
        country: 'country',
        address: 'address',
      },
    },
  },
  payout: { bank_account_number: { text: 128 }, bank_country: 'country' },
  card_added: { card_fingerprint: { text: 256 } },
  identity_check: { result: { choice: ['passed', 'failed', 'incomplete'] }, reason: { text: 500 } },
  profile_change: { field: { text: 128 }, old: TEXT, new: TEXT },
};
const BASE = ['seller_id', 'at', 'type', 'event_id'];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Every path the rule or the scan reads, extracted in one parse of the line (`PATHS[i]` is `v[i + 1]`). */
const PATHS: readonly string[] = (() => {
  const paths = BASE.map((key) => `$.${key}`);
  const add = (path: string, form: FieldForm) => {
    if (!paths.includes(path)) paths.push(path);
    if (form === 'address') add(`${path}.country`, 'country');
    if (typeof form === 'object' && 'object' in form)
      for (const [key, inner] of Object.entries(form.object)) add(`${path}.${key}`, inner);
  };
  for (const fields of Object.values(FIELDS))
    for (const [field, form] of Object.entries(fields)) add(`$.${field}`, form);
  return paths;
})();

/** The value at `path` (JSON, NULL when absent) among the extracted ones. */
export const valueAt = (path: string) => `v[${PATHS.indexOf(path) + 1}]`;

/** All keys distinct (JSON.parse keeps the last of a key sent twice, DuckDB the first). */
const distinctKeys = (keys: string) => `len(${keys}) = len(list_distinct(${keys}))`;

function formOf(path: string, form: FieldForm): string {
  const json = valueAt(path);
  const value = `(${json} ->> '$')`;
  const type = `json_type(${json})`;
  const text = (max: number) =>
    `${type} = 'VARCHAR' AND regexp_full_match(${value}, '[!-~](.*[!-~])?') AND strlen(${value}) <= ${max}`;
  let rule: string;
  if (form === 'address')
    // Text, or an address object of text fields (never read by the scan, but checked by the schema).
    rule = `${text(1_000_000)} OR ${type} = 'OBJECT' AND ${distinctKeys(`json_keys(${json})`)}
      AND list_bool_and(list_transform(json_extract(${json}, '$.*'), x -> json_type(x) = 'VARCHAR'))
      AND ${formOf(`${path}.country`, 'country')}`;
  else if (form === 'country') rule = `${type} = 'VARCHAR' AND regexp_full_match(${value}, '[A-Z]{2}')`;
  else if ('choice' in form) rule = `${type} = 'VARCHAR' AND ${value} IN (${list(form.choice)})`;
  else if ('text' in form) rule = text(form.text);
  else {
    const inner = Object.entries(form.object).map(([key, f]) => formOf(`${path}.${key}`, f));
    const keys = `json_keys(${json})`;
    rule = `${type} = 'OBJECT' AND ${distinctKeys(keys)}
      AND list_bool_and(list_transform(${keys}, k -> k IN (${list(Object.keys(form.object))})))
      AND ${inner.join(' AND ')}`;
  }
  return `(${json} IS NULL OR (${rule}))`;
}

function typeRule(type: EventType): string {
  const fields = FIELDS[type];
  const own = [...BASE, ...Object.keys(fields)];
  const others = `list_bool_and(list_transform(list_zip(keys, vals), kv -> kv[1] IN (${list(own)})
    OR json_type(kv[2]) IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN', 'NULL')))`;
  return [others, ...Object.entries(fields).map(([field, form]) => formOf(`$.${field}`, form))].join(' AND ');
}

/** Whether DuckDB reads the line `text` as JSON.parse would: no backslash, no U+FFFD, a valid document. */
export const readableLine = (text: string) =>
  `NOT contains(${text}, '\\') AND NOT contains(${text}, chr(65533)) AND json_valid(${text})
    AND NOT regexp_matches(${text}, '(,\\s*[}\\]])|([:\\[,]\\s*-?(?i:infinity|nan|inf))')`;

/**
 * The columns the rule reads, from the line `text` when `readable`: `v` the values at PATHS,
 * `keys` and `vals` the line's top-level keys and values (NULL when it is not an object).
 */
export const parsedLine = (text: string, readable: string) =>
  `CASE WHEN ${readable} THEN json_extract(${text}, [${list(PATHS)}]) END AS v,
    CASE WHEN ${readable} THEN json_keys(${text}) END AS keys,
    CASE WHEN ${readable} AND json_type(${text}) = 'OBJECT' THEN json_extract(${text}, '$.*') END AS vals`;

/** The canonical rule over the columns of `parsedLine`. */
export function canonicalEvent(): string {
  const at = `(${valueAt('$.at')} ->> '$')`;
  return `coalesce(vals IS NOT NULL
    AND list_bool_and(list_transform(keys, k -> regexp_full_match(k, '[A-Za-z_][A-Za-z0-9_]*') AND k <> '__proto__'))
    AND ${distinctKeys('keys')}
    AND json_type(${valueAt('$.seller_id')}) = 'VARCHAR'
    AND regexp_full_match(${valueAt('$.seller_id')} ->> '$', '[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}')
    AND json_type(${valueAt('$.at')}) = 'VARCHAR'
    AND regexp_full_match(${at}, '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z')
    AND strftime(try_strptime(${at}, '%Y-%m-%dT%H:%M:%SZ'), '%Y-%m-%dT%H:%M:%SZ') = ${at}
    AND substr(${at}, 1, 4)::INTEGER BETWEEN 1900 AND 2100
    AND json_type(${valueAt('$.type')}) = 'VARCHAR'
    AND ${formOf('$.event_id', { text: 128 })}
    AND CASE ${valueAt('$.type')} ->> '$'
      ${EVENT_TYPES.map((type) => `WHEN '${type}' THEN ${typeRule(type)}`).join('\n      ')}
      ELSE false END, false)`;
}
