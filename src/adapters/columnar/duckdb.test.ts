import { describe, expect, it } from 'vitest';
import { openColumnarEngine } from './duckdb.js';

describe('openColumnarEngine', () => {
  it('runs a statement again with more memory when an operator cannot spill', async () => {
    const raised: number[] = [];
    const engine = await openColumnarEngine({
      memoryLimit: '16MB',
      threads: 1,
      onMemoryRaised: (megabytes) => raised.push(megabytes),
    });
    try {
      // A list of ten million numbers is held whole: it cannot spill to disk.
      const [[length]] = (await engine.rows('SELECT len(list(i)) FROM range(10000000) t(i)')) as [[bigint]];
      expect(Number(length)).toBe(10_000_000);
      expect(raised.length).toBeGreaterThan(0);
      expect(raised[0]).toBe(32);
    } finally {
      engine.close();
    }
  });

  it('refuses a limit it cannot read', async () => {
    await expect(openColumnarEngine({ memoryLimit: 'lots' })).rejects.toThrow(/MB or GB/);
  });
});
