import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFeedLine } from '../../src/modules/sellers/feed.clean.js';
import {
  canonicalDocumentRecord,
  canonicalSellerRecord,
} from '../../src/modules/sellers/feed.profiles-fast.js';
import { generateFeed } from '../support/feed.js';

// The canonical fast path for profile and document lines against the contract, line for line, on
// a generated feed and its --dirty twin: every line it takes must come out of `cleanFeedLine` as
// the same record, its keys in the same order, with no note.
const dir = mkdtempSync(join(tmpdir(), 'profiles-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(dirty: boolean): string {
  const out = join(dir, dirty ? 'dirty' : 'clean');
  generateFeed(out, 300, 5, dirty ? ['--dirty'] : []);
  return out;
}

const FAST = { sellers: canonicalSellerRecord, documents: canonicalDocumentRecord } as const;

function compare(out: string, kind: keyof typeof FAST) {
  let taken = 0;
  let parsed = 0;
  for (const text of readFileSync(join(out, `${kind}.jsonl`), 'utf8').split('\n')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    parsed += 1;
    const fast = FAST[kind](structuredClone(value));
    if (!fast) continue;
    taken += 1;
    const contract = cleanFeedLine(kind, value);
    expect(contract, text).toEqual({ record: fast, notes: [] });
    expect(JSON.stringify('record' in contract && contract.record), text).toBe(JSON.stringify(fast));
  }
  return { taken, parsed };
}

describe('canonical profile and document lines on generated feeds', () => {
  it('takes the lines of a generated feed, each as the contract reads it', () => {
    const out = generate(false);
    for (const kind of ['sellers', 'documents'] as const) {
      const { taken, parsed } = compare(out, kind);
      expect(parsed).toBeGreaterThan(250);
      expect(taken).toBeGreaterThan(parsed * 0.99);
    }
  });

  it('on the dirty twin, takes only lines the contract reads unchanged and leaves the rest to it', () => {
    const out = generate(true);
    for (const kind of ['sellers', 'documents'] as const) {
      const { taken, parsed } = compare(out, kind);
      expect(taken).toBeGreaterThan(parsed / 4);
      expect(taken).toBeLessThan(parsed);
    }
  });
});
