import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { cleanFeedLine } from '../../src/modules/sellers/feed.clean.js';

type Kind = Parameters<typeof cleanFeedLine>[0];

/**
 * A canonical fast path against the contract, line for line, over one feed file: every line the
 * fast path takes must come out of `cleanFeedLine` as the same record with no note, and with
 * `keyOrder` its keys in the same order too (a profile is stored and hashed as written; an event's
 * record is read field by field). Returns how many lines parsed as JSON and how many it took.
 */
export function compareFastPath(
  file: string,
  kind: Kind,
  fast: (value: unknown) => object | undefined | null,
  { keyOrder }: { keyOrder: boolean },
): { taken: number; parsed: number } {
  let taken = 0;
  let parsed = 0;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    parsed += 1;
    const record = fast(structuredClone(value));
    if (!record) continue;
    taken += 1;
    const contract = cleanFeedLine(kind, value);
    expect(contract, text).toEqual({ record, notes: [] });
    if (keyOrder)
      expect(JSON.stringify('record' in contract && contract.record), text).toBe(JSON.stringify(record));
  }
  return { taken, parsed };
}
