import { describe, expect, it } from 'vitest';
import { instantOf, isTimeZone, localIso, offsetMinutesAt, zoneOfCountry } from './time-zones.js';

describe('time zones on Intl', () => {
  it('reads an instant in Shanghai and in Berlin', () => {
    const at = new Date('2026-12-08T01:30:00Z');
    expect(localIso(at, 'Asia/Shanghai')).toBe('2026-12-08T09:30:00+08:00');
    expect(localIso(at, 'Europe/Berlin')).toBe('2026-12-08T02:30:00+01:00');
    expect(localIso(at, 'America/Los_Angeles')).toBe('2026-12-07T17:30:00-08:00');
  });

  it('turns a reviewer’s wall-clock time into the instant, summer and winter', () => {
    expect(instantOf('2026-12-08', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(instantOf('2026-07-08', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-07-08T07:00:00.000Z');
    expect(instantOf('2026-12-08', '09:00', 'Asia/Shanghai').toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(instantOf('2026-12-08', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-12-08T14:00:00.000Z',
    );
  });

  it('resolves times around a daylight-saving change', () => {
    // 2026-03-29 02:30 does not exist in Berlin (clocks jump 02:00 → 03:00): 03:30 summer time.
    expect(instantOf('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25 02:30 happens twice: the first reading (summer time) is taken.
    expect(instantOf('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(offsetMinutesAt(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(60);
  });

  it('knows real zones from made-up ones, and guesses a seller’s zone from the country', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zoneOfCountry('cn')).toBe('Asia/Shanghai');
    expect(zoneOfCountry('ZZ')).toBe('UTC');
    expect(zoneOfCountry(undefined)).toBe('UTC');
  });
});
