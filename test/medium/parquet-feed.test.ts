import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openColumnarEngine } from '../../src/adapters/columnar/duckdb.js';

// Parquet feed files (what warehouses export) beside the text ones: the same findings, and clear
// errors naming the file for a file that is not Parquet, is truncated or lacks a required column.
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/secondlook.mjs');
const run = async (cwd: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('Parquet feeds', () => {
  const base = mkdtempSync(join(tmpdir(), 'secondlook-parquet-test-'));
  const text = join(base, 'text');
  const parquet = join(base, 'parquet');
  beforeAll(async () => {
    await run(base, 'generate', '--sellers', '200', '--seed', '4', '--out', text);
    mkdirSync(parquet);
    const engine = await openColumnarEngine();
    for (const kind of ['sellers', 'events', 'documents'])
      await engine.run(
        `COPY (SELECT * FROM read_json('${text}/${kind}.jsonl')) TO '${parquet}/${kind}.parquet' (FORMAT parquet)`,
      );
    await engine.run(
      `COPY (SELECT * FROM read_csv('${text}/sales.csv')) TO '${parquet}/sales.parquet' (FORMAT parquet, ROW_GROUP_SIZE 5000)`,
    );
    engine.close();
  }, 300_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('scans a Parquet folder to the same findings as its text twin', { timeout: 300_000 }, async () => {
    const fromText = await run(base, 'scan', '--in', text, '--dry-run', '--out', join(base, 'text.jsonl'));
    const fromParquet = await run(
      base,
      'scan',
      '--in',
      parquet,
      '--dry-run',
      '--out',
      join(base, 'parquet.jsonl'),
    );
    expect(fromParquet).toMatchObject({ code: 0, stderr: '' });
    const findings = readFileSync(join(base, 'parquet.jsonl'), 'utf8');
    expect(findings.split('\n').length).toBeGreaterThan(10);
    expect(findings).toBe(readFileSync(join(base, 'text.jsonl'), 'utf8'));
    expect(fromParquet.stdout).toBe(fromText.stdout);
  });

  it('names each unreadable file, scans the rest and exits as for bad lines', {
    timeout: 300_000,
  }, async () => {
    const bad = join(base, 'bad');
    mkdirSync(bad);
    copyFileSync(join(parquet, 'sellers.parquet'), join(bad, 'sellers.parquet'));
    copyFileSync(join(text, 'events.jsonl'), join(bad, 'events.parquet')); // not what its name says
    const sales = readFileSync(join(parquet, 'sales.parquet'));
    writeFileSync(join(bad, 'sales.parquet'), sales.subarray(0, sales.length >> 1)); // truncated
    const engine = await openColumnarEngine();
    await engine.run(
      `COPY (SELECT seller_id AS id, type FROM read_json('${text}/documents.jsonl')) TO '${bad}/documents.parquet' (FORMAT parquet)`,
    );
    engine.close();
    const scan = await run(base, 'scan', '--in', bad, '--dry-run');
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('scanned 200 sellers');
    expect(scan.stderr).toContain(
      `${join(bad, 'events.parquet')}: MALFORMED_PARQUET not a readable Parquet file`,
    );
    expect(scan.stderr).toContain(`${join(bad, 'sales.parquet')}: MALFORMED_PARQUET`);
    expect(scan.stderr).toContain(
      `${join(bad, 'documents.parquet')}: MALFORMED_PARQUET lacks the columns seller_id, status`,
    );
    expect(scan.stderr).toContain('sales_anomaly cannot find anything without it');

    rmSync(join(bad, 'sellers.parquet'));
    const imported = await run(base, 'import', '--in', bad, '--sellers', join(parquet, 'sellers.parquet'));
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`${join(bad, 'events.parquet')}: MALFORMED_PARQUET`);
    expect(imported.stdout).toContain('sellers: lines landed 1-200');
  });
});
