import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type Truth, writeMarketplace } from '@secondlook/simulator';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/adapters/db/database.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';
import { importFeed } from '../../src/modules/sellers/index.js';
import { scanStore } from '../../src/workflows/scan.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { importFeedFolder } from '../support/feed.js';

describe('risk scan', () => {
  let t: TestApp;
  let dir: string;
  let truth: Truth;
  const by = systemPrincipal('scan');
  const asOf = new Date('2026-11-01T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'secondlook-scan-'));
    await writeMarketplace({ sellers: 400, seed: 5, out: dir });
    truth = (await import(join(dir, 'truth.json'), { with: { type: 'json' } })).default as Truth;
    await importFeedFolder(t.context, dir);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the same from the files as from the store', async () => {
    const fromFiles = new ScanInput();
    await readFeedFolder(dir, fromFiles, {
      onRejected: () => expect.fail('no line of a generated feed is rejected'),
    });
    const fileFindings = detectAll(fromFiles, { asOf });
    const storeFindings: unknown[] = [];
    await scanStore(t.context, { asOf, by, dryRun: true, onFinding: (f) => storeFindings.push(f) });
    expect(storeFindings).toEqual(fileFindings);
    const flagged = (trigger: string) =>
      new Set(fileFindings.filter((f) => f.trigger === trigger).map((f) => f.seller_id));
    expect(flagged('identity_verification')).toEqual(
      new Set(truth.positives.identity_verification.map((p) => p.seller_id)),
    );
    expect(flagged('missing_documentation')).toEqual(
      new Set(truth.positives.missing_documentation.map((p) => p.seller_id)),
    );
  });

  it('opens cases per policy, and a second run changes nothing', async () => {
    const first = await scanStore(t.context, { asOf, by });
    expect(first.cases?.opened).toBeGreaterThan(10);
    expect(first.cases?.updated).toBe(0);
    const second = await scanStore(t.context, { asOf, by });
    expect(second.cases).toMatchObject({ opened: 0, updated: 0, unchanged: first.cases!.opened });
  });

  it('scans individuals as the feed sends them and opens their cases', async () => {
    const sellers = [
      // Only a registered address: no business at all.
      {
        seller_id: 'IND1',
        entity_type: 'individual',
        address: { line1: '1 Rue A', city: 'Lyon', country: 'fr' },
      },
      // A trading name and a null registration number, as individuals are exported.
      {
        seller_id: 'IND2',
        entity_type: 'individual',
        business: { legal_name: 'Ann Crafts', registration_number: null, country: 'GB' },
        legal_rep: { full_name: 'Ann Lee', date_of_birth: null },
      },
    ];
    const events = [
      {
        seller_id: 'IND1',
        type: 'identity_check',
        at: '2026-10-01T10:00Z',
        result: 'failed',
        reason: 'blurry',
      },
      {
        seller_id: 'IND2',
        type: 'identity_check',
        at: '2026-10-01T10:00:00Z',
        result: 'failed',
        reason: 'expired',
      },
      // The later pass, with the null reason a passed check carries, clears the failure.
      {
        seller_id: 'IND2',
        type: 'identity_check',
        at: '2026-10-02T10:00:00+02:00',
        result: 'passed',
        reason: null,
      },
    ];
    const lines = (rows: object[]) => Readable.from([rows.map((r) => `${JSON.stringify(r)}\n`).join('')]);
    const options = {
      db: t.context.db,
      clock: t.context.clock,
      onRejected: () => expect.fail('nothing refused'),
    };
    expect(await importFeed('sellers', lines(sellers), options)).toMatchObject({ accepted: 2, rejected: 0 });
    expect(await importFeed('events', lines(events), options)).toMatchObject({ accepted: 3, rejected: 0 });
    const findings: Finding[] = [];
    const result = await scanStore(t.context, { asOf, by, onFinding: (f) => findings.push(f) });
    const of = (id: string) => findings.filter((f) => f.seller_id === id).map((f) => f.trigger);
    expect(of('IND1')).toContain('identity_verification');
    expect(of('IND2')).not.toContain('identity_verification');
    expect(result.cases?.opened).toBeGreaterThanOrEqual(1);
    const cases = rowsOf<{ n: number }>(
      await t.context.db.execute(sql`select count(*)::int as n from cases where seller_id = 'IND1'`),
    );
    expect(cases[0]?.n).toBe(1);
  });
});
