import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../app/context.js';
import { countUsers, createUser, type Role, systemPrincipal } from '../modules/access/index.js';
import { countSellers, type FeedKind } from '../modules/sellers/index.js';
import { type Truth, writeMarketplace } from '../modules/simulation/index.js';
import { importFeedWorkflow } from './import-feed.workflow.js';
import { scanStore } from './scan.workflow.js';

export const DEMO_PASSWORD = 'secondlook-demo';
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
export async function seedDemoIfEmpty(context: AppContext): Promise<DemoSeed | undefined> {
  if ((await countSellers(context.db)) > 0 || (await countUsers(context.db)) > 0) return undefined;
  const by = systemPrincipal('demo');
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
        password: DEMO_PASSWORD,
        role: person.role,
        displayName: person.name,
      });
    const sellerLogins = pickDemoSellers(truth);
    for (const { sellerId } of sellerLogins)
      await createUser(context.access, by, {
        email: sellerEmail(sellerId),
        password: DEMO_PASSWORD,
        role: 'seller',
        sellerId,
        displayName: `Seller ${sellerId}`,
      });
    return {
      sellers: DEMO_SELLERS,
      casesOpened: opened,
      password: DEMO_PASSWORD,
      logins: [
        ...STAFF.map((p) => ({ role: p.role, email: p.email })),
        ...sellerLogins.map((s) => ({ role: 'seller', email: sellerEmail(s.sellerId), note: s.note })),
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sellerEmail = (sellerId: string) => `seller-${sellerId.toLowerCase()}@demo.secondlook.dev`;

function pickDemoSellers(truth: Truth): { sellerId: string; note: string }[] {
  const picks: { sellerId: string; note: string }[] = [];
  const mismatch = truth.positives.registration_mismatch[0];
  if (mismatch) picks.push({ sellerId: mismatch.seller_id, note: 'operated from abroad' });
  const identity = truth.positives.identity_verification[0];
  if (identity) picks.push({ sellerId: identity.seller_id, note: 'identity check failed' });
  return picks;
}
