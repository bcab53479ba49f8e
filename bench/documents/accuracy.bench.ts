/**
 * Accuracy of the document checks on generated submissions: per defect kind the share caught (and
 * caught by the right check group), and the share of benign submissions wrongly failed.
 * `npm run bench:documents-accuracy -- --per-kind 12 --benign 160 [--seed 7] [--concurrency 2]
 *   [--kinds cropped,edited_pdf_metadata,reused_image] [--only 46,120] [--out .bench/documents]
 *   [--engine tesseract|paddle|paddle-chinese]`
 * Benign submissions run first, each checked for reuse against the files of every other seller
 * examined before it: the `reuse` line counts the comparisons and the genuine submissions called
 * reused (false positives of `FILE_REUSED` / `IMAGE_REUSED`).
 * Results: .bench/documents/accuracy.json (and each outcome as it finishes in outcomes.jsonl);
 * failing files for inspection under .bench/documents/.
 */
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  DEFECT_KINDS,
  type DefectKind,
  type GeneratedDocument,
  type GeneratedSubmission,
  generateSubmission,
  hasCjkFont,
  type SellerProfile,
} from '@secondlook/simulator';
import { createConfiguredOcrPool, type OcrEngine } from '../../src/adapters/ocr/paddle.ocr-pool.js';
import { preflight } from '../../src/modules/documents/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { failedItems, type Outcome, REUSABLE, RIGHT_GROUP } from './accuracy.rules.js';
import { planCorpus } from './corpus.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const perKind = arg('per-kind', 12);
const benign = arg('benign', 160);
const seed = arg('seed', 7);
const concurrency = arg('concurrency', 2);
const kindsArg = process.argv.indexOf('--kinds');
const kinds: DefectKind[] | undefined =
  kindsArg > 0
    ? (process.argv[kindsArg + 1] ?? '').split(',').map((k) => {
        if (!(DEFECT_KINDS as readonly string[]).includes(k)) throw new Error(`unknown defect kind ${k}`);
        return k as DefectKind;
      })
    : undefined;
const onlyArg = process.argv.indexOf('--only');
/** `--only 46,120`: of the planned corpus, these submissions alone (to look again at a run's misses). */
const only = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',').map(Number)) : undefined;
const outArg = process.argv.indexOf('--out');
const AS_OF = '2026-11-01';
const OUT = outArg > 0 ? (process.argv[outArg + 1] ?? '.bench/documents') : '.bench/documents';

const engineArg = process.argv.indexOf('--engine');
/** `--engine tesseract`: the page OCR engine, as `SECONDLOOK_OCR_ENGINE` chooses it (its default otherwise). */
const engine = (engineArg > 0 ? process.argv[engineArg + 1] : loadConfig().ocrEngine) as OcrEngine;
const ocr = createConfiguredOcrPool(engine, { size: concurrency });
if (!ocr.isAvailable('eng')) throw new Error('English OCR data missing: is node_modules being reinstalled?');
const allowHan = ocr.isAvailable('chi_sim') && hasCjkFont;
const corpus = planCorpus({ seed, perKind, benign, allowHan, ...(kinds ? { kinds } : {}) });
const plan = only ? { ...corpus, submissions: corpus.submissions.filter((s) => only.has(s.index)) } : corpus;
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

/** Fingerprints of every file examined so far, by seller: what `findReuse` answers from. */
const seen: { seller_id: string; sha256: string; dhash?: string; text?: string }[] = [];
/** Image documents generated so far, for reused-image submissions to copy. */
const imageDocs: { profile: SellerProfile; document: GeneratedDocument }[] = [];

