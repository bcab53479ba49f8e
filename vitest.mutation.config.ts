import { defineConfig } from 'vitest/config';

// Mutation testing (stryker.config.mjs) runs only the pure unit tests of the code it mutates.
// `MUTATION_TESTS` (comma-separated globs) narrows them further for a run on one file, so that
// `--coverageAnalysis all` (every test for every mutant) stays affordable (docs/mutation.md).
const narrowed = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: narrowed?.length
      ? narrowed
      : ['src/modules/cases/**/*.test.ts', 'src/modules/documents/checks/**/*.test.ts'],
    environment: 'node',
    // A loaded machine runs the registry's preflight test past vitest's default 5 s.
    testTimeout: 30_000,
  },
});
