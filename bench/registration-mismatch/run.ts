/**
 * registration_mismatch against generated marketplaces' truth:
 *   npm run bench:registration-mismatch                      (generates seeds 21 and 58, 5000 sellers each)
 *   npm run bench:registration-mismatch -- --seeds 21,58,7 --sellers 5000 [--days 90] [--as-of 2027-01-10]
 *   npm run bench:registration-mismatch -- --in DIR          (an existing `generate` output)
 * Per feed: precision, recall and F1 per seller (a finding on a planted seller is a hit) at any
 * finding and at the default policy's opening score, false positives on each hard-negative list,
 * recall by how the positive was planted, and the detector's time per seller. The detector runs
 * with its fixed constants; nothing here feeds back into it.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MismatchTruth as Planted, Truth } from '@secondlook/simulator';
import {
  detectRegistrationMismatch,
  type Finding,
  MISMATCH_RULES,
  type MismatchRules,
} from '../../src/modules/risk/index.js';
import { type EventRecord, parseFeed, type SellerRecord } from '../../src/modules/sellers/index.js';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const policy = JSON.parse(readFileSync('policy/default.policy.json', 'utf8')) as {
  triggers: { registration_mismatch: { open_score: number } };
};
const OPEN_SCORE = policy.triggers.registration_mismatch.open_score;

async function evaluate(dir: string) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const loadStarted = performance.now();
  let rejected = 0;
  const sellers: SellerRecord[] = [];
  for await (const parsed of parseFeed('sellers', createReadStream(join(dir, 'sellers.jsonl'))))
    if ('record' in parsed) sellers.push(parsed.record);
    else rejected++;
  const events = new Map<string, EventRecord[]>();
  let eventCount = 0;
  for await (const parsed of parseFeed('events', createReadStream(join(dir, 'events.jsonl')))) {
    if (!('record' in parsed)) {
      rejected++;
      continue;
    }
    eventCount++;
    const list = events.get(parsed.record.seller_id);
    if (list) list.push(parsed.record);
    else events.set(parsed.record.seller_id, [parsed.record]);
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const asOf = new Date(`${truth.generator.as_of}T00:00:00Z`);
  const none: EventRecord[] = [];
  const findings = new Map<string, Finding>();
  const runs = 5; // repeat the pass so the timing is not one cold loop
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let run = 0; run < runs; run++)
    for (const seller of sellers) {
      const finding = detectRegistrationMismatch(seller, events.get(seller.seller_id) ?? none, asOf);
      if (finding && run === 0) findings.set(seller.seller_id, finding);
    }
  const wall = (performance.now() - started) / 1000 / runs;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 / runs;

  const planted = new Map(truth.positives.registration_mismatch.map((p) => [p.seller_id, p]));
  const at = (threshold: number) => {
    const flagged = [...findings.values()].filter((f) => f.score >= threshold);
    const tp = flagged.filter((f) => planted.has(f.seller_id)).length;
    const precision = flagged.length ? tp / flagged.length : 1;
    const recall = planted.size ? tp / planted.size : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { threshold, flagged: flagged.length, tp, fp: flagged.length - tp, precision, recall, f1 };
  };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `\n${dir}: seed ${truth.generator.seed}, ${truth.generator.days} days, ${sellers.length} sellers, ${eventCount} events, ` +
      `${planted.size} planted, as of ${truth.generator.as_of}${rejected ? `, ${rejected} lines rejected` : ''}`,
  );
  console.log(
    `load+parse ${loadSeconds.toFixed(1)} s; detect ${(wall * 1000).toFixed(0)} ms wall, ${(cpuSeconds * 1000).toFixed(0)} ms CPU ` +
      `per pass = ${((cpuSeconds / sellers.length) * 1e6).toFixed(2)} µs CPU per seller (mean of ${runs} passes)`,
  );
  for (const s of [at(0), at(OPEN_SCORE)])
    console.log(
      `score >= ${s.threshold}: ${s.flagged} findings, TP ${s.tp} FP ${s.fp} FN ${planted.size - s.tp}; ` +
        `precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)}`,
    );
  const severities = new Map<string, number>();
  for (const f of findings.values()) severities.set(f.severity, (severities.get(f.severity) ?? 0) + 1);
  console.log(`severity of findings: ${[...severities].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  for (const [list, entries] of Object.entries(truth.hard_negatives.registration_mismatch)) {
    const ids = entries.map((e) => e.seller_id);
    const flagged = ids.filter((id) => findings.has(id));
    const opened = flagged.filter((id) => findings.get(id)!.score >= OPEN_SCORE);
    console.log(
      `hard negatives ${list}: ${flagged.length} of ${ids.length} flagged, ${opened.length} at open score`,
    );
  }

  const groups = new Map<string, { planted: number; found: number; opened: number }>();
  const add = (group: string, p: Planted) => {
    const g = groups.get(group) ?? { planted: 0, found: 0, opened: 0 };
    g.planted++;
    const f = findings.get(p.seller_id);
    if (f) g.found++;
    if (f && f.score >= OPEN_SCORE) g.opened++;
    groups.set(group, g);
  };
  const days = (p: Planted) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;
  for (const p of planted.values()) {
    add(days(p) >= 91 ? 'period >= 91 days' : 'period < 91 days', p);
    add(p.login_share >= 0.8 ? 'login share >= 0.8' : 'login share < 0.8', p);
    add(p.phone_country === p.operating_country ? 'phone from there' : 'phone from home', p);
    add(p.seller_shipment_share ? 'own shipments from there' : 'no own shipments in period', p);
  }
  console.log('recall by how the positive was planted (found / opened / planted):');
  for (const [group, g] of [...groups].sort())
    console.log(`  ${group.padEnd(28)} ${g.found} / ${g.opened} / ${g.planted}`);

  const wrong = [...findings.values()].filter((f) => {
    const p = planted.get(f.seller_id);
    return p && f.evidence.operating_country !== p.operating_country;
  });
  console.log(`found positives with the wrong operating country: ${wrong.length}`);
  const scores = [...planted.keys()].map((id) => findings.get(id)?.score ?? 0).sort((a, b) => a - b);
  const quantile = (q: number) => scores[Math.min(scores.length - 1, Math.floor(q * scores.length))] ?? 0;
  console.log(
    `scores of planted sellers: min ${quantile(0)}, p10 ${quantile(0.1)}, median ${quantile(0.5)}; ` +
      `of unplanted findings: ${
        [...findings.values()]
          .filter((f) => !planted.has(f.seller_id))
          .map((f) => f.score)
          .join(', ') || 'none'
      }`,
  );

  // Sensitivity: the same feed with the gates moved, to show how far the data sits from them.
  console.log(
    'sensitivity (findings at any score): minSustainedDays x minForeignLogins -> FP, FN, travel/vpn flagged',
  );
  const travel = new Set((truth.hard_negatives.registration_mismatch.travel ?? []).map((e) => e.seller_id));
  const vpn = new Set((truth.hard_negatives.registration_mismatch.vpn_noise ?? []).map((e) => e.seller_id));
  for (const minSustainedDays of [7, 14, 21, 28, 35, 42, 56]) {
    const cells: string[] = [];
    for (const minForeignLogins of [3, 5, 8]) {
      const rules: MismatchRules = { ...MISMATCH_RULES, minSustainedDays, minForeignLogins };
      let fp = 0;
      let tp = 0;
      let trips = 0;
      let noise = 0;
      for (const seller of sellers) {
        const f = detectRegistrationMismatch(seller, events.get(seller.seller_id) ?? none, asOf, rules);
        if (!f) continue;
        if (planted.has(seller.seller_id)) tp++;
        else fp++;
        if (travel.has(seller.seller_id)) trips++;
        if (vpn.has(seller.seller_id)) noise++;
      }
      cells.push(`${minForeignLogins}: ${fp}/${planted.size - tp}/${trips}/${noise}`.padEnd(16));
    }
    console.log(`  ${String(minSustainedDays).padStart(2)} days  ${cells.join(' ')}`);
  }
  if (process.argv.includes('--list')) {
    for (const f of findings.values())
      if (!planted.has(f.seller_id)) console.log(`  FP ${f.seller_id} ${f.score} ${f.summary}`);
    for (const p of planted.values())
      if (!findings.has(p.seller_id) || findings.get(p.seller_id)!.score < OPEN_SCORE)
        console.log(`  FN ${p.seller_id} ${findings.get(p.seller_id)?.score ?? '-'} ${JSON.stringify(p)}`);
  }
}

console.log(
  `registration_mismatch, constants ${JSON.stringify(MISMATCH_RULES)}; policy open_score ${OPEN_SCORE}`,
);
const input = option('--in');
if (input) await evaluate(input);
else {
  const sellers = option('--sellers') ?? '5000';
  for (const seed of (option('--seeds') ?? '21,58').split(',')) {
    const dir = mkdtempSync(join(tmpdir(), `secondlook-mismatch-${seed}-`));
    try {
      const extra = ['--days', '--as-of'].flatMap((name) => (option(name) ? [name, option(name)!] : []));
      execFileSync(
        'node',
        ['bin/secondlook.mjs', 'generate', '--sellers', sellers, '--seed', seed, '--out', dir, ...extra],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      await evaluate(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
