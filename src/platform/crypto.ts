import { createHash, randomBytes } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

/** JSON with keys sorted at every level: the same value always gives the same text and hash. */
export const canonicalJson: (value: unknown) => string = (() => {
  const stringify = configure({ deterministic: true, bigint: true, circularValue: Error });
  return (value: unknown) => stringify(value) ?? 'null';
})();

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export const hashValue = (value: unknown): string => sha256Hex(canonicalJson(value));

/** A random secret with a readable prefix, such as `slk_…` for API keys. */
export const newSecret = (
  prefix: string,
  bytes = 24,
  encoding: 'base64url' | 'base64' = 'base64url',
): string => `${prefix}_${randomBytes(bytes).toString(encoding)}`;
