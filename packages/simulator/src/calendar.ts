/**
 * Dates as whole days since 1970-01-01 (UTC), the window of simulated activity, and the
 * market-wide sales events that lift every seller at once.
 */

const DAY_MS = 86_400_000;

export const parseIsoDate = (text: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${text}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / DAY_MS;
  if (isoDate(day) !== text) throw new Error(`not a calendar date: ${text}`);
  return day;
};

const dateCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: millions of timestamps share a few thousand days). */
export const isoDate = (day: number): string => {
  let text = dateCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dateCache.set(day, text);
  }
  return text;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** RFC 3339 in UTC, whole seconds: `2026-06-12T03:14:07Z`. */
export const isoTimestamp = (day: number, secondOfDay: number): string => {
  const s = Math.max(0, Math.min(86_399, Math.floor(secondOfDay)));
  return `${isoDate(day)}T${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}Z`;
};

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (day: number): number => (((day + 4) % 7) + 7) % 7;

const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** The `nth` (1-based) given weekday of a month; `nth` = -1 is the last one. */
const nthWeekday = (year: number, month: number, weekday: number, nth: number): number => {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1) / DAY_MS;
    return first + ((weekday - dayOfWeek(first) + 7) % 7) + (nth - 1) * 7;
  }
  const last = Date.UTC(year, month, 0) / DAY_MS;
  return last - ((dayOfWeek(last) - weekday + 7) % 7);
};

/** 180 days of activity ending the day before `asOf`; `index` 0 is `startDay`. */
export interface Window {
  asOfDay: number;
  startDay: number;
  days: number;
  /** `dates[i]` is the ISO date of window day i (precomputed: the sales writer needs it per row). */
  dates: readonly string[];
}

export const makeWindow = (asOf: string, days: number): Window => {
  const asOfDay = parseIsoDate(asOf);
  const startDay = asOfDay - days;
  const dates = Array.from({ length: days }, (_, i) => isoDate(startDay + i));
  return { asOfDay, startDay, days, dates };
};

export interface MarketEvent {
  name: string;
  start: string;
  end: string;
  /** Multiplier on every seller's expected orders (each seller reacts with its own sensitivity). */
  lift: number;
}

interface MarketEventDays {
  name: string;
  first: number;
  last: number;
  lift: number;
}

const eventsOfYear = (year: number): MarketEventDays[] => {
  const on = (month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const primeDay = nthWeekday(year, 7, 2, 2);
  const bigDeals = nthWeekday(year, 10, 2, 2);
  return [
    { name: 'new_year_lull', first: on(1, 1), last: on(1, 1), lift: 0.7 },
    { name: 'six_eighteen', first: on(6, 16), last: on(6, 18), lift: 1.6 },
    { name: 'prime_day', first: primeDay, last: primeDay + 1, lift: 2.4 },
    { name: 'back_to_school', first: on(8, 10), last: on(8, 23), lift: 1.15 },
    { name: 'prime_big_deal_days', first: bigDeals, last: bigDeals + 1, lift: 1.8 },
    { name: 'singles_day', first: on(11, 10), last: on(11, 11), lift: 2.2 },
    { name: 'black_friday_cyber_monday', first: thanksgiving + 1, last: thanksgiving + 4, lift: 2.6 },
    { name: 'christmas_shopping', first: on(12, 1), last: on(12, 20), lift: 1.35 },
    { name: 'christmas_lull', first: on(12, 24), last: on(12, 26), lift: 0.55 },
  ];
};

export interface MarketCalendar {
  events: readonly MarketEvent[];
  /** `lift[i]` for window day i: 1 on an ordinary day. */
  lift: Float64Array;
}

export const makeMarketCalendar = (window: Window): MarketCalendar => {
  const lift = new Float64Array(window.days).fill(1);
  const events: MarketEvent[] = [];
  const endDay = window.startDay + window.days - 1;
  for (let year = yearOf(window.startDay); year <= yearOf(endDay); year++) {
    for (const event of eventsOfYear(year)) {
      const first = Math.max(event.first, window.startDay);
      const last = Math.min(event.last, endDay);
      if (first > last) continue;
      for (let day = first; day <= last; day++) lift[day - window.startDay] = event.lift;
      events.push({
        name: event.name,
        start: isoDate(event.first),
        end: isoDate(event.last),
        lift: event.lift,
      });
    }
  }
  return { events, lift };
};

/**
 * True when window day `index` is within `margin` days of a sharp market event (lift ≥ 1.5 or
 * ≤ 0.75); long mild ones (back to school, Christmas shopping) do not count.
 */
export const isNearMarketEvent = (calendar: MarketCalendar, index: number, margin: number): boolean => {
  for (let i = index - margin; i <= index + margin; i++) {
    const lift = calendar.lift[i];
    if (lift !== undefined && (lift >= 1.5 || lift <= 0.75)) return true;
  }
  return false;
};
