import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANTED_TRIGGERS, writeMarketplace } from '@secondlook/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/modules/cases/index.js';
import { cleanFeedLine, type FeedKind, SALES_COLUMNS } from '../../src/modules/sellers/index.js';

// The simulator is its own package; these tests hold what it writes to what the product reads.
const dir = mkdtempSync(join(tmpdir(), 'generated-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await writeMarketplace({ sellers: 400, seed: 11, out: dir });
});

const lines = (file: string): string[] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);

describe('the simulator’s feed, read by the product', () => {
  it('has lines the feed contract reads without a refusal or a data-quality note', () => {
    const problems: string[] = [];
    const check = (kind: FeedKind, file: string, values: unknown[]) =>
      values.forEach((value, i) => {
        const result = cleanFeedLine(kind, value);
        if ('refused' in result || result.notes.length > 0)
          problems.push(`${file}:${i + 1}: ${JSON.stringify(result).slice(0, 200)}`);
      });
    const json = (file: string) => lines(file).map((line) => JSON.parse(line) as unknown);
    check('sellers', 'sellers.jsonl', json('sellers.jsonl'));
    check('events', 'events.jsonl', json('events.jsonl'));
    check('documents', 'documents.jsonl', json('documents.jsonl'));
    const [header, ...rows] = lines('sales.csv');
    expect(header).toBe(SALES_COLUMNS.join(','));
    const split = rows.map((row) => row.split(','));
    expect(split.filter((cells) => cells.length !== 4)).toEqual([]);
    check(
      'sales',
      'sales.csv',
      split.map(([seller_id, date, orders, revenue]) => ({ seller_id, date, orders, revenue })),
    );
    expect(problems).toEqual([]);
  });

  it('plants only triggers the product knows, and every one of them', () => {
    expect([...PLANTED_TRIGGERS].sort()).toEqual([...TRIGGERS].sort());
  });
});