async function run(planned: (typeof plan.submissions)[number]): Promise<Outcome> {
  const { profile, scenario, defect } = planned;
  // A document of the kind this requirement set asks for, generated earlier for another seller.
  // An individual seller has no licence to stand in for.
  const reusable = REUSABLE[scenario].filter((t) => t !== 'business_license' || profile.record.business);
  const donors = imageDocs.filter(
    (d) => d.profile.record.seller_id !== profile.record.seller_id && reusable.includes(d.document.type),
  );
  const reuseFrom =
    defect === 'reused_image' ? donors[planned.index % Math.max(1, donors.length)] : undefined;
  const submission: GeneratedSubmission = await generateSubmission({
    profile,
    scenario,
    seed: seed * 100_000 + planned.index,
    asOf: AS_OF,
    variations: planned.variations,
    donors: plan.profiles,
    allowHan,
    ...(defect ? { defect } : {}),
    ...(reuseFrom ? { reuseFrom } : {}),
  });
  const started = performance.now();
  const sellerId = profile.record.seller_id;
  let reuseCandidates = 0;
  const report = await preflight(
    {
      seller: submission.seller,
      asOf: AS_OF,
      documents: submission.documents.map((d) => ({
        type: d.type,
        ...(d.variant && d.type === 'government_id' ? { variant: d.variant } : {}),
        files: d.files,
        rules: d.rules,
      })),
    },
    {
      ocr,
      findReuse: async (files) => {
        const candidates = seen.filter((c) => c.seller_id !== sellerId);
        reuseCandidates += candidates.length;
        for (const f of files)
          seen.push({
            seller_id: sellerId,
            sha256: f.sha256,
            ...(f.dhash ? { dhash: f.dhash } : {}),
            ...(f.text ? { text: f.text } : {}),
          });
        return candidates;
      },
    },
  );
  const ms = performance.now() - started;
  if (!defect)
    for (const document of submission.documents)
      if (
        document.form !== 'pdf' &&
        (document.type === 'government_id' || document.type === 'business_license')
      )
        imageDocs.push({ profile, document });
  const target: string | undefined = submission.documents.find((d) => d.defect)?.type;
  const failed = failedItems(report);
  const onTarget = failed.filter((f) => f.type === target || f.type === 'submission');
  const outcome: Outcome = {
    index: planned.index,
    seller: sellerId,
    scenario,
    ...(defect ? { defect } : {}),
    variations: submission.truth.variations,
    forms: submission.documents.map((d) => `${d.type}:${d.variant ?? ''}:${d.form}`),
    verdict: report.verdict,
    failed,
    rightGroup: defect ? onTarget.some((f) => f.group === RIGHT_GROUP[defect]) : false,
    reuseCandidates,
    reuseItems: report.documents.flatMap((d) =>
      d.checks
        .filter((c) => ['FILE_NOT_REUSED', 'FILE_REUSED', 'IMAGE_REUSED'].includes(c.code))
        .map((c) => {
          const near = (c.evidence.closest ?? c.evidence) as { distance?: number; similarity?: number };
          return { type: d.type, code: c.code, distance: near.distance, similarity: near.similarity };
        }),
    ),
    ms,
  };
  const wrong = defect ? report.verdict === 'pass' || !outcome.rightGroup : report.verdict === 'fail';
  if (wrong) {
    const dir = join(OUT, defect ? `missed-${defect}` : 'false-rejects', `${planned.index}-${sellerId}`);
    await mkdir(dir, { recursive: true });
    for (const d of submission.documents)
      for (const f of d.files) await writeFile(join(dir, `${d.type}-${f.name}`), f.bytes);
    // A copy not called reused: its texts beside the donor's, to see what the similarity missed.
    if (defect === 'reused_image')
      await writeFile(
        join(dir, 'texts.json'),
        JSON.stringify(
          {
            copy: seen.filter((c) => c.seller_id === sellerId).map((c) => c.text ?? ''),
            donor: seen
              .filter((c) => c.seller_id === reuseFrom?.profile.record.seller_id)
              .map((c) => c.text ?? ''),
          },
          null,
          2,
        ),
      );
    await writeFile(
      join(dir, 'report.json'),
      JSON.stringify(
        { seller: submission.seller, truth: submission.truth, forms: outcome.forms, report },
        null,
        2,
      ),
    );
  }
  return outcome;
}

const failures: { index: number; error: string }[] = [];

