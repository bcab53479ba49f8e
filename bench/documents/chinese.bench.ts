/**
 * Chinese sellers' documents end to end through preflight: 营业执照, PRC ID cards, Chinese bills,
 * drawn by the generator in 汉字 for sellers registered in China (a seed the checks were not tuned
 * on), benign with random variations and with planted defects. Verdicts against the truth.
 * `npm run bench:documents-chinese [-- --benign 16 --per-kind 2 --seed 13]`
 */
import { cpus, loadavg } from 'node:os';
import {
  BENIGN_VARIANTS,
  type DefectKind,
  generateSubmission,
  type Scenario,
  simulateSellerProfiles,
} from '@secondlook/simulator';
import { createConfiguredOcrPool } from '../../src/adapters/ocr/paddle.ocr-pool.js';
import { preflight } from '../../src/modules/documents/index.js';
import { loadConfig } from '../../src/platform/config.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const benign = arg('benign', 16);
const perKind = arg('per-kind', 2);
const seed = arg('seed', 13);
const AS_OF = '2026-11-01';
const KINDS: readonly DefectKind[] = ['name_mismatch', 'address_mismatch', 'expired', 'too_old'];
const SCENARIOS: Record<DefectKind | 'benign', Scenario[]> = {
  benign: ['registration_mismatch', 'identity_verification', 'account_association'],
  name_mismatch: ['registration_mismatch', 'identity_verification'],
  address_mismatch: ['registration_mismatch'],
  expired: ['identity_verification', 'registration_mismatch'],
  too_old: ['registration_mismatch'],
} as Record<DefectKind | 'benign', Scenario[]>;

// The engine as configured (`SECONDLOOK_OCR_ENGINE`), as the server and `secondlook preflight` read.
const ocr = createConfiguredOcrPool(loadConfig().ocrEngine);
if (!ocr.isAvailable('chi_sim')) throw new Error('chi_sim missing: npm ci');
const profiles = simulateSellerProfiles(seed, 400).filter((p) => p.record.business?.country === 'CN');
const plan = [
  ...Array.from({ length: benign }, (_, i) => ({ kind: 'benign' as const, i })),
  ...KINDS.flatMap((kind) => Array.from({ length: perKind }, (_, i) => ({ kind, i }))),
];
const rows = new Map<string, { n: number; fail: number; codes: Map<string, number> }>();
const forms = new Map<string, number>();
let ms = 0;
for (const [n, { kind, i }] of plan.entries()) {
  const profile = profiles[n % profiles.length]!;
  const scenarios = SCENARIOS[kind];
  const scenario = scenarios[i % scenarios.length]!;
  const variations = kind === 'benign' ? [BENIGN_VARIANTS[n % BENIGN_VARIANTS.length]!] : [];
  const s = await generateSubmission({
    profile,
    scenario,
    seed: seed * 1000 + n,
    asOf: AS_OF,
    allowHan: true,
    variations,
    donors: profiles,
    ...(kind === 'benign' ? {} : { defect: kind }),
  });
  for (const d of s.documents)
    forms.set(`${d.type}/${d.script}`, (forms.get(`${d.type}/${d.script}`) ?? 0) + 1);
  const started = performance.now();
  const report = await preflight(
    {
      seller: s.seller,
      asOf: AS_OF,
      documents: s.documents.map((d) => ({
        type: d.type,
        ...(d.variant && d.type === 'government_id' ? { variant: d.variant } : {}),
        files: d.files,
        rules: d.rules,
      })),
    },
    { ocr },
  );
  ms += performance.now() - started;
  const row = rows.get(kind) ?? { n: 0, fail: 0, codes: new Map() };
  row.n++;
  if (report.verdict === 'fail') row.fail++;
  for (const c of report.documents.flatMap((d) => d.checks).filter((c) => c.status === 'fail'))
    row.codes.set(c.code, (row.codes.get(c.code) ?? 0) + 1);
  rows.set(kind, row);
  console.error(
    n,
    kind,
    scenario,
    variations.join(','),
    s.documents.map((d) => `${d.type}/${d.form}/${d.script}`).join(' '),
    report.verdict,
    report.documents.flatMap((d) => d.checks.filter((c) => c.status === 'fail').map((c) => c.code)).join(' '),
  );
}
await ocr.close();
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}. Date: ${new Date().toISOString().slice(0, 10)}. Seed ${seed}; ${plan.length} submissions, ${(ms / plan.length / 1000).toFixed(1)} s each; documents ${JSON.stringify(Object.fromEntries(forms))}.`,
);
console.log('| kind | n | verdict fail | fail codes |');
console.log('| --- | ---: | ---: | --- |');
for (const [kind, r] of rows)
  console.log(`| ${kind} | ${r.n} | ${r.fail} | ${[...r.codes].map(([c, k]) => `${c} ${k}`).join(', ')} |`);
