import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/modules/risk/index.js';
import type { EventParser } from '../../src/modules/risk/scan/events.engine.js';
import { detectAll, readFeedFolder, ScanInput } from '../../src/modules/risk/scan/index.js';
import { scanFeedFolderColumnar } from '../../src/modules/risk/scan/scan.columnar.js';

// The columnar batch scan against today's in-memory scan, seller for seller, on generated feeds
// (clean and dirty) and on sales rows written to hit each rule of the contract.
const ROOT = resolve(import.meta.dirname, '../..');
const generate = (out: string, ...flags: string[]) =>
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'bin/secondlook.mjs'),
      'generate',
      '--sellers',
      '300',
      '--seed',
      '11',
      '--out',
      out,
      ...flags,
    ],
    {
      stdio: 'ignore',
    },
  );

async function todays(dir: string) {
  const input = new ScanInput();
  const rejected: string[] = [];
  await readFeedFolder(dir, input, {
    onRejected: (file, r) => rejected.push(`${file.split('/').at(-1)}:${r.line} ${r.code} ${r.message}`),
  });
  return { input, rejected, findings: detectAll(input, { asOf: input.defaultAsOf() }) };
}

async function columnar(
  dir: string,
  partitions?: number,
  eventParser: EventParser = 'node',
  profilesThread = true,
) {
  const rejected: string[] = [];
  const scan = await scanFeedFolderColumnar(dir, {
    eventParser,
    profilesThread,
    onRejected: (file, r) => rejected.push(`${file.split('/').at(-1)}:${r.line} ${r.code} ${r.message}`),
    ...(partitions ? { partitions } : {}),
  });
  return { ...scan, rejected };
}

const bySeller = (findings: Finding[]) => {
  const map = new Map<string, string[]>();
  for (const finding of findings)
    map.set(finding.seller_id, [...(map.get(finding.seller_id) ?? []), JSON.stringify(finding)]);
  return map;
};

async function expectSameScan(dir: string, partitions?: number, eventParser: EventParser = 'node') {
  const before = await todays(dir);
  const after = await columnar(dir, partitions, eventParser);
  expect(after.asOf.toISOString()).toBe(before.input.defaultAsOf().toISOString());
  expect(after.findings.length).toBeGreaterThan(0);
  const old = bySeller(before.findings);
  const now = bySeller(after.findings);
  expect([...now.keys()].sort()).toEqual([...old.keys()].sort());
  for (const [sellerId, findings] of old) expect(now.get(sellerId), sellerId).toEqual(findings);
  expect(after.findings.map((f) => f.seller_id)).toEqual(before.findings.map((f) => f.seller_id));
  expect(Object.fromEntries(after.input.notesByCode)).toEqual(Object.fromEntries(before.input.notesByCode));
  expect(after.rejected.sort()).toEqual(before.rejected.sort());
  expect(after.input.counts).toEqual(before.input.counts);
  expect(after.input.skipped).toBe(before.input.skipped);
  expect(after.input.duplicates).toBe(before.input.duplicates);
  expect(after.input.latestEventAt).toBe(before.input.latestEventAt);
  return { before, after };
}

