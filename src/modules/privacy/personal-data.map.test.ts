import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { MAP_AREAS, PERSONAL_DATA_MAP } from './personal-data.map.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function schemaColumns(): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.schema.ts'),
  );
  for (const file of files) {
    const module = (await import(`${root}src/${file}`)) as Record<string, unknown>;
    for (const value of Object.values(module))
      if (value instanceof PgTable) {
        const config = getTableConfig(value);
        tables.set(
          config.name,
          config.columns.map((column) => column.name),
        );
      }
  }
  return tables;
}

describe('the personal data map', () => {
  it('classifies every column of every *.schema.ts table, and names no column that is gone', async () => {
    const tables = await schemaColumns();
    const unclassified: string[] = [];
    for (const [table, columns] of tables) {
      const entry = PERSONAL_DATA_MAP[table];
      for (const column of columns)
        if (!entry || !(column in entry.personal || entry.nonPersonal.includes(column)))
          unclassified.push(`${table}.${column}`);
    }
    expect(unclassified, 'add these to src/modules/privacy/personal-data.map.ts').toEqual([]);
    const stale = Object.entries(PERSONAL_DATA_MAP).flatMap(([table, entry]) =>
      [...Object.keys(entry.personal), ...entry.nonPersonal]
        .filter((column) => !tables.get(table)?.includes(column))
        .map((column) => `${table}.${column}`),
    );
    expect(stale).toEqual([]);
  });

  it('names each table in one area file only', () => {
    const named = MAP_AREAS.flatMap((area) => Object.keys(area));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((table, i) => named.indexOf(table) !== i)).toEqual([]);
  });

  it('never calls one column both personal and not', () => {
    for (const entry of Object.values(PERSONAL_DATA_MAP))
      for (const column of Object.keys(entry.personal)) expect(entry.nonPersonal).not.toContain(column);
  });

  it('is what docs/personal-data.md lists: every personal column, with its class', () => {
    const doc = readFileSync(`${root}docs/personal-data.md`, 'utf8');
    const missing = Object.entries(PERSONAL_DATA_MAP).flatMap(([table, entry]) =>
      Object.entries(entry.personal)
        .filter(([column, kind]) => !doc.includes(`| \`${table}.${column}\` | ${kind} |`))
        .map(([column]) => `${table}.${column}`),
    );
    expect(missing).toEqual([]);
  });
});
