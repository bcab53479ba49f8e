import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` (recursively) that holds any of `values` in its bytes, as `file: value`. */
export function findValuesInFiles(root: string, values: readonly string[]): string[] {
  const needles = values.map((value) => ({ value, bytes: Buffer.from(value, 'utf8') }));
  const hits: string[] = [];
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    for (const needle of needles) if (bytes.includes(needle.bytes)) hits.push(`${name}: ${needle.value}`);
  }
  return hits;
}

/** The same search over byte strings read some other way (PostgreSQL's `pg_read_binary_file`). */
export function findValuesInBytes(
  files: { name: string; bytes: Buffer }[],
  values: readonly string[],
): string[] {
  return files.flatMap((file) =>
    values
      .filter((value) => file.bytes.includes(Buffer.from(value, 'utf8')))
      .map((value) => `${file.name}: ${value}`),
  );
}
