import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * The shared specimen photos (outside data, never copied into the repository): `../shared` beside
 * the checkout, or `SECONDLOOK_SHARED_DIR`. Undefined where neither exists (a clone elsewhere), and
 * the tests that need them are skipped there, saying why.
 */
export function specimenDir(): string | undefined {
  const candidates = [
    ...(process.env.SECONDLOOK_SHARED_DIR ? [process.env.SECONDLOOK_SHARED_DIR] : []),
    join(ROOT, '../shared'),
    '/work/shared',
  ].map((dir) => join(dir, 'datasets/mrz-specimens'));
  return candidates.find((dir) => existsSync(dir));
}
