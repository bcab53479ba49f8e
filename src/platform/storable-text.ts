/**
 * What PostgreSQL cannot hold in `text` or `jsonb`: the NUL character and UTF-16 surrogates
 * without their pair (they have no UTF-8 form). Validation refuses them so that no value is
 * refused by the database after it was accepted.
 */
const UNSTORABLE = new RegExp(
  `${String.fromCharCode(0)}|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
);

export type UnstorableReason = 'nul' | 'lone_surrogate';

export function unstorableReasonOf(text: string): UnstorableReason | undefined {
  const found = UNSTORABLE.exec(text);
  if (!found) return undefined;
  return found[0] === String.fromCharCode(0) ? 'nul' : 'lone_surrogate';
}

export interface UnstorableValue {
  /** Dotted path from the root, array indexes as `[n]`. */
  path: string;
  reason: UnstorableReason | 'too_deep';
}

/** Deeper than any request this product takes; also what keeps serialisers off their recursion limit. */
export const MAX_NESTING = 32;

/**
 * The first string (value or object key) in a parsed JSON value that the database cannot store,
 * or a nesting deeper than `MAX_NESTING`. Walks with its own stack, so a hostile depth cannot
 * overflow the call stack.
 */
export function findUnstorable(value: unknown, root: string): UnstorableValue | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.value === 'string') {
      const reason = unstorableReasonOf(current.value);
      if (reason) return { path: current.path, reason };
      continue;
    }
    if (!isPlainData(current.value)) continue;
    if (current.depth >= MAX_NESTING) return { path: current.path, reason: 'too_deep' };
    if (Array.isArray(current.value)) {
      for (let i = current.value.length - 1; i >= 0; i--)
        stack.push({ value: current.value[i], path: `${current.path}[${i}]`, depth: current.depth + 1 });
      continue;
    }
    const entries = Object.entries(current.value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      const path = `${current.path}.${key}`;
      const reason = unstorableReasonOf(key);
      if (reason) return { path: `${current.path}.${JSON.stringify(key)}`, reason };
      stack.push({ value: inner, path, depth: current.depth + 1 });
    }
  }
  return undefined;
}

/**
 * Parsed JSON, a parsed query string: arrays and objects whose prototype chain is at most one link
 * long (query parsers use a null-prototype class). Streams and buffers are not walked.
 */
function isPlainData(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
