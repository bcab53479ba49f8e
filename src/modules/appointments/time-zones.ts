/**
 * Time-zone arithmetic on the runtime's own IANA database (`Intl`): no library, no Temporal.
 * Instants are stored in UTC; wall-clock times exist only at the edges (what staff publish, what
 * a seller reads).
 */

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormat.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of `at` in `timeZone`, as numbers. */
function wallClockOf(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return parts;
}

/** Minutes the zone is ahead of UTC at that instant (Asia/Shanghai: 480). */
export function offsetMinutesAt(at: Date, timeZone: string): number {
  const w = wallClockOf(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time (`2026-12-08`, `09:30`) names in a zone. A time skipped by a
 * daylight-saving jump resolves to the instant after the jump; a repeated one to its first reading.
 */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets a day either side cover any change that day (as Temporal's `compatible`).
  const before = guess - offsetMinutesAt(new Date(guess - DAY), timeZone) * 60_000;
  const after = guess - offsetMinutesAt(new Date(guess + DAY), timeZone) * 60_000;
  const readsAsAsked = (t: number) => {
    const w = wallClockOf(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === guess;
  };
  const valid = [before, after].filter(readsAsAsked);
  // In a gap no instant reads as asked: the offset from before the jump lands just after it.
  return new Date(valid.length ? Math.min(...valid) : before);
}

const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-08T17:30:00+08:00`: the instant as read in the zone, with its offset. */
export function localIso(at: Date, timeZone: string): string {
  const w = wallClockOf(at, timeZone);
  const offset = offsetMinutesAt(at, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Where the seller's profile gives no time zone, the main zone of the registered country: a
 * guess the seller can override (the slots route takes `time_zone`).
 */
const ZONE_OF_COUNTRY: Record<string, string> = {
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  TW: 'Asia/Taipei',
  SG: 'Asia/Singapore',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata',
  VN: 'Asia/Ho_Chi_Minh',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  TR: 'Europe/Istanbul',
  US: 'America/New_York',
  CA: 'America/Toronto',
  MX: 'America/Mexico_City',
  BR: 'America/Sao_Paulo',
  AU: 'Australia/Sydney',
  AE: 'Asia/Dubai',
};

export function zoneOfCountry(country: string | undefined): string {
  return (country && ZONE_OF_COUNTRY[country.toUpperCase()]) || 'UTC';
}
