/**
 * The layers of Second Look and the one-way rule between them (docs/ARCHITECTURE.md, "Layers").
 * `npm test` runs this; `.dependency-cruiser-known-violations.json` lists the violations that were
 * there when the rules were written, so that only new ones fail. That list only ever shrinks:
 * regenerate it with `npm run deps:baseline` after removing one, never to admit a new one.
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle (type-only imports included) means two parts cannot be understood apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'app-is-the-top',
      severity: 'error',
      comment: 'app/ is the composition root: it collects everything, and nothing below it imports it.',
      from: { path: '^src/(platform|adapters|modules|workflows|http)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'platform-carries-no-domain',
      severity: 'error',
      comment: 'platform/ (config, errors, clock, crypto, logger, ports) knows no domain word.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(adapters|modules|workflows|http|cli|app)/' },
    },
    {
      name: 'modules-below-use-cases',
      severity: 'error',
      comment: 'Modules hold the domain; they never call a use case, a route or a command.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(workflows|http|cli|app)/' },
    },
    {
      name: 'workflows-below-interfaces',
      severity: 'error',
      comment: 'A use case does not know whether HTTP or the CLI called it.',
      from: { path: '^src/workflows/' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'adapters-implement-ports',
      severity: 'error',
      comment:
        'Adapters implement ports declared in platform/ or a module and import no use case; the database adapter collects the modules’ table schemas (drizzle needs them in one object).',
      from: { path: '^src/adapters/', pathNot: '^src/adapters/db/schema\\.ts$' },
      to: { path: '^src/(workflows|http|cli|app)/|^src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'only-a-module-index-from-outside',
      severity: 'error',
      comment: 'Outside a module, import its index.ts only: the module decides what it shares.',
      from: { path: '^src/(?!modules/)|^src/modules/([^/]+)/', pathNot: '^src/adapters/db/schema\\.ts$' },
      to: {
        path: '^src/modules/([^/]+)/(?!index\\.ts$)',
        pathNot: ['^src/modules/$1/'],
      },
    },
    {
      name: 'simulator-is-not-the-product',
      severity: 'error',
      comment: 'The generator is its own package; in src/ only `generate` and the demo seed use it.',
      from: {
        path: '^src/',
        pathNot: ['^src/cli/generate\\.command\\.ts$', '^src/workflows/seed-demo\\.workflow\\.ts$'],
      },
      to: { path: '^packages/simulator/' },
    },
    {
      name: 'web-talks-only-http',
      severity: 'error',
      comment: 'The web UI knows the server only through the HTTP API and its generated types.',
      from: { path: '^web/src/' },
      to: { path: '^(src|packages|test|bench)/' },
    },
    {
      name: 'packages-stand-alone',
      severity: 'error',
      comment: 'Workspace packages depend on each other and on npm packages, never on the product.',
      from: { path: '^packages/' },
      to: { path: '^(src|web|test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$|test-support|fixtures|testing\\.' },
    preserveSymlinks: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
