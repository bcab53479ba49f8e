import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { dirtyFeed, writeMarketplace } from '@secondlook/simulator';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { activePolicy, opensCase } from '../../src/modules/cases/index.js';
import { type Finding, partitionOf } from '../../src/modules/risk/index.js';
import { importFeed } from '../../src/modules/sellers/index.js';
import { isAppError } from '../../src/platform/errors.js';
import { scanStore } from '../../src/workflows/scan.workflow.js';
import { scanPartition } from '../../src/workflows/scan-partition.job.js';
import { scanStoreByPartitions } from '../../src/workflows/scan-partitions.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importFeedFolder } from '../support/feed.js';

// The store scan split into `scan.partition` jobs (docs/scale.md, "The store scan across worker
// processes") against the single-process store scan, on the same store, on both storages. The
// jobs run through the product's queue; this process is their worker.
describe('risk scan across partition jobs', () => {
  let t: TestApp;
  let dir: string;
  const by = systemPrincipal('scan');
  const asOf = new Date('2026-11-01T00:00:00Z');
  const P = 3;
  let single: Finding[];

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'secondlook-scan-partitions-'));
    await writeMarketplace({ sellers: 300, seed: 23, out: dir });
    await dirtyFeed(dir, 23);
    await importFeedFolder(t.context, dir);
    // Unusable revenue on two sellers' days (noted): findings that read it say what was unknown.
    const noted = 'seller_id,date,orders,revenue\nS000005,2026-10-30,3,lots\nS000059,2026-10-30,3,lots\n';
    await importFeed('sales', Readable.from([noted]), { db: t.context.db, clock: t.context.clock });
    await t.context.queue.work(scanPartition, (payload) => scanPartition.run(t.context, payload));
    single = [];
    await scanStore(t.context, { asOf, by, dryRun: true, onFinding: (f) => single.push(f) });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds what the single-process store scan finds, seller for seller', async () => {
    const split: Finding[] = [];
    const summary = await scanStoreByPartitions(t.context, {
      asOf,
      by,
      dryRun: true,
      partitions: P,
      pollMs: 100,
      onFinding: (f) => split.push(f),
    });
    expect(split.map((f) => JSON.stringify(f))).toEqual(single.map((f) => JSON.stringify(f)));
    expect(summary.partitions.map((p) => p.part)).toEqual([0, 1, 2]);
    expect(summary.partitions.reduce((n, p) => n + p.sellers, 0)).toBe(summary.sellers);
    const whole = await scanStore(t.context, { asOf, by, dryRun: true });
    expect({ ...summary, partitions: undefined }).toEqual({ ...whole, partitions: undefined });
    expect(Object.keys(summary.notes ?? {}).length).toBeGreaterThan(0);
    // The default scan date (the day after the store's latest date) is the single scan's.
    const byDefault = await scanStoreByPartitions(t.context, {
      by,
      dryRun: true,
      partitions: P,
      pollMs: 100,
    });
    expect(byDefault.asOf).toBe((await scanStore(t.context, { by, dryRun: true })).asOf);
    // The association findings link sellers of different partitions, which no partition alone could see.
    const across = split.filter(
      (f) =>
        f.trigger === 'account_association' &&
        (f.related_seller_ids ?? []).some((id) => partitionOf(id, P) !== partitionOf(f.seller_id, P)),
    );
    expect(across.length).toBeGreaterThan(0);
    // Findings that say what the dirty feed left unknown came through the partition's notes.
    expect(split.some((f) => 'could_not_check' in f.evidence)).toBe(true);
  });

  it('names the partition that failed; the others apply; a rerun completes and changes nothing more', async () => {
    const policy = await activePolicy(t.context.db);
    const opening = single.filter((f) => opensCase(f.trigger, f.score, policy));
    const victim = opening[0]!.seller_id;
    const failing = partitionOf(victim, P);
    await t.context.db.execute(
      sql.raw(`create function refuse_case_of_victim() returns trigger language plpgsql as $$
        begin
          if new.seller_id = '${victim}' then raise exception 'case refused for ${victim}'; end if;
          return new;
        end $$`),
    );
    await t.context.db.execute(
      sql.raw(
        'create trigger refuse_case_of_victim before insert on cases for each row execute function refuse_case_of_victim()',
      ),
    );
    const failure = await scanStoreByPartitions(t.context, { asOf, by, partitions: P, pollMs: 100 }).catch(
      (error: unknown) => error,
    );
    expect(isAppError(failure) && failure.code).toBe('SCAN_PARTITION_FAILED');
    expect((failure as Error).message).toMatch(
      new RegExp(`^partition ${failing} of ${P} \\(job [^)]+\\) failed: .*case refused for ${victim}`),
    );
    expect(failure).toMatchObject({ details: { where: `scan.partition ${failing}` } });
    expect((failure as Error).message).not.toContain('params');
    await t.context.db.execute(sql.raw('drop trigger refuse_case_of_victim on cases'));

    const rerun = await scanStoreByPartitions(t.context, { asOf, by, partitions: P, pollMs: 100 });
    const sellersOpening = new Set(opening.map((f) => f.seller_id)).size;
    expect(rerun.cases!.opened).toBeGreaterThan(0);
    expect(rerun.cases!.opened).toBeLessThan(sellersOpening);
    expect(rerun.cases!.opened + rerun.cases!.unchanged).toBe(sellersOpening);
    const again = await scanStoreByPartitions(t.context, { asOf, by, partitions: P, pollMs: 100 });
    expect(again.cases).toMatchObject({ opened: 0, updated: 0, unchanged: sellersOpening });
    // The single-process scan finds every case as the partitions left it.
    const whole = await scanStore(t.context, { asOf, by });
    expect(whole.cases).toEqual(again.cases);
  }, 120_000);

  it('refuses a partition count it cannot split into', async () => {
    for (const partitions of [0, Number.NaN, 2000])
      await expect(scanStoreByPartitions(t.context, { by, partitions })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { where: '--partitions' },
      });
  });
});
