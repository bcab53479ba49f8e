import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTemplate } from './database.js';

/**
 * Migrates one template database per test run; each suite then starts from a copy of it
 * (a PGlite data-dir dump, or `CREATE DATABASE … TEMPLATE` on PostgreSQL).
 */
export default async function setup(project: TestProject) {
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const template = await createTemplate();
  if (template.kind === 'pglite') {
    const path = join(dir, `pglite-template-${process.pid}.tar.gz`);
    writeFileSync(path, template.dump);
    project.provide('dbTemplate', JSON.stringify({ kind: 'pglite', path }));
  } else {
    project.provide(
      'dbTemplate',
      JSON.stringify({ kind: 'postgres', url: template.url, name: template.name }),
    );
  }
  return async () => {
    await template.dispose();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}
