// Mutation testing of the case rules and the document checks (docs/mutation.md): `npm run mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/modules/cases/case.state.ts',
    'src/modules/cases/case.timeline.ts',
    'src/modules/cases/deadlines.ts',
    'src/modules/cases/eta.ts',
    'src/modules/cases/policy.contract.ts',
    'src/modules/cases/requirement.materials.ts',
    'src/modules/cases/requirements.ts',
    'src/modules/cases/restrictions.ts',
    'src/modules/cases/triage.ts',
    'src/modules/documents/checks/*.ts',
    '!src/modules/documents/checks/*.test.ts',
    '!src/modules/documents/checks/fixtures.test-data.ts',
    '!src/modules/documents/checks/*.test-support.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.stryker/report.json' },
  tempDirName: '.stryker/tmp',
  incremental: false,
  ignorePatterns: ['.secondlook', '.bench', 'web/dist', '.stryker'],
};
