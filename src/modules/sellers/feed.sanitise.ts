import type { DataQualityCode } from './feed.values.js';

/** What a note records about one field: `raw` is the value as sent, JSON-encoded and cut to 200 characters. */
export interface FieldNote {
  field: string;
  code: DataQualityCode;
  raw: string | null;
}

/** Deeper than this no marketplace export goes; deeper lines are refused (`NESTING_TOO_DEEP`). */
const MAX_DEPTH = 32;
const MAX_RAW_CHARS = 200;

// NUL and lone UTF-16 surrogates: valid in a JS string, refused by PostgreSQL's text and jsonb.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const SURROGATE = /[\ud800-\udfff]/;

const isUnstorable = (text: string): boolean =>
  text.includes('\u0000') || (SURROGATE.test(text) && LONE_SURROGATE.test(text));

/** The raw value as a note keeps it: JSON (which escapes NUL and lone surrogates), at most 200 characters. */
export function rawOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : JSON.stringify(value);
  if (text.length <= MAX_RAW_CHARS) return text;
  // Never cut between the two halves of a surrogate pair: half of one cannot be stored.
  const cut = /[\ud800-\udbff]/.test(text.charAt(MAX_RAW_CHARS - 2)) ? MAX_RAW_CHARS - 2 : MAX_RAW_CHARS - 1;
  return `${text.slice(0, cut)}…`;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class TooDeep extends Error {}

/**
 * A copy of a parsed line that the database can store and in which "absent" has one spelling:
 * `null`, `""`, whitespace-only strings and objects left empty are dropped; text holding NUL or a lone
 * surrogate (in a value or a key) is dropped with an `UNSTORABLE_TEXT` note. Throws `TooDeep`.
 */
export function sanitise(value: Record<string, unknown>, notes: FieldNote[]): Record<string, unknown> {
  return sanitiseObject(value, '', 1, notes);
}

function sanitiseObject(
  value: Record<string, unknown>,
  path: string,
  depth: number,
  notes: FieldNote[],
): Record<string, unknown> {
  if (depth > MAX_DEPTH) throw new TooDeep();
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (isUnstorable(key)) {
      notes.push({ field: rawOf(field) ?? '', code: 'UNSTORABLE_TEXT', raw: rawOf(item) });
      continue;
    }
    if (item === null || item === undefined) continue;
    if (typeof item === 'string') {
      if (item.trim() === '') continue;
      if (isUnstorable(item)) {
        notes.push({ field, code: 'UNSTORABLE_TEXT', raw: rawOf(item) });
        continue;
      }
      // The line's bytes were not UTF-8 here: the decoder put U+FFFD in their place.
      if (item.includes('\ufffd')) notes.push({ field, code: 'INVALID_UTF8', raw: rawOf(item) });
    }
    const clean = sanitiseValue(item, field, depth, notes);
    if (isPlainObject(clean) && Object.keys(clean).length === 0) continue;
    out[key] = clean;
  }
  return out;
}

function sanitiseValue(value: unknown, path: string, depth: number, notes: FieldNote[]): unknown {
  if (Array.isArray(value)) {
    if (depth + 1 > MAX_DEPTH) throw new TooDeep();
    return value.map((item, i) => {
      if (typeof item === 'string' && isUnstorable(item)) {
        notes.push({ field: `${path}.${i}`, code: 'UNSTORABLE_TEXT', raw: rawOf(item) });
        return null;
      }
      return sanitiseValue(item, `${path}.${i}`, depth + 1, notes);
    });
  }
  if (isPlainObject(value)) return sanitiseObject(value, path, depth + 1, notes);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
