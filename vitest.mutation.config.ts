import { defineConfig } from 'vitest/config';

// Mutation testing (stryker.config.mjs) runs only the pure unit tests of the code it mutates.
export default defineConfig({
  test: {
    include: ['src/modules/cases/**/*.test.ts', 'src/modules/documents/checks/**/*.test.ts'],
    environment: 'node',
    // A loaded machine runs the registry's preflight test past vitest's default 5 s.
    testTimeout: 30_000,
  },
});
