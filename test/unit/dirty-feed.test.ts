import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirtyFeed, writeMarketplace } from '@secondlook/simulator';
import { afterAll, describe, expect, it } from 'vitest';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';

const base = mkdtempSync(join(tmpdir(), 'dirty-feed-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function scan(dir: string) {
  const input = new ScanInput();
  const rejected: string[] = [];
  await readFeedFolder(dir, input, {
    onRejected: (file, r) => rejected.push(`${file}:${r.line}: ${r.code}`),
  });
  const findings = detectAll(input, { asOf: new Date('2026-11-01T00:00:00Z') });
  const bySeller = new Map<string, string>();
  for (const f of findings)
    bySeller.set(f.seller_id, `${bySeller.get(f.seller_id) ?? ''}${f.trigger}:${f.score.toFixed(3)} `);
  return { sellers: input.sellerIds.length, rejected, bySeller, notes: input.notesByCode };
}

describe('a dirty feed of the same seed', () => {
  it('loads every seller and finds what the clean feed finds, except where evidence was really removed', async () => {
    const options = { sellers: 400, seed: 7, days: 120, asOf: '2026-11-01' };
    await writeMarketplace({ ...options, out: join(base, 'clean') });
    await writeMarketplace({ ...options, out: join(base, 'dirty') });
    const truthBefore = readFileSync(join(base, 'dirty', 'truth.json'), 'utf8');
    const dirt = await dirtyFeed(join(base, 'dirty'), options.seed);
    expect(readFileSync(join(base, 'dirty', 'truth.json'), 'utf8')).toBe(truthBefore);
    expect(readFileSync(join(base, 'dirty', 'sellers.jsonl'), 'utf8')).toMatch(/^\ufeff.*\r\n/);

    const clean = await scan(join(base, 'clean'));
    const dirty = await scan(join(base, 'dirty'));
    expect(dirty.rejected).toEqual([]);
    expect(dirty.sellers).toBe(clean.sellers);
    const lost = new Set([...dirt.invalid_date_of_birth, ...dirt.phone_removed]);
    const differing = [...new Set([...clean.bySeller.keys(), ...dirty.bySeller.keys()])].filter(
      (id) => clean.bySeller.get(id) !== dirty.bySeller.get(id) && !lost.has(id),
    );
    expect(differing).toEqual([]);
    expect(clean.bySeller.size).toBeGreaterThan(30);
  }, 120_000);
});