describe('columnar batch scan', { timeout: 240_000 }, () => {
  const base = mkdtempSync(join(tmpdir(), 'secondlook-columnar-test-'));
  const clean = join(base, 'clean');
  const dirty = join(base, 'dirty');
  beforeAll(() => {
    generate(clean);
    generate(dirty, '--dirty');
  }, 300_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('finds what the in-memory scan finds on a generated feed, seller for seller', async () => {
    const { after } = await expectSameScan(clean, undefined, 'engine');
    expect(after.partitions).toBe(1);
    // Every event line of a generated feed is canonical: SQL read them all.
    expect(after.eventsByContract).toBe(0);
    expect(after.input.counts.events).toBeGreaterThan(1000);
  });

  it('finds the same whatever the number of partitions', async () => {
    const { after } = await expectSameScan(clean, 4);
    expect(after.partitions).toBe(4);
  });

  it('reads events through the contract in Node when asked, with the same findings', async () => {
    const { after } = await expectSameScan(clean, undefined, 'node');
    expect(after.eventsByContract).toBe(after.input.counts.events + after.input.duplicates);
  });

  it('keeps the tolerant contract on the dirty twin: same findings, notes and refusals', async () => {
    // Rows the engine cannot read as canonical (quoted numbers, trailing commas, a BOM, CRLF).
    const sales = readFileSync(join(dirty, 'sales.csv'), 'utf8');
    expect(sales.startsWith('\uFEFF')).toBe(true);
    expect(sales).toMatch(/"\d+"/);
    expect(sales).toMatch(/,\r?\n/);
    await expectSameScan(dirty, 3);
    const { after } = await expectSameScan(dirty, 3, 'engine');
    expect(after.eventsByContract).toBeGreaterThan(0);
    expect(after.eventsByContract).toBeLessThan(after.input.counts.events / 2);
  });

  it('reads respelled, noted, refused, unknown and repeated sales rows as the contract does', async () => {
    const dir = join(base, 'edge');
    cpSync(clean, dir, { recursive: true });
    const sellers = readFileSync(join(dir, 'sellers.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 3)
      .map((l) => JSON.parse(l).seller_id as string);
    const [a, b, c] = sellers as [string, string, string];
    appendFileSync(
      join(dir, 'sales.csv'),
      [
        `${a},2026-10-30,400,5000.10`, // a day sent again, canonical: the last row wins
        `${a},2026-10-30,900,9000`,
        ` ${b} ,2026/10/29," 12 ",99.999`, // respelled: read through the contract
        `${b},2026-10-29,7,70`, // and sent again in canonical form after it
        `${c},20261028,twelve,-4`, // orders and revenue noted
        `${c},2026-02-31,1,1`, // refused: INVALID_REQUIRED_FIELD
        `,2026-10-01,1,1`, // refused: MISSING_REQUIRED_FIELD
        `NOBODY,2026-10-01,1,1`, // unknown seller: skipped
        `${a},2026-10-31T00:00:00Z,3,`, // a timestamp for a date, revenue absent
        `${b},2026-10-27,,12`, // orders absent: the day is unknown
        `${c},1850-01-01,1,1`, // refused: date out of range
        '',
      ].join('\n'),
    );
    const { before, after } = await expectSameScan(dir, 2);
    expect(before.input.notesByCode.get('INVALID_NUMBER')).toBe(1);
    expect(before.input.notesByCode.get('NEGATIVE_NUMBER')).toBe(1);
    expect(after.rejected.filter((r) => r.startsWith('sales.csv'))).toHaveLength(3);
  });

  it('reads respelled, noted, refused, unknown and repeated event lines as the contract does', async () => {
    const dir = join(base, 'events-edge');
    cpSync(clean, dir, { recursive: true });
    const [a, b, c] = readFileSync(join(dir, 'sellers.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 3)
      .map((l) => JSON.parse(l).seller_id as string) as [string, string, string];
    const at = '2026-10-30T10:00:00Z';
    const login = JSON.stringify({
      event_id: 'X1',
      seller_id: a,
      at,
      type: 'login',
      ip: '10.0.0.1',
      ip_country: 'FR',
      device_id: 'dev-x',
    });
    const byContract = [
      ` {"event_id":"X2","seller_id":" ${b} ","at":"2026-10-30T10:00:00+02:00","type":"LOGIN","ip_country":"fr"}`,
      `{"seller_id":"${c}","at":"${at}","type":"payout","bank_country":"Narnia","bank_account_number":12345}`,
      `{"seller_id":"${c}","at":"2026-10-30","type":"teleport"}`, // UNKNOWN_EVENT_TYPE
      `{"seller_id":"${c}","type":"login"}`, // MISSING_REQUIRED_FIELD
      'not json', // MALFORMED_JSON
      `\uFEFF{"seller_id":"${a}","at":"${at}","type":"login"}`, // a BOM inside the file: MALFORMED_JSON too
      `{"seller_id":"${a}","at":"${at}","type":"login","ip_country":"DE","ip_country":"GB"}`, // the last wins
      `{"seller_id":"${a}","at":"${at}","type":"card_added","card_fingerprint":"f1",}`, // DuckDB reads it
      `{"seller_id":"${a}","at":"${at}","type":"payout","amount":NaN}`, // and this
      `{"seller_id":"${b}","at":"${at}","type":"identity_check","result":"failed","reason":"doc\\u0000"}`,
      `{"seller_id":"${b}","at":"${at}","type":"shipment","ship_from":{"type":"seller","country":"CN","x":{"y":1}}}`,
      `{"seller_id":"${a}","at":"${at}","type":"profile_change","field":"contact.phone","old":"+44 20 7946 0000","new":{"x":1}}`,
      '[1,2]', // NOT_AN_OBJECT
      `{"seller_id":"${a}","at":"1850-10-30T10:00:00Z","type":"login"}`, // out of range
      `{"seller_id":"${a}","at":"${at}","type":"login","device_id":"${'d'.repeat(1_100_000)}"}`, // too long
    ];
    appendFileSync(
      join(dir, 'events.jsonl'),
      [
        login,
        login, // sent twice: one event
        ...byContract,
        `{"seller_id":"NOBODY","at":"${at}","type":"login"}`, // an unknown seller: skipped
        '',
        '   ',
        `{"seller_id":"${b}","at":"2026-10-31T23:59:59Z","type":"shipment","ship_from":{"type":"seller","country":"CN","address":"Shenzhen"}}`,
        '',
      ].join('\n'),
    );
    await expectSameScan(dir, 2);
    const { before, after } = await expectSameScan(dir, 2, 'engine');
    expect(after.eventsByContract).toBe(byContract.length);
    const refused = after.rejected.filter((r) => r.startsWith('events.jsonl'));
    expect(refused.map((r) => r.split(' ')[1])).toEqual([
      'UNKNOWN_EVENT_TYPE',
      'MISSING_REQUIRED_FIELD',
      'MALFORMED_JSON',
      'MALFORMED_JSON',
      'MALFORMED_JSON',
      'MALFORMED_JSON',
      'NOT_AN_OBJECT',
      'INVALID_REQUIRED_FIELD',
      'LINE_TOO_LONG',
    ]);
    expect(before.input.duplicates).toBeGreaterThan(0);
    expect(before.input.notesByCode.get('UNSTORABLE_TEXT')).toBe(1);
  });

  it('finds the same on one thread as with the profiles thread, refusals and notes in the same order', async () => {
    const dir = join(base, 'threads');
    cpSync(dirty, dir, { recursive: true });
    const [a] = readFileSync(join(dir, 'sellers.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 1)
      .map((l) => JSON.parse(l.replace(/^\uFEFF/, '')).seller_id as string) as [string];
    // Refused and noted lines in the files the profiles thread reads, and in the events.
    appendFileSync(join(dir, 'sellers.jsonl'), 'not json\n{"seller_id":""}\n');
    appendFileSync(join(dir, 'documents.jsonl'), `{"seller_id":"${a}","type":"passport"}\nnot json\n`);
    appendFileSync(
      join(dir, 'events.jsonl'),
      `not json\n{"seller_id":"${a}","at":"2026-10-30T10:00:00Z","type":"payout","bank_country":"Narnia"}\n`,
    );
    const one = await columnar(dir, 3, 'node', false);
    const two = await columnar(dir, 3, 'node', true);
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    expect(two.findings.map((f) => JSON.stringify(f))).toEqual(one.findings.map((f) => JSON.stringify(f)));
    expect(two.rejected).toEqual(one.rejected);
    expect(one.rejected.filter((r) => r.startsWith('sellers.jsonl')).length).toBeGreaterThan(1);
    expect(one.rejected.filter((r) => r.startsWith('documents.jsonl')).length).toBeGreaterThan(0);
    expect([...two.input.notesByCode]).toEqual([...one.input.notesByCode]);
    const fields = (scan: typeof one) => [...scan.input.notedFields].map(([id, f]) => [id, [...f]]);
    expect(fields(two)).toEqual(fields(one));
    expect(two.read).toEqual(one.read);
    expect(two.input.counts).toEqual(one.input.counts);
    expect(two.input.skipped).toBe(one.input.skipped);
    expect(two.input.sellerIds).toEqual(one.input.sellerIds);
    expect(two.partitions).toBe(3);
  });

  it('reads a folder without events or documents the same on both ways', async () => {
    const dir = join(base, 'no-events');
    cpSync(clean, dir, { recursive: true });
    rmSync(join(dir, 'events.jsonl'));
    rmSync(join(dir, 'documents.jsonl'));
    const one = await columnar(dir, undefined, 'node', false);
    const two = await columnar(dir, undefined, 'node', true);
    expect(two.read.missing).toEqual(['documents', 'events']);
    expect(two.read).toEqual(one.read);
    expect(two.findings.map((f) => JSON.stringify(f))).toEqual(one.findings.map((f) => JSON.stringify(f)));
    expect(two.findings.length).toBeGreaterThan(0);
  });

  it('fails the scan when the profiles thread cannot read a file, as on one thread', async () => {
    const dir = join(base, 'unreadable');
    cpSync(clean, dir, { recursive: true });
    rmSync(join(dir, 'documents.jsonl'));
    mkdirSync(join(dir, 'documents.jsonl'));
    await expect(columnar(dir, undefined, 'node', false)).rejects.toThrow(/EISDIR/);
    await expect(columnar(dir, undefined, 'node', true)).rejects.toThrow(/EISDIR/);
  });

  it('writes the same findings from the CLI on one thread and on two (--threads 2)', () => {
    const scan = (threads: string) => {
      const out = join(base, `cli-${threads}.jsonl`);
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'bin/secondlook.mjs'),
          'scan',
          '--in',
          clean,
          '--dry-run',
          '--out',
          out,
          '--threads',
          threads,
        ],
        { stdio: 'ignore' },
      );
      return readFileSync(out, 'utf8');
    };
    const one = scan('1');
    expect(one.length).toBeGreaterThan(0);
    expect(scan('2')).toBe(one);
  });
});
