import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeForProduction } from '../../src/app/production.js';
import { createUser, systemPrincipal } from '../../src/modules/access/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { startTestApp, type TestApp } from '../support/app.js';

describe('production mode refuses what is only fit for a demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const production = loadConfig({ SECONDLOOK_MODE: 'production', SECONDLOOK_DEMO: 'true' });
  const keys = { SECONDLOOK_AUDIT_KEY: 'k'.repeat(40), SECONDLOOK_DOCUMENT_KEY: 'ab'.repeat(32) };
  const refusal = (env: NodeJS.ProcessEnv) =>
    assertSafeForProduction(production, t.context.db, env).then(
      () => undefined,
      (error: { details: { where: string } }) => error.details.where,
    );

  it('binds to loopback and never seeds a demo in production', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(production.seedDemo).toBe(false);
  });

  it('needs real keys', async () => {
    expect(await refusal({ SECONDLOOK_DOCUMENT_KEY: keys.SECONDLOOK_DOCUMENT_KEY })).toBe(
      'env.SECONDLOOK_AUDIT_KEY',
    );
    expect(await refusal({ ...keys, SECONDLOOK_AUDIT_KEY: 'secondlook-development-audit-key' })).toBe(
      'env.SECONDLOOK_AUDIT_KEY',
    );
    expect(await refusal({ SECONDLOOK_AUDIT_KEY: keys.SECONDLOOK_AUDIT_KEY })).toBe(
      'env.SECONDLOOK_DOCUMENT_KEY',
    );
    expect(await refusal(keys)).toBeUndefined();
  });

  it('refuses a store holding demo logins', async () => {
    await createUser(t.context.access, systemPrincipal('test'), {
      email: 'admin@demo.secondlook.dev',
      password: 'a long enough password',
      role: 'admin',
    });
    expect(await refusal(keys)).toBe('users');
    // Development mode does not look.
    await expect(assertSafeForProduction(loadConfig({}), t.context.db, {})).resolves.toBeUndefined();
  });
});
