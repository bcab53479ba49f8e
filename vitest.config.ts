import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// unit: pure code beside its source. medium: a real database (PGlite, or PostgreSQL when
// DATABASE_URL is set), each suite on a fresh copy of a migrated template. web: the web UI's
// components in happy-dom. e2e: processes and, for the web UI, Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Margins, not speed targets: a loaded 2-core machine runs the generator tests 5-10x slower.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['web/src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'medium',
          include: ['test/medium/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
