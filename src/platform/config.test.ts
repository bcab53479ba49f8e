import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, settings, settingsTable } from './config.js';

const README = join(import.meta.dirname, '../../README.md');

describe('settings', () => {
  it("are the README's table, generated from the schema", () => {
    const readme = readFileSync(README, 'utf8');
    const table = readme.split('<!-- settings:start -->\n')[1]?.split('\n<!-- settings:end -->')[0];
    expect(table, 'run `secondlook config` and paste it between the settings markers').toBe(settingsTable());
  });

  it('each say what they do, and show the default the code applies', () => {
    for (const setting of settings()) expect(setting.description, setting.name).not.toBe('');
    const defaults = loadConfig({});
    const shown = (name: string) => settings().find((s) => s.name === name)?.shownDefault;
    expect(shown('HOST')).toBe(`\`${defaults.host}\``);
    expect(shown('PORT')).toBe(`\`${defaults.port}\``);
    expect(shown('DATABASE_URL')).toBe('unset');
  });

  it('refuses a bad value with the variable it came from', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      expect.objectContaining({ details: { where: 'env.PORT' } }),
    );
  });
});
