/**
 * Quality of `account_association` (issue 3): pairwise precision/recall/F1 on FEBRL 1–3, and
 * pairwise precision/recall plus hard negatives on `secondlook generate` data. One engine, one
 * set of weights (`src/modules/risk/association/association.weights.ts`) for all of it.
 *
 *   npm run bench:association                 # FEBRL 1–3 (direct and through `scan --in`), generated seeds 11 (5,000) and 12 (20,000)
 *   ASSOC_SKIP_GENERATED=1 npm run bench:association   # FEBRL only
 *   ASSOC_GEN_DIR=/tmp/x npm run bench:association
 */
import { cpus, totalmem } from 'node:os';
import { type FebrlResult, runFebrl } from './febrl.js';
import { type FebrlFeedResult, runFebrlFeed } from './febrl-feed.js';
import { ensureGenerated, type MarketplaceResult, runMarketplace } from './marketplace.js';

const GENERATED: readonly { seed: number; sellers: number }[] = [
  { seed: 11, sellers: 5000 },
  { seed: 12, sellers: 20000 },
];
const base = process.env.ASSOC_GEN_DIR ?? '/tmp/assoc-gen';

const pct = (x: number): string => (x * 100).toFixed(2);
const f4 = (x: number): string => x.toFixed(4);

function febrlTable(rows: readonly FebrlResult[]): string {
  const lines = [
    '| set | records | true pairs | predicted pairs | correct | precision | recall | F1 | comparisons | seconds |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.set} | ${r.records} | ${r.true_pairs} | ${r.predicted_pairs} | ${r.correct_pairs} | ${f4(r.precision)} | ${f4(r.recall)} | ${f4(r.f1)} | ${r.comparisons} | ${r.seconds.toFixed(2)} |`,
    );
  return lines.join('\n');
}

function marketplaceTables(rows: readonly MarketplaceResult[]): string {
  const lines = [
    '| seed | sellers | events | planted clusters / pairs | found clusters | predicted pairs | correct | precision | recall | F1 | false pairs (of them via a Gmail dot variant) | planted members at score ≥ 0.6 | parse s | index s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.seed} | ${r.sellers} | ${r.events} | ${r.clusters_planted} / ${r.true_pairs} | ${r.clusters_found} | ${r.predicted_pairs} | ${r.correct_pairs} | ${f4(r.precision)} | ${f4(r.recall)} | ${f4(r.f1)} | ${r.predicted_pairs - r.correct_pairs} (${r.gmail_dot_pairs}) | ${r.planted_members_opening} / ${r.planted_members} | ${r.parse_seconds.toFixed(1)} | ${r.index_seconds.toFixed(1)} |`,
    );
  lines.push(
    '',
    '| seed | hard negatives | groups | pairs | pairs linked |',
    '| ---: | --- | ---: | ---: | ---: |',
  );
  for (const r of rows)
    for (const h of r.hard_negatives)
      lines.push(`| ${r.seed} | ${h.group} | ${h.groups} | ${h.pairs} | ${h.linked_pairs} |`);
  lines.push(
    '',
    '| seed | first link kind | planted pairs | found | recall % |',
    '| ---: | --- | ---: | ---: | ---: |',
  );
  for (const r of rows)
    for (const [kind, row] of Object.entries(r.recall_by_kind).sort())
      lines.push(`| ${r.seed} | ${kind} | ${row.pairs} | ${row.found} | ${pct(row.found / row.pairs)} |`);
  return lines.join('\n');
}

const febrl = [
  runFebrl('febrl1', 'dataset1.csv'),
  runFebrl('febrl2', 'dataset2.csv'),
  runFebrl('febrl3', 'dataset3.csv'),
];
const febrlFeed = [
  runFebrlFeed('febrl1', 'dataset1.csv', `${base}-febrl-feed`),
  runFebrlFeed('febrl2', 'dataset2.csv', `${base}-febrl-feed`),
  runFebrlFeed('febrl3', 'dataset3.csv', `${base}-febrl-feed`),
];

function febrlFeedTable(rows: readonly FebrlFeedResult[], direct: readonly FebrlResult[]): string {
  const lines = [
    '| set | records | loaded | refused | predicted pairs | correct | precision | recall | F1 | F1 direct mapping | scan --in s | data-quality notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.set} | ${r.records} | ${r.loaded} | ${r.refused} | ${r.predicted_pairs} | ${r.correct_pairs} | ${f4(r.precision)} | ${f4(r.recall)} | ${f4(r.f1)} | ${f4(direct.find((d) => d.set === r.set)?.f1 ?? Number.NaN)} | ${r.seconds.toFixed(1)} | ${r.notes} |`,
    );
  return lines.join('\n');
}
const generated: MarketplaceResult[] = [];
for (const { seed, sellers } of process.env.ASSOC_SKIP_GENERATED ? [] : GENERATED) {
  const dir = `${base}-${seed}-${sellers}`;
  ensureGenerated(dir, sellers, seed);
  generated.push(await runMarketplace(dir, seed));
}

const cpu = cpus();
console.log(
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n`,
);
console.log(`### FEBRL (pairwise, all pairs within a file)\n\n${febrlTable(febrl)}\n`);
console.log(
  `### FEBRL through the real path (sellers.jsonl with the source's gaps as null/empty → secondlook scan --in → findings.jsonl)\n\n${febrlFeedTable(febrlFeed, febrl)}\n`,
);
console.log(
  `### Generated marketplace (pairwise against truth.json clusters)\n\n${marketplaceTables(generated)}`,
);
