// `PURGE_SELLERS=100000 npx tsx bench/privacy/purge.bench.ts`: retention purge throughput, the time
// from an erasure request to its completion, and the size of one seller's archive, on a generated
// marketplace in a fresh PGlite data folder. Prints a markdown block for docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openContext } from '../../src/app/context.js';
import { buildServer } from '../../src/http/server.js';
import { createUser, logIn, systemPrincipal } from '../../src/modules/access/index.js';
import { activePolicy } from '../../src/modules/cases/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { silentLogger } from '../../src/platform/logger.js';
import { changePolicy } from '../../src/workflows/change-policy.workflow.js';
import { eraseSeller } from '../../src/workflows/erasure.workflow.js';
import { openOrUpdateCase } from '../../src/workflows/open-case.workflow.js';
import { purgeByRetention } from '../../src/workflows/retention.workflow.js';
import { multipart } from '../../test/support/multipart.js';
import { utilityBill } from '../../test/support/pdf.js';

const sellers = Number(process.env.PURGE_SELLERS ?? process.argv[2] ?? 10_000);
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
// Each seller: a profile and one earlier version, a closed case 400 days old, two messages.
for (let from = 0; from < sellers; from += 1000) {
  const ids = Array.from({ length: Math.min(1000, sellers - from) }, (_, k) => from + k);
  await db.execute(sql`insert into sellers (seller_id, status, entity_type, profile, profile_version, profile_hash)
    select 'B' || i, 'active', 'individual', ${sql.raw(`'${profile(0)}'`)}::jsonb, 1, 'h' from unnest(${sql.param(ids)}::int[]) i`);
  await db.execute(sql`insert into seller_profile_versions (seller_id, version, profile, profile_hash, recorded_at)
    select 'B' || i, 1, ${sql.raw(`'${profile(0)}'`)}::jsonb, 'h', now() - interval '500 days' from unnest(${sql.param(ids)}::int[]) i`);
  await db.execute(sql`insert into cases (id, seller_id, status, severity, policy_version, opened_at, opened_by, deadline_at, closed_at, updated_at)
    select gen_random_uuid(), 'B' || i, 'withdrawn', 'low', 'bench', now() - interval '500 days', 'bench', now(), now() - interval '400 days', now()
    from unnest(${sql.param(ids)}::int[]) i`);
  await db.execute(sql`insert into case_messages (id, case_id, side, author, visibility, body, created_at)
    select gen_random_uuid(), c.id, 'seller', 'seller', 'thread', 'my account is GB' || n, now() - interval '450 days'
    from cases c, generate_series(1, 2) n where c.seller_id in (select 'B' || i from unnest(${sql.param(ids)}::int[]) i)`);
}
async function tokenOf(role: 'admin' | 'seller', sellerId?: string) {
  const email = `${role}-${Math.random().toString(36).slice(2)}@bench.example`;
  await createUser(context.access, systemPrincipal('bench'), {
    email,
    password: 'correct horse battery',
    role,
    ...(sellerId ? { sellerId } : {}),
  });
  return (await logIn(context.access, email, 'correct horse battery')).token;
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

// One seller as the API makes one: a profile, an open case, two uploaded bills, three messages.
const server = await buildServer(context, { logger: false });
await server.ready();
const put = await server.inject({
  method: 'PUT',
  url: '/v1/sellers/ERASE-ME',
  headers: { authorization: `Bearer ${await tokenOf('admin')}`, 'content-type': 'application/json' },
  payload: JSON.stringify({
    seller_id: 'ERASE-ME',
    created_at: '2025-01-05T08:00:00Z',
    status: 'active',
    entity_type: 'individual',
    address: { line1: '9 Quay Street', city: 'Leeds', postal_code: 'LS1 4AB', country: 'GB' },
    legal_rep: { full_name: 'Imogen Fairweather', date_of_birth: '1984-02-29', nationality: 'GB' },
  }),
});
if (put.statusCode !== 200) throw new Error(`seller: ${put.body}`);
const opened = await openOrUpdateCase(context, {
  sellerId: 'ERASE-ME',
  source: 'manual',
  by: systemPrincipal('bench'),
  findings: [{ trigger: 'registration_mismatch', score: 1, summary: 'Logins from abroad.', evidence: {} }],
});
const caseId = (opened as { caseId: string }).caseId;
const seller = await tokenOf('seller', 'ERASE-ME');
let billBytes = 0;
for (const n of [1, 2]) {
  const bill = await utilityBill('Imogen Fairweather', [`${n} Quay Street`, 'Leeds LS1 4AB']);
  billBytes += bill.length;
  const { payload, contentType } = await multipart([
    ['type', 'utility_bill'],
    ['file', bill, `bill-${n}.pdf`],
  ]);
  await server.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/requirements/proof_of_address/documents`,
    payload,
    headers: { authorization: `Bearer ${seller}`, 'content-type': contentType },
  });
}
for (const n of [1, 2, 3])
  await server.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/messages`,
    headers: { authorization: `Bearer ${seller}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ body: `Message ${n}: the bills are for my flat on Quay Street.` }),
  });
started = performance.now();
const archive = await server.inject({
  method: 'GET',
  url: '/v1/sellers/ERASE-ME/archive',
  headers: { authorization: `Bearer ${seller}` },
});
const archiveSeconds = (performance.now() - started) / 1000;
const archiveBytes = archive.rawPayload.length;
await db.execute(sql`update cases set status = 'withdrawn', closed_at = now() where id = ${caseId}`);
started = performance.now();
const erasure = await eraseSeller(context, systemPrincipal('bench'), 'ERASE-ME');
const erasureSeconds = (performance.now() - started) / 1000;
await server.close();
await context.close();
rmSync(root, { recursive: true, force: true });

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, PGlite. Date: ${new Date().toISOString().slice(0, 10)}. Load average (1 min) at start: ${load}.`,
);
console.log(`Command: \`PURGE_SELLERS=${sellers} npx tsx bench/privacy/purge.bench.ts\`.\n`);
console.log('| measure | value |\n|---|---|');
console.log(`| sellers purged (messages + profile versions) | ${summary.kinds.messages?.sellers ?? 0} |`);
console.log(`| purge time, including compaction | ${purgeSeconds.toFixed(1)} s |`);
console.log(`| purge throughput | ${(sellers / purgeSeconds).toFixed(0)} sellers/s |`);
console.log(
  `| one erasure, request to completion (${sellers} other sellers on file) | ${erasureSeconds.toFixed(2)} s |`,
);
console.log(
  `| erasure: rows redacted, files removed | ${erasure.rows.reduce((n, r) => n + r.rows, 0)}, ${erasure.files_removed} |`,
);
console.log(`| erasure compaction steps | ${erasure.compaction.length} |`);
console.log(
  `| one seller's archive (2 PDF bills, ${billBytes} bytes in all; 3 messages): size, time | ${archiveBytes} bytes, ${archiveSeconds.toFixed(2)} s |`,
);
