import { describe, expect, it } from 'vitest';
import { createViewCache } from './view-cache.js';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 20) + ms);

describe('view cache', () => {
  it('answers the same key at the same version within its age only', () => {
    const cache = createViewCache({ maxAgeMs: 1000 });
    cache.set('a', '7:true', at(0), '{"data":[]}');
    expect(cache.get('a', '7:true', at(999))).toBe('{"data":[]}');
    expect(cache.get('b', '7:true', at(0))).toBeUndefined();
    expect(cache.get('a', '8:true', at(0))).toBeUndefined();
    // A stale entry is dropped: the same version does not bring it back.
    expect(cache.get('a', '7:true', at(0))).toBeUndefined();
    cache.set('a', '7:true', at(0), 'x');
    expect(cache.get('a', '7:true', at(1000))).toBeUndefined();
    cache.set('a', '7:true', at(5000), 'x');
    expect(cache.get('a', '7:true', at(4999))).toBeUndefined(); // a clock set back
  });

  it('lets the least recently used entry go when full', () => {
    const cache = createViewCache({ maxEntries: 2 });
    cache.set('a', 'v', at(0), 'A');
    cache.set('b', 'v', at(0), 'B');
    expect(cache.get('a', 'v', at(1))).toBe('A');
    cache.set('c', 'v', at(1), 'C');
    expect(cache.get('b', 'v', at(1))).toBeUndefined();
    expect(cache.get('a', 'v', at(1))).toBe('A');
    expect(cache.get('c', 'v', at(1))).toBe('C');
  });
});
