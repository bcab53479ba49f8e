import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  canonicalDocumentRecord,
  canonicalSellerRecord,
} from '../../src/modules/sellers/feed.profiles-fast.js';
import { compareFastPath } from '../support/fast-path.js';
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

const compare = (out: string, kind: keyof typeof FAST) =>
  compareFastPath(join(out, `${kind}.jsonl`), kind, FAST[kind], { keyOrder: true });

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
