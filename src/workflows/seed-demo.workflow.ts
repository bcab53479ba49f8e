import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Truth, writeMarketplace } from '@secondlook/simulator';
import { countUsers, createUser, type Role, systemPrincipal } from '../modules/access/index.js';
import { countSellers, type FeedKind } from '../modules/sellers/index.js';
import type { Deps } from './deps.js';
import { importFeedWorkflow } from './import-feed.workflow.js';
import { scanStore } from './scan.workflow.js';

/** All of the process's dependencies: it imports, scans and re-evaluates through use cases that take every dependency. */
export type SeedDemoDeps = Deps;

/** Demo logins all end with this domain; a production store refuses to start with any of them. */
export const DEMO_EMAIL_DOMAIN = 'demo.secondlook.dev';
const DEMO_SELLERS = 300;
const DEMO_SEED = 42;

export interface DemoSeed {
  sellers: number;
  casesOpened: number;
  password: string;
  logins: { role: string; email: string; note?: string }[];
}

const STAFF: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@demo.secondlook.dev', name: 'Ada Admin' },
  { role: 'supervisor', email: 'supervisor@demo.secondlook.dev', name: 'Sam Supervisor' },
  { role: 'reviewer', email: 'reviewer@demo.secondlook.dev', name: 'Rita Reviewer' },
  { role: 'reviewer', email: 'reviewer2@demo.secondlook.dev', name: 'Li Na (second reviewer)' },
];

/**
 * On first start with an empty store: a generated marketplace, staff and seller logins, and the
 * cases the risk scan opens on it.
 */
export async function seedDemoIfEmpty(
  context: SeedDemoDeps,
  options: { password?: string | undefined; dataDir: string },
): Promise<DemoSeed | undefined> {
  if ((await countSellers(context.db)) > 0 || (await countUsers(context.db)) > 0) return undefined;
  const by = systemPrincipal('demo');
  // A password of this store's own, never one printed in a README: written beside the data, 0600.
  const password = options.password ?? randomBytes(12).toString('base64url');
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(join(options.dataDir, 'demo-password'), `${password}\n`, { mode: 0o600 });
  const dir = await mkdtemp(join(tmpdir(), 'secondlook-demo-'));
  try {
    const asOf = context.clock.now().toISOString().slice(0, 10);
    await writeMarketplace({ sellers: DEMO_SELLERS, seed: DEMO_SEED, out: dir, asOf });
    const files: [FeedKind, string][] = [
      ['sellers', 'sellers.jsonl'],
      ['documents', 'documents.jsonl'],
      ['events', 'events.jsonl'],
      ['sales', 'sales.csv'],
    ];
    for (const [kind, name] of files)
      await importFeedWorkflow(context, {
        kind,
        source: createReadStream(join(dir, name)),
        origin: `demo/${name}`,
        by,
      });
    const truth = (await import(join(dir, 'truth.json'), { with: { type: 'json' } })).default as Truth;

    const scan = await scanStore(context, { asOf: new Date(`${asOf}T00:00:00Z`), by });
    const opened = scan.cases?.opened ?? 0;

    for (const person of STAFF)
      await createUser(context.access, by, {
        email: person.email,
        password,
        role: person.role,
        displayName: person.name,
      });
    const sellerLogins = pickDemoSellers(truth);
    for (const { sellerId } of sellerLogins)
      await createUser(context.access, by, {
        email: sellerEmail(sellerId),
        password,
        role: 'seller',
        sellerId,
        displayName: `Seller ${sellerId}`,
      });
    return {
      sellers: DEMO_SELLERS,
      casesOpened: opened,
      password,
      logins: [
        ...STAFF.map((p) => ({ role: p.role, email: p.email })),
        ...sellerLogins.map((s) => ({ role: 'seller', email: sellerEmail(s.sellerId), note: s.note })),
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sellerEmail = (sellerId: string) => `seller-${sellerId.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;

function pickDemoSellers(truth: Truth): { sellerId: string; note: string }[] {
  const picks: { sellerId: string; note: string }[] = [];
  const mismatch = truth.positives.registration_mismatch[0];
  if (mismatch) picks.push({ sellerId: mismatch.seller_id, note: 'operated from abroad' });
  const identity = truth.positives.identity_verification[0];
  if (identity) picks.push({ sellerId: identity.seller_id, note: 'identity check failed' });
  return picks;
}
