import { EVENT_TYPES, type EventType } from '../../sellers/index.js';

/**
 * When an event line is read by SQL: the line is already in the contract's canonical form, so
 * that DuckDB's JSON functions give exactly what `cleanFeedLine` gives for it, with no note. The
 * rule is narrow on purpose (anything it is unsure of goes through `cleanFeedLine` itself):
 * - the text: no backslash (no escapes, so no NUL nor lone surrogate), no U+FFFD (bytes that were
 *   not UTF-8), no control character, nothing JSON.parse refuses that DuckDB reads (a trailing
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
const typeAt = (json: string, path: string) => `json_type(${json}, '${path}')`;

function formOf(json: string, path: string, form: FieldForm): string {
  const value = `(${json} ->> '${path}')`;
  const type = typeAt(json, path);
  let rule: string;
  if (form === 'address') {
    // Text, or an address object of text fields (never read by the scan, but checked by the schema).
    const keys = `json_keys(${json}, '${path}')`;
    rule = `${type} = 'VARCHAR' AND regexp_full_match(${value}, '[!-~](.*[!-~])?')
      OR ${type} = 'OBJECT' AND len(${keys}) = len(list_distinct(${keys}))
      AND list_bool_and(list_transform(${keys}, k -> json_type(${json}, '${path}."' || k || '"') = 'VARCHAR'))
      AND ${formOf(json, `${path}.country`, 'country')}`;
  } else if (form === 'country') rule = `${type} = 'VARCHAR' AND regexp_full_match(${value}, '[A-Z]{2}')`;
  else if ('choice' in form) rule = `${type} = 'VARCHAR' AND ${value} IN (${list(form.choice)})`;
  else if ('text' in form)
    rule = `${type} = 'VARCHAR' AND regexp_full_match(${value}, '[!-~](.*[!-~])?') AND strlen(${value}) <= ${form.text}`;
  else {
    const inner = Object.entries(form.object).map(([key, f]) => formOf(json, `${path}.${key}`, f));
    rule = `${type} = 'OBJECT' AND list_bool_and(list_transform(json_keys(${json}, '${path}'), k -> k IN (${list(Object.keys(form.object))})))
      AND len(json_keys(${json}, '${path}')) = len(list_distinct(json_keys(${json}, '${path}'))) AND ${inner.join(' AND ')}`;
  }
  return `(${type} IS NULL OR (${rule}))`;
}

function typeRule(json: string, type: EventType): string {
  const fields = FIELDS[type];
  const own = [...BASE, ...Object.keys(fields)];
  const others = `list_bool_and(list_transform(json_keys(${json}), k -> k IN (${list(own)})
    OR json_type(${json}, '$."' || k || '"') IN ('VARCHAR', 'BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN', 'NULL')))`;
  return [others, ...Object.entries(fields).map(([field, form]) => formOf(json, `$.${field}`, form))].join(
    ' AND ',
  );
}

/** The canonical rule over the line `text` and its JSON `json` (NULL when the text is not read as JSON). */
export function canonicalEvent(text: string, json: string): string {
  const at = `(${json} ->> '$.at')`;
  return `coalesce(${json} IS NOT NULL
    AND json_type(${json}) = 'OBJECT'
    AND list_bool_and(list_transform(json_keys(${json}), k -> regexp_full_match(k, '[A-Za-z_][A-Za-z0-9_]*') AND k <> '__proto__'))
    AND len(json_keys(${json})) = len(list_distinct(json_keys(${json})))
    AND NOT regexp_matches(${text}, '(,\\s*[}\\]])|([:\\[,]\\s*-?(?i:infinity|nan|inf))')
    AND ${typeAt(json, '$.seller_id')} = 'VARCHAR'
    AND regexp_full_match(${json} ->> '$.seller_id', '[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}')
    AND ${typeAt(json, '$.at')} = 'VARCHAR'
    AND regexp_full_match(${at}, '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z')
    AND strftime(try_strptime(${at}, '%Y-%m-%dT%H:%M:%SZ'), '%Y-%m-%dT%H:%M:%SZ') = ${at}
    AND substr(${at}, 1, 4)::INTEGER BETWEEN 1900 AND 2100
    AND ${typeAt(json, '$.type')} = 'VARCHAR'
    AND ${formOf(json, '$.event_id', { text: 128 })}
    AND CASE ${json} ->> '$.type'
      ${EVENT_TYPES.map((type) => `WHEN '${type}' THEN ${typeRule(json, type)}`).join('\n      ')}
      ELSE false END, false)`;
}

/** The line's text as JSON when it may be canonical, else NULL (DuckDB reads more than JSON.parse). */
export const jsonOfLine = (text: string) =>
  `CASE WHEN NOT contains(${text}, '\\') AND NOT contains(${text}, chr(65533))
    AND NOT regexp_matches(${text}, '[\\x00-\\x1f\\x7f]') AND json_valid(${text}) THEN ${text}::JSON END`;
