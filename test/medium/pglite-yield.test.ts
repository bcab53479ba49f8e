import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.js';

describe('PGlite in the server process', () => {
  it('lets the event loop turn between awaited statements, inside a transaction and out', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      // A ticker on the event loop: it runs only when the loop gets past the microtask queue.
      let ticks = 0;
      let running = true;
      const tick = () => {
        ticks += 1;
        if (running) setImmediate(tick);
      };
      setImmediate(tick);
      const before = ticks;
      for (let i = 0; i < 200; i++) await database.db.execute(sql`select 1`);
      const outside = ticks - before;
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < 200; i++) await tx.execute(sql`select 1`);
      });
      const inside = ticks - before - outside;
      running = false;
      expect(outside).toBeGreaterThanOrEqual(100);
      expect(inside).toBeGreaterThanOrEqual(100);
    } finally {
      await database.close();
    }
  });
});
