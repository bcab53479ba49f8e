import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalEventRecord } from '../../src/modules/sellers/feed.events-fast.js';
import { compareFastPath } from '../support/fast-path.js';
import { generateFeed } from '../support/feed.js';

// The canonical fast path for event lines against the contract, line for line, on a generated
// feed and its --dirty twin: every line it takes must come out of `cleanFeedLine` as the same
// record with no note.
const dir = mkdtempSync(join(tmpdir(), 'events-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventsOf(dirty: boolean): string {
  const out = join(dir, dirty ? 'dirty' : 'clean');
  generateFeed(out, 300, 5, dirty ? ['--dirty'] : []);
  return join(out, 'events.jsonl');
}

const compare = (file: string) => compareFastPath(file, 'events', canonicalEventRecord, { keyOrder: false });

describe('canonical event lines on generated feeds', () => {
  it('takes every line of a generated feed, each as the contract reads it', () => {
    const { taken, parsed } = compare(eventsOf(false));
    expect(parsed).toBeGreaterThan(5000);
    expect(taken).toBe(parsed);
  });

  it('on the dirty twin, takes only lines the contract reads unchanged and leaves the rest to it', () => {
    const { taken, parsed } = compare(eventsOf(true));
    expect(taken).toBeGreaterThan(parsed / 2);
    expect(taken).toBeLessThan(parsed);
  });
});
