// Quality of the whole scan on generated marketplaces: precision, recall and F1 per trigger against
// truth.json, pairwise precision and recall of account association, and the hard negatives flagged.
// `npm run bench:scan-quality` (BENCH_SEEDS, BENCH_SELLERS to change the runs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Truth } from '@secondlook/simulator';
import { TRIGGERS } from '../../src/modules/cases/index.js';
import type { Finding } from '../../src/modules/risk/index.js';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const seeds = (process.env.BENCH_SEEDS ?? '101,202').split(',').map(Number);
const sellers = Number(process.env.BENCH_SELLERS ?? 5000);

/** The sellers truth.json plants for a trigger (for association: every member of a cluster). */
function plantedSellers(truth: Truth, trigger: string): Set<string> {
  if (trigger === 'account_association')
    return new Set(truth.positives.account_association.flatMap((c) => c.seller_ids));
  const list = truth.positives[trigger as Exclude<(typeof TRIGGERS)[number], 'account_association'>];
  return new Set(list.map((p) => p.seller_id));
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
};

const lines: string[] = [
  `Command: \`BENCH_SELLERS=${sellers} BENCH_SEEDS=${seeds.join(',')} npm run bench:scan-quality\`. Date: ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| seed | trigger | planted | flagged | precision | recall | F1 |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
const negativeLines: string[] = [
  '',
  '| seed | hard negative | sellers | flagged by its trigger |',
  '| --- | --- | ---: | ---: |',
];
const pairLines: string[] = [
  '',
  '| seed | association pairs planted | found | precision | recall | F1 |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
];

for (const seed of seeds) {
  const dir = join(ROOT, '.bench', `feed-${sellers}-seed${seed}`);
  if (!existsSync(join(dir, 'truth.json')))
    execFileSync(
      'node',
      [
        join(ROOT, 'bin/secondlook.mjs'),
        'generate',
        '--sellers',
        String(sellers),
        '--seed',
        String(seed),
        '--out',
        dir,
      ],
      {
        stdio: 'ignore',
      },
    );
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const input = new ScanInput();
  await readFeedFolder(dir, input, {
    onRejected: (file, r) => console.error(`${file}:${r.line}: ${r.code} ${r.message}`),
  });
  const findings = detectAll(input, { asOf: new Date(`${truth.generator.as_of}T00:00:00Z`) });
  const flagged = (trigger: string) =>
    new Set(findings.filter((f) => f.trigger === trigger).map((f) => f.seller_id));

  for (const trigger of TRIGGERS) {
    const planted = plantedSellers(truth, trigger);
    const got = flagged(trigger);
    const tp = [...got].filter((id) => planted.has(id)).length;
    const m = prf(tp, got.size - tp, planted.size - tp);
    lines.push(
      `| ${seed} | ${trigger} | ${planted.size} | ${got.size} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} |`,
    );
  }

  const hardNegatives: [string, string, string[]][] = [];
  for (const [trigger, lists] of Object.entries(truth.hard_negatives))
    for (const [name, list] of Object.entries(lists as Record<string, unknown[]>)) {
      const ids = list.flatMap((entry) =>
        typeof entry === 'string'
          ? [entry]
          : ((entry as { seller_ids?: string[]; seller_id?: string }).seller_ids ?? [
              (entry as { seller_id: string }).seller_id,
            ]),
      );
      hardNegatives.push([trigger, name, ids]);
    }
  for (const [trigger, name, ids] of hardNegatives) {
    const got = flagged(trigger);
    const positives = plantedSellers(truth, trigger);
    const negatives = [...new Set(ids)].filter((id) => !positives.has(id));
    negativeLines.push(
      `| ${seed} | ${trigger}.${name} | ${negatives.length} | ${negatives.filter((id) => got.has(id)).length} |`,
    );
  }

  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const plantedPairs = new Set<string>();
  for (const cluster of truth.positives.account_association)
    for (const a of cluster.seller_ids)
      for (const b of cluster.seller_ids) if (a < b) plantedPairs.add(pairKey(a, b));
  const foundPairs = new Set<string>();
  for (const f of findings.filter(
    (x): x is Finding & { related_seller_ids: string[] } =>
      x.trigger === 'account_association' && !!x.related_seller_ids,
  ))
    for (const other of f.related_seller_ids) foundPairs.add(pairKey(f.seller_id, other));
  const tpPairs = [...foundPairs].filter((k) => plantedPairs.has(k)).length;
  const pm = prf(tpPairs, foundPairs.size - tpPairs, plantedPairs.size - tpPairs);
  pairLines.push(
    `| ${seed} | ${plantedPairs.size} | ${foundPairs.size} | ${pct(pm.p)} | ${pct(pm.r)} | ${pct(pm.f1)} |`,
  );
}
console.log([...lines, ...pairLines, ...negativeLines].join('\n'));
