import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDetectAnomaliesCommand } from './detect-anomalies.command.js';

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detect-anomalies-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(input: string, ...extra: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerDetectAnomaliesCommand(program);
  const path = join(dir, 'series.csv');
  writeFileSync(path, input);
  await program.parseAsync(['node', 'secondlook', 'detect-anomalies', '--input', path, ...extra]);
}

function series(n: number, spikeAt: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 300_000).toISOString().replace('T', ' ').slice(0, 19);
    return `${at},${i === spikeAt ? 500 : 10 + Math.sin(i / 10)}`;
  });
  return `timestamp,value\n${rows.join('\n')}\n`;
}

describe('secondlook detect-anomalies', () => {
  it('writes timestamp,value,anomaly_score for every input row, in order, and flags the spike', async () => {
    const output = join(dir, 'scores.csv');
    await run(series(600, 400), '--output', output);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('timestamp,value,anomaly_score');
    expect(lines).toHaveLength(601);
    expect(lines[1]).toBe('2024-01-01 00:00:00,10,0');
    const scores = lines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(scores.indexOf(Math.max(...scores))).toBe(400);
    expect(scores[400]).toBeGreaterThan(0.9);
    expect(process.exitCode).toBeUndefined();
    expect(errors.at(-1)).toMatch(/scored 600 rows; \d+ with anomaly_score >= 0.5; wrote /);
  });

  it.each([
    ['an empty file', '', 'EMPTY_BODY', ':1)'],
    [
      'a bad number',
      'timestamp,value\n2024-01-01 00:00:00,1\n2024-01-01 00:05:00,n/a\n',
      'MALFORMED_CSV',
      ':3)',
    ],
    [
      'time going back',
      'timestamp,value\n2024-01-01 00:05:00,1\n2024-01-01 00:00:00,2\n',
      'VALIDATION_FAILED',
      ':3)',
    ],
  ])('stops on %s with a code and the line, exit code 2', async (_name, input, code, where) => {
    await run(input);
    expect(process.exitCode).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`secondlook: ${code} `);
    expect(errors[0]!.endsWith(where)).toBe(true);
  });

  it('reports an unwritable output without a stack trace', async () => {
    await run(series(10, -1), '--output', join(dir, 'missing-folder', 'scores.csv'));
    expect(process.exitCode).toBe(2);
    expect(errors[0]).toMatch(/^secondlook: VALIDATION_FAILED cannot write the output: ENOENT/);
  });
});
