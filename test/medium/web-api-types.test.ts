import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_PATH, renderApiTypes } from '../../scripts/api-types.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** The web UI's typed client compiles against web/src/api/schema.d.ts: it must be what the API says. */
describe('the web API client types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are generated from the OpenAPI document the server serves (run `npm run api:generate` if not)', async () => {
    const document = (await t.server.inject({ method: 'GET', url: '/openapi.json' })).json();
    const committed = readFileSync(join(import.meta.dirname, '../..', API_TYPES_PATH), 'utf8');
    expect(committed).toBe(await renderApiTypes(document));
  });

  it('describe the fields the web UI reads', async () => {
    const committed = readFileSync(join(import.meta.dirname, '../..', API_TYPES_PATH), 'utf8');
    for (const path of [
      '/v1/auth/login',
      '/v1/cases/{caseId}/requirements/{material}/documents',
      '/v1/documents/{documentId}/files/{position}',
      '/v1/cases/{caseId}/timeline',
      '/v1/cases/{caseId}/messages',
      '/v1/cases/{caseId}/preflight',
    ])
      expect(committed).toContain(`"${path}": {`);
  });
});
