import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../../platform/crypto.js';

/**
 * Keys of an event's data that can carry a person's words or identifiers, at any depth: free text
 * (notes, reasons, summaries, messages), file names, emails and names. Their values never enter
 * the chain: the chain holds a salted commitment in their place, the value and salt are kept
 * beside the event (`audit_personal_values`), and erasing removes value and salt.
 */
const PERSONAL_AUDIT_KEYS: ReadonlySet<string> = new Set([
  'note',
  'review_note',
  'reason',
  'summary',
  'body',
  'text',
  'message',
  'name',
  'display_name',
  'email',
  'root_cause',
  'what_was_fixed',
  'how_prevented',
]);

/** What the chain holds in place of a personal value: `{"$commitment": "sha256:<64 hex>"}`. */
interface Commitment {
  $commitment: string;
}

/** A personal value of an event, as kept beside it; `path` is its place in `data` (`files.0.name`). */
export interface RevealedValue {
  path: string;
  value: unknown;
  /** 16 random bytes, hex. */
  salt: string;
}

/** `sha256(salt bytes ‖ canonical JSON of the value)`, as `sha256:<hex>`. */
export function commitmentOf(value: unknown, salt: string): string {
  const digest = createHash('sha256').update(Buffer.from(salt, 'hex')).update(canonicalJson(value));
  return `sha256:${digest.digest('hex')}`;
}

function isCommitment(value: unknown): value is Commitment {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Commitment).$commitment === 'string'
  );
}

/** Replaces every personal value in `data` by its commitment; answers the values with their salts. */
export function commitPersonalFields(
  data: unknown,
  salt: () => string = () => randomBytes(16).toString('hex'),
): { data: unknown; values: RevealedValue[] } {
  const values: RevealedValue[] = [];
  const walk = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, String(index)]));
    if (typeof node !== 'object' || node === null || isCommitment(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const here = [...path, key];
        if (!PERSONAL_AUDIT_KEYS.has(key) || value === null || value === undefined)
          return [key, walk(value, here)];
        const entry = { path: here.join('.'), value, salt: salt() };
        values.push(entry);
        return [key, { $commitment: commitmentOf(value, entry.salt) } satisfies Commitment];
      }),
    );
  };
  return { data: walk(data, []), values };
}

/** Every commitment in `data`, by path. */
export function commitmentsIn(data: unknown): { path: string; commitment: string }[] {
  const found: { path: string; commitment: string }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isCommitment(node)) found.push({ path: path.join('.'), commitment: node.$commitment });
    else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) walk(item, [...path, String(index)]);
    } else if (typeof node === 'object' && node !== null)
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(data, []);
  return found;
}

/** `data` as people read it: each commitment replaced by its value, or by `"[erased]"` once erased. */
export function revealPersonalFields(data: unknown, values: readonly RevealedValue[]): unknown {
  const byPath = new Map(values.map((v) => [v.path, v.value]));
  const walk = (node: unknown, path: string[]): unknown => {
    if (isCommitment(node)) {
      const key = path.join('.');
      return byPath.has(key) ? byPath.get(key) : '[erased]';
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, String(index)]));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, [...path, key])]));
  };
  return walk(data, []);
}