async function runAll(items: typeof plan.submissions): Promise<Outcome[]> {
  const results: Outcome[] = [];
  let next = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        const outcome = await run(item);
        results.push(outcome);
        // One line per submission as it finishes: a run stopped early still leaves its outcomes.
        await appendFile(join(OUT, 'outcomes.jsonl'), `${JSON.stringify(outcome)}\n`);
      } catch (error) {
        // A submission the generator or preflight could not make is counted, never silently dropped.
        failures.push({ index: item.index, error: error instanceof Error ? error.message : String(error) });
      }
      done++;
      if (done % 20 === 0)
        console.error(`  ${done}/${items.length} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

const wall = performance.now();
console.error(
  `seed ${seed}, ${plan.submissions.length} submissions, chi_sim ${allowHan ? 'yes' : 'no'}, excluded ${JSON.stringify(plan.excluded)}`,
);
// Reused images copy documents of earlier sellers: those run last.
const first = await runAll(plan.submissions.filter((s) => s.defect !== 'reused_image'));
const outcomes = [
  ...first,
  ...(await runAll(plan.submissions.filter((s) => s.defect === 'reused_image'))),
].sort((a, b) => a.index - b.index);
await ocr.close();

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const tally = (codes: string[]): string => {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
};
const rows = DEFECT_KINDS.map((kind) => {
  const of = outcomes.filter((o) => o.defect === kind);
  const caught = of.filter((o) => o.verdict === 'fail');
  const right = of.filter((o) => o.rightGroup);
  return {
    kind,
    n: of.length,
    caught: caught.length,
    rightGroup: right.length,
    falseAccepts: of.length - caught.length,
    codes: tally(of.flatMap((o) => [...new Set(o.failed.map((f) => f.code))])),
  };
});
const clean = outcomes.filter((o) => !o.defect);
const rejected = clean.filter((o) => o.verdict === 'fail');
const byVariation = Object.fromEntries(
  ['none', 'abbreviation', 'case', 'word_order', 'script', 'rotation', 'jpeg_noise', 'photo_background'].map(
    (v) => {
      const of = clean.filter((o) => (v === 'none' ? o.variations.length === 0 : o.variations.includes(v)));
      return [v, { n: of.length, rejected: of.filter((o) => o.verdict === 'fail').length }];
    },
  ),
);
const REUSE_CODES = new Set(['FILE_REUSED', 'IMAGE_REUSED']);
const calledReused = clean.filter((o) => o.failed.some((f) => REUSE_CODES.has(f.code)));
const reuse = {
  benignCompared: clean.filter((o) => o.reuseCandidates > 0).length,
  comparisons: clean.reduce((sum, o) => sum + o.reuseCandidates, 0),
  falsePositives: calledReused.map((o) => o.index),
  /** Genuine files whose nearest other seller's image is within 4 bits: how close honest files come. */
  benignNear: clean.flatMap((o) =>
    o.reuseItems.filter((r) => (r.distance ?? 99) <= 4).map((r) => ({ index: o.index, ...r })),
  ),
  defects: outcomes
    .filter((o) => o.defect === 'reused_image')
    .map((o) => ({ index: o.index, items: o.reuseItems })),
};
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const summary = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  load: loadavg().map((l) => l.toFixed(2)),
  command: process.argv.slice(2).join(' '),
  seed,
  perKind,
  asOf: AS_OF,
  chineseOcr: allowHan,
  excluded: plan.excluded,
  failures,
  wallSeconds: Math.round((performance.now() - wall) / 1000),
  preflightMs: {
    p50: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    max: Math.round(times.at(-1) ?? 0),
  },
  defects: rows,
  benign: {
    n: clean.length,
    falseRejects: rejected.length,
    rate: clean.length ? rejected.length / clean.length : 0,
    byVariation,
    reuse,
    codes: tally(rejected.flatMap((o) => [...new Set(o.failed.map((f) => `${f.type}/${f.code}`))])),
    cases: rejected.map((o) => ({
      index: o.index,
      seller: o.seller,
      scenario: o.scenario,
      variations: o.variations,
      forms: o.forms,
      failed: o.failed,
    })),
  },
};
await writeFile(join(OUT, 'accuracy.json'), JSON.stringify(summary, null, 2));

console.log(
  `\n${summary.machine}; load ${summary.load.join(' ')}; ${summary.wallSeconds} s; chi_sim ${allowHan}; engine ${engine}`,
);
console.log('| defect | n | caught | by the right group | false accepts | fail codes (submissions) |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const r of rows)
  console.log(
    `| ${r.kind} | ${r.n} | ${pct(r.caught, r.n)} | ${pct(r.rightGroup, r.n)} | ${r.falseAccepts} | ${r.codes} |`,
  );
console.log(
  `\nbenign: ${clean.length}, false rejects ${rejected.length} (${pct(rejected.length, clean.length)})`,
);
for (const [v, { n, rejected: r }] of Object.entries(byVariation)) console.log(`  ${v}: ${r}/${n}`);
console.log(`  codes: ${summary.benign.codes}`);
console.log(
  `reuse: ${reuse.benignCompared}/${clean.length} benign compared with other sellers' files (${reuse.comparisons} candidate files looked at), called reused ${reuse.falsePositives.length}`,
);
console.log(`  benign within 4 bits: ${JSON.stringify(reuse.benignNear)}`);
for (const d of reuse.defects) console.log(`  reused_image #${d.index}: ${JSON.stringify(d.items)}`);
if (failures.length > 0) console.log(`not run (errors): ${JSON.stringify(failures)}`);
