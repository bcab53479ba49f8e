/**
 * Dirty feed against clean feed of one seed (issue 11): `secondlook generate` with and without
 * `--dirty`, each through `secondlook scan --in`; sellers loaded, findings compared seller for
 * seller, data-quality notes by code, and the scan's time. With FEEDS_STORE=1 also `import` then
 * `scan` from the store (PGlite), timed.
 *
 *   npx tsx bench/feeds/dirty.ts [sellers=10000] [seed=21]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/secondlook.mjs');
const BENCH = join(ROOT, '.bench');
const sellers = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 21);

interface Finding {
  seller_id: string;
  trigger: string;
  score: number;
}

function ensure(dirty: boolean): string {
  const dir = join(BENCH, `feeds-${dirty ? 'dirty' : 'clean'}-${sellers}-seed${seed}`);
  if (existsSync(join(dir, 'truth.json'))) return dir;
  mkdirSync(BENCH, { recursive: true });
  const args = [CLI, 'generate', '--sellers', String(sellers), '--seed', String(seed), '--out', dir];
  execFileSync('node', dirty ? [...args, '--dirty'] : args, { stdio: 'inherit' });
  return dir;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { out: string; seconds: number } {
  const started = performance.now();
  let out: string;
  try {
    out = execFileSync('node', [CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    // `import` exits 1 when some lines were refused: its output is still the summary.
    out = String((error as { stdout?: unknown }).stdout ?? '');
  }
  return { out, seconds: (performance.now() - started) / 1000 };
}

function scanIn(dir: string) {
  const out = join(dir, 'findings.jsonl');
  const run = cli(['scan', '--in', dir, '--dry-run', '--out', out]);
  const findings = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Finding);
  const scanned = Number(run.out.match(/scanned (\d+) sellers/)?.[1] ?? 0);
  const notes = run.out.match(/data-quality notes: (.*)/)?.[1] ?? 'none';
  return { findings, scanned, notes, seconds: run.seconds };
}

function byseller(findings: Finding[]): Map<string, string> {
  const map = new Map<string, string[]>();
  for (const f of findings) map.set(f.seller_id, [...(map.get(f.seller_id) ?? []), f.trigger]);
  return new Map([...map].map(([id, triggers]) => [id, triggers.sort().join('+')]));
}

function storeRun(dir: string) {
  const data = join(BENCH, `feeds-store-${process.pid}`);
  rmSync(data, { recursive: true, force: true });
  const env = { SECONDLOOK_DATA_DIR: data, SECONDLOOK_DEMO: 'false', SECONDLOOK_WORKERS: 'false' };
  const imported = cli(['import', '--in', dir], env);
  const scanned = cli(['scan', '--dry-run'], env);
  rmSync(data, { recursive: true, force: true });
  return { importSeconds: imported.seconds, scanSeconds: scanned.seconds, importOut: imported.out };
}

const cleanDir = ensure(false);
const dirtyDir = ensure(true);
const clean = scanIn(cleanDir);
const dirty = scanIn(dirtyDir);
const dirt = JSON.parse(readFileSync(join(dirtyDir, 'dirt.json'), 'utf8')) as {
  invalid_date_of_birth: string[];
  phone_removed: string[];
};
const lostEvidence = new Set([...dirt.invalid_date_of_birth, ...dirt.phone_removed]);
const a = byseller(clean.findings);
const b = byseller(dirty.findings);
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort();
const explained = differing.filter((id) => lostEvidence.has(id));
const unexplained = differing.filter((id) => !lostEvidence.has(id));

const cpu = cpus();
console.log(
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Command: npx tsx bench/feeds/dirty.ts ${sellers} ${seed}\n`,
);
console.log('| feed | sellers scanned | findings | scan --in s |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| clean | ${clean.scanned} | ${clean.findings.length} | ${clean.seconds.toFixed(1)} |`);
console.log(`| dirty | ${dirty.scanned} | ${dirty.findings.length} | ${dirty.seconds.toFixed(1)} |`);
console.log(
  `\nSellers whose triggers differ: ${differing.length} (explained by evidence the dirty feed really removed: ${explained.length}; unexplained: ${unexplained.length}${unexplained.length ? ` — ${unexplained.slice(0, 20).join(', ')}` : ''}).`,
);
for (const id of explained) console.log(`  ${id}: clean ${a.get(id) ?? '-'} / dirty ${b.get(id) ?? '-'}`);
console.log(
  `Evidence removed on purpose: ${dirt.invalid_date_of_birth.length} unreadable dates of birth, ${dirt.phone_removed.length} phones left out.`,
);
console.log(`Data-quality notes (dirty): ${dirty.notes}`);
if (process.env.FEEDS_STORE) {
  const c = storeRun(cleanDir);
  const d = storeRun(dirtyDir);
  console.log('\n| feed | import s | scan (store) s |');
  console.log('| --- | ---: | ---: |');
  console.log(`| clean | ${c.importSeconds.toFixed(1)} | ${c.scanSeconds.toFixed(1)} |`);
  console.log(`| dirty | ${d.importSeconds.toFixed(1)} | ${d.scanSeconds.toFixed(1)} |`);
  console.log(`\nclean import:\n${c.importOut}\ndirty import:\n${d.importOut}`);
}
process.exitCode = unexplained.length === 0 ? 0 : 1;
