import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { AppContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import { type FeedKind, importFeed, type SellerRecord } from '../../src/modules/sellers/index.js';
import { importFeedWorkflow } from '../../src/workflows/import-feed.workflow.js';

/** Two unrelated European businesses, for tests where one seller links to another. */
const EUROPEAN_BUSINESSES = {
  northwind: {
    business: {
      legal_name: 'Northwind Goods Ltd',
      registration_number: '09876543',
      country: 'GB',
      address: { line1: '1 High Street', city: 'Leeds', postal_code: 'LS1 1AA', country: 'GB' },
    },
    legal_rep: { full_name: 'Tom Baker', date_of_birth: '1966-01-20' },
  },
  rossi: {
    business: {
      legal_name: 'Rossi Import S.r.l.',
      registration_number: '07643520567',
      country: 'IT',
      address: { line1: 'Via Roma 5', city: 'Milano', country: 'IT' },
    },
    legal_rep: { full_name: 'Maria Rossi', date_of_birth: '1979-04-12' },
  },
} satisfies Record<string, Partial<SellerRecord>>;

/** A business seller registered as Northwind Goods (GB) or Rossi Import (IT). */
export const europeanSeller = (sellerId: string, which: keyof typeof EUROPEAN_BUSINESSES): SellerRecord =>
  businessSeller(sellerId, EUROPEAN_BUSINESSES[which]);

export function businessSeller(sellerId: string, overrides: Partial<SellerRecord> = {}): SellerRecord {
  return {
    seller_id: sellerId,
    created_at: '2025-01-05T08:00:00Z',
    status: 'active',
    entity_type: 'business',
    business: {
      legal_name: `${sellerId} Trading Co., Ltd.`,
      registration_number: '91440300MA5FXXXXXX',
      country: 'CN',
      address: { line1: 'No. 18 Keyuan Road', line2: 'Room 1203', city: 'Shenzhen', country: 'CN' },
    },
    legal_rep: { full_name: 'Zhang Wei', date_of_birth: '1985-03-02' },
    ...overrides,
  };
}

export async function loadSellers(context: AppContext, sellers: SellerRecord[]): Promise<void> {
  await importFeed('sellers', Readable.from(sellers.map((s) => `${JSON.stringify(s)}\n`)), {
    db: context.db,
    clock: context.clock,
  });
}

/** Feed lines through the import workflow, as the CLI and the API bring them in. */
export function importFeedLines(
  context: Parameters<typeof importFeedWorkflow>[0],
  kind: FeedKind,
  lines: string[],
) {
  return importFeedWorkflow(context, {
    kind,
    source: Readable.from(lines.map((line) => `${line}\n`)),
    origin: 'test setup',
    by: systemPrincipal('test'),
  });
}

/** A marketplace generated into `out` by the CLI (`secondlook generate`). */
export function generateFeed(
  out: string,
  sellers: number,
  seed: number,
  flags: readonly string[] = [],
): void {
  const cli = join(resolve(import.meta.dirname, '../..'), 'bin/secondlook.mjs');
  const args = ['generate', '--sellers', String(sellers), '--seed', String(seed), '--out', out, ...flags];
  execFileSync(process.execPath, [cli, ...args], { stdio: 'ignore' });
}

/** Findings grouped by seller, each as JSON: two runs compared seller for seller. */
export function findingsBySeller(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const finding of findings)
    map.set(finding.seller_id, [...(map.get(finding.seller_id) ?? []), JSON.stringify(finding)]);
  return map;
}

/** Imports a generated feed folder's four files into the store, sellers first. */
export async function importFeedFolder(
  context: Pick<AppContext, 'db' | 'clock'>,
  dir: string,
): Promise<void> {
  for (const [kind, file] of [
    ['sellers', 'sellers.jsonl'],
    ['documents', 'documents.jsonl'],
    ['events', 'events.jsonl'],
    ['sales', 'sales.csv'],
  ] as const)
    await importFeed(kind, createReadStream(join(dir, file)), { db: context.db, clock: context.clock });
}
