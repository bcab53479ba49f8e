import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFeedLine } from '../../src/modules/sellers/feed.clean.js';
import { canonicalEventRecord } from '../../src/modules/sellers/feed.events-fast.js';
import { generateFeed } from '../support/feed.js';

// The canonical fast path for event lines against the contract, line for line, on a generated
// feed and its --dirty twin: every line it takes must come out of `cleanFeedLine` as the same
// record with no note.
const dir = mkdtempSync(join(tmpdir(), 'events-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function linesOf(dirty: boolean): string[] {
  const out = join(dir, dirty ? 'dirty' : 'clean');
  generateFeed(out, 300, 5, dirty ? ['--dirty'] : []);
  return readFileSync(join(out, 'events.jsonl'), 'utf8').split('\n');
}

function compare(lines: string[]) {
  let taken = 0;
  let parsed = 0;
  for (const text of lines) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    parsed += 1;
    const fast = canonicalEventRecord(structuredClone(value));
    if (!fast) continue;
    taken += 1;
    expect(cleanFeedLine('events', value), text).toEqual({ record: fast, notes: [] });
  }
  return { taken, parsed };
}

describe('canonical event lines on generated feeds', () => {
  it('takes every line of a generated feed, each as the contract reads it', () => {
    const { taken, parsed } = compare(linesOf(false));
    expect(parsed).toBeGreaterThan(5000);
    expect(taken).toBe(parsed);
  });

  it('on the dirty twin, takes only lines the contract reads unchanged and leaves the rest to it', () => {
    const { taken, parsed } = compare(linesOf(true));
    expect(taken).toBeGreaterThan(parsed / 2);
    expect(taken).toBeLessThan(parsed);
  });
});
