import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../support/database.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/secondlook.mjs');
/** The README's data folder; the test runs in one of its own and reads the README with it. */
const TOUR_DIR = '/tmp/secondlook-tour';

interface Step {
  command: string;
  expectedExit: number;
  expected: string[];
}

/** The CLI tour of the README: each `$ npx secondlook …` line, the exit code its comment names, the lines it prints. */
function readTour(readme: string): { env: Record<string, string>; steps: Step[] } {
  const block = readme.split('<!-- tour:cli -->\n```sh\n')[1]?.split('\n```')[0];
  if (!block) throw new Error('README.md has no `<!-- tour:cli -->` block');
  const env: Record<string, string> = {};
  const steps: Step[] = [];
  for (const line of block.split('\n')) {
    if (!line.startsWith('$ ')) {
      steps.at(-1)?.expected.push(line);
      continue;
    }
    const [command = '', comment = ''] = line.slice(2).split(/\s+# /);
    const exported = /^export (\w+)=(\S+)$/.exec(command.trim());
    if (exported) env[exported[1]!] = exported[2]!;
    else
      steps.push({
        command: command.trim(),
        expectedExit: Number(/exit code (\d)/.exec(comment)?.[1] ?? 0),
        expected: [],
      });
  }
  return { env, steps };
}

/** Arguments as a shell splits them (double quotes only: all the tour uses). */
const argsOf = (command: string) =>
  [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(2); // drops `npx secondlook`

/**
 * Whether printed lines match the README's: a line that is only `…` stands for any number of
 * lines, and `…` within a line for any text (a time, a generated id or key).
 */
function matchesTour(actual: readonly string[], expected: readonly string[]): boolean {
  const pattern = (line: string) =>
    new RegExp(
      `^${line
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
  const match = (a: number, e: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === '…') return match(a, e + 1) || (a < actual.length && match(a + 1, e));
    return a < actual.length && pattern(expected[e]!).test(actual[a]!) && match(a + 1, e + 1);
  };
  return match(0, 0);
}

describe("the README's CLI tour", () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondlook-tour-'));
  const run = promisify(execFile);
  let ownDatabase: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) ownDatabase = await createScratchDatabase(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ownDatabase?.drop();
  });

  it('knows its wildcards', () => {
    expect(matchesTour(['in 1.2s', 'a', 'b', 'end'], ['in …s', '…', 'end'])).toBe(true);
    expect(matchesTour(['in 1.2s', 'end'], ['in …s', '…', 'end'])).toBe(true);
    expect(matchesTour(['in 1.2s', 'other'], ['in …s', 'end'])).toBe(false);
    expect(matchesTour(['x (y)'], ['x (y)'])).toBe(true);
  });

  it('prints what the README says, command by command, with the exit codes it names', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replaceAll(TOUR_DIR, dir);
    const { env, steps } = readTour(readme);
    expect(env.SECONDLOOK_DATA_DIR).toBe(dir);
    expect(steps.length).toBeGreaterThanOrEqual(7);
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      LOG_LEVEL: 'silent',
      SECONDLOOK_AUDIT_KEY: 'readme-tour-key',
      ...(ownDatabase ? { DATABASE_URL: ownDatabase.url } : {}),
    };
    if (!ownDatabase) delete childEnv.DATABASE_URL;
    for (const step of steps) {
      let exit = 0;
      let printed = '';
      try {
        const { stdout, stderr } = await run('node', [CLI, ...argsOf(step.command)], {
          env: childEnv,
          cwd: ROOT,
          maxBuffer: 16 * 1024 * 1024,
        });
        printed = stderr + stdout;
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        exit = e.code;
        printed = e.stderr + e.stdout;
      }
      const lines = printed.replace(/^\n+|\n+$/g, '').split('\n');
      expect(exit, `${step.command}\n${printed}`).toBe(step.expectedExit);
      expect(
        matchesTour(lines, step.expected),
        `${step.command} printed:\n${printed}\nthe README says:\n${step.expected.join('\n')}`,
      ).toBe(true);
    }
  }, 900_000);
});
