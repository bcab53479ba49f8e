import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';
import { importFeed } from '../../src/modules/sellers/index.js';
import { type Truth, writeMarketplace } from '../../src/modules/simulation/index.js';
import { scanStore } from '../../src/workflows/scan.workflow.js';
import { startTestApp, type TestApp } from '../support/app.js';

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
    for (const [kind, file] of [
      ['sellers', 'sellers.jsonl'],
      ['documents', 'documents.jsonl'],
      ['events', 'events.jsonl'],
      ['sales', 'sales.csv'],
    ] as const)
      await importFeed(kind, createReadStream(join(dir, file)), { db: t.context.db, clock: t.context.clock });
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
});
