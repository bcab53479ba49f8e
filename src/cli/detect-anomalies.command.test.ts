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
  await program.parseAsync(['node', 'secondlook', 'detect-anomalies', '--in', path, ...extra]);
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
    await run(series(600, 400), '--out', output);
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

  it('scores a messy recording whole: repeated and backwards timestamps, a gap, a constant stretch, a missing value', async () => {
    const rows = series(900, 700).trim().split('\n');
    rows[301] = rows[300]!; // the same timestamp and value twice
    rows[401] = `2024-01-01 00:00:00,${rows[401]!.split(',')[1]}`; // the clock goes back to the start
    for (let i = 451; i < 600; i++) rows[i] = rows[i]!.replace(/,.*/, ',10'); // constant stretch
    rows[650] = rows[650]!.replace(/,.*/, ','); // missing value
    rows.splice(500, 50); // a gap of 50 rows
    const output = join(dir, 'scores.csv');
    await run(`${rows.join('\n')}\n`, '--out', output);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(rows.slice(1));
    const scores = lines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(scores[650 - 50 - 1]).toBe(0);
    expect(scores.indexOf(Math.max(...scores))).toBe(700 - 50);
    expect(process.exitCode).toBeUndefined();
    const warnings = errors.filter((e) => e.startsWith('secondlook: warning: '));
    expect(warnings.map((w) => w.split(' ')[2])).toEqual(['1', '1', '1', '1', '1']);
    expect(warnings.join('\n')).toMatch(
      /repeat the previous timestamp.*\n.*go back in time.*\n.*missing.*\n.*gap.*\n.*constant/,
    );
  });

  it.each([
    ['an empty file', '', 'EMPTY_BODY', ':1)'],
    ['a header without rows', 'timestamp,value\n', 'EMPTY_BODY', ':2)'],
    ['no timestamp column', 'time,value\n2024-01-01,1\n', 'MALFORMED_CSV', ':1)'],
  ])(
    'stops only when there is no series: %s gives a code and the line, exit code 2',
    async (_name, input, code, where) => {
      await run(input);
      expect(process.exitCode).toBe(2);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`secondlook: ${code} `);
      expect(errors[0]!.endsWith(where)).toBe(true);
    },
  );

  it('reports an unwritable output without a stack trace', async () => {
    await run(series(10, -1), '--out', join(dir, 'missing-folder', 'scores.csv'));
    expect(process.exitCode).toBe(2);
    expect(errors[0]).toMatch(/^secondlook: VALIDATION_FAILED cannot write the output: ENOENT/);
  });

  it('still takes the earlier option names, --input and --output', async () => {
    const program = new Command().exitOverride();
    registerDetectAnomaliesCommand(program);
    const path = join(dir, 'old-names.csv');
    const output = join(dir, 'old-names.scores.csv');
    writeFileSync(path, series(20, -1));
    await program.parseAsync(['node', 'secondlook', 'detect-anomalies', '--input', path, '--output', output]);
    expect(readFileSync(output, 'utf8').split('\n')[0]).toBe('timestamp,value,anomaly_score');
  });
});
