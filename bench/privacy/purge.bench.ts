// `npx tsx bench/privacy/purge.bench.ts [sellers]`: retention purge throughput and erasure time on
// a generated marketplace in a fresh PGlite data folder. Prints a markdown block for docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openContext } from '../../src/app/context.js';
import { systemPrincipal } from '../../src/modules/access/index.js';
import { activePolicy } from '../../src/modules/cases/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { changePolicy } from '../../src/workflows/change-policy.workflow.js';
import { eraseSeller } from '../../src/workflows/erasure.workflow.js';
import { purgeByRetention } from '../../src/workflows/retention.workflow.js';

const sellers = Number(process.argv[2] ?? 10_000);
const root = mkdtempSync(join(tmpdir(), 'sl-privacy-bench-'));
process.env.SECONDLOOK_AUDIT_KEY ??= 'bench-audit-key';
const context = await openContext(loadConfig({ SECONDLOOK_DATA_DIR: root, SECONDLOOK_DEMO: 'false' }), {
  logger: silentLogger,
  workers: false,
});
const db = context.db;
const profile = (i: number) =>
  JSON.stringify({
    legal_rep: { full_name: `Person ${i}`, date_of_birth: '1980-01-01' },
    bank: { account_number: `GB${i}` },
  });
// Each seller: a profile, a closed case 400 days old, two messages.
for (let from = 0; from < sellers; from += 1000) {
  const ids = Array.from({ length: Math.min(1000, sellers - from) }, (_, k) => from + k);
  await db.execute(sql`insert into sellers (seller_id, status, entity_type, profile, profile_version, profile_hash)
    select 'B' || i, 'active', 'individual', ${sql.raw(`'${profile(0)}'`)}::jsonb, 1, 'h' from unnest(${sql.param(ids)}::int[]) i`);
  await db.execute(sql`insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by, deadline_at, closed_at, updated_at)
    select gen_random_uuid(), 'B' || i, 'withdrawn', 'low', 'bench', now() - interval '500 days', 'bench', now(), now() - interval '400 days', now()
    from unnest(${sql.param(ids)}::int[]) i`);
  await db.execute(sql`insert into case_messages (id, case_id, side, author, visibility, body, created_at)
    select gen_random_uuid(), c.id, 'seller', 'seller', 'thread', 'my account is GB' || n, now() - interval '450 days'
    from cases c, generate_series(1, 2) n where c.seller_id in (select 'B' || i from unnest(${sql.param(ids)}::int[]) i)`);
}
const { retention: _, ...policy } = await activePolicy(db);
await changePolicy(context, systemPrincipal('bench'), {
  ...policy,
  version: '2099-12-31.1',
  retention: {
    kinds: {
      messages: { after: 'case_closed', days: 365 },
      profile_versions: { after: 'case_closed', days: 365 },
    },
  },
});
const load = loadavg()[0]!.toFixed(2);
let started = performance.now();
const summary = await purgeByRetention(context);
const purgeSeconds = (performance.now() - started) / 1000;

await db.execute(sql`insert into sellers (seller_id, status, entity_type, profile, profile_version, profile_hash)
  values ('ERASE-ME', 'active', 'individual', ${profile(1)}::jsonb, 1, 'h')`);
started = performance.now();
const erasure = await eraseSeller(context, systemPrincipal('bench'), 'ERASE-ME');
const erasureSeconds = (performance.now() - started) / 1000;
await context.close();
rmSync(root, { recursive: true, force: true });

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, PGlite. Date: ${new Date().toISOString().slice(0, 10)}. Load average (1 min) at start: ${load}.`,
);
console.log(`Command: \`npx tsx bench/privacy/purge.bench.ts ${sellers}\`.\n`);
console.log('| measure | value |\n|---|---|');
console.log(`| sellers purged (messages + profile versions) | ${summary.kinds.messages?.sellers ?? 0} |`);
console.log(`| purge time, including compaction | ${purgeSeconds.toFixed(1)} s |`);
console.log(`| purge throughput | ${(sellers / purgeSeconds).toFixed(0)} sellers/s |`);
console.log(
  `| one erasure, request to completion (${sellers} other sellers on file) | ${erasureSeconds.toFixed(2)} s |`,
);
console.log(`| erasure compaction steps | ${erasure.compaction.length} |`);
