/**
 * The site's clock. Dates in the data are local to the sites (Memphis and Southaven keep Central
 * time), so "today" is the date in America/Chicago, and a day begins at local midnight. Tests and
 * the e2e suite freeze the clock with CLOCK_NOW (an ISO instant); everywhere else it is the
 * system's. Only what depends on the date of reading (whether a decision's date has passed) asks
 * it: every other page is a function of the data alone.
 */
export const SITE_TIME_ZONE = 'America/Chicago';

/** The instant the site treats as now: CLOCK_NOW when set (tests), else the system clock. A bad CLOCK_NOW is an error, never ignored. */
export function now(env: Record<string, string | undefined> = process.env): Date {
  const frozen = env.CLOCK_NOW;
  if (frozen === undefined || frozen === '') return new Date();
  const at = new Date(frozen);
  if (Number.isNaN(at.getTime())) throw new Error(`CLOCK_NOW must be an ISO date-time such as 2027-01-02T12:00:00Z, not "${frozen}"`);
  return at;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** One formatter per time zone, built once: building one costs far more than using it. */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let fmt = wallClocks.get(timeZone);
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, fmt);
  }
  return fmt;
}

function parts(at: Date, timeZone: string): WallClock {
  const fmt = wallClock(timeZone);
  const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return { year: p.year ?? 0, month: p.month ?? 1, day: p.day ?? 1, hour: p.hour ?? 0, minute: p.minute ?? 0, second: p.second ?? 0 };
}

/** [year, month, day] of an ISO date; a missing month or day is 1. */
function ymd(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

/** The calendar date (YYYY-MM-DD) at `at` in `timeZone`. */
export function localDate(at: Date, timeZone = SITE_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in milliseconds. */
function offsetMs(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDay(date: string, timeZone = SITE_TIME_ZONE): Date {
  const [y, m, d] = ymd(date);
  const midnightUtc = Date.UTC(y, m - 1, d);
  // the offset at local midnight may differ from the offset at UTC midnight across a DST change
  let at = midnightUtc - offsetMs(new Date(midnightUtc), timeZone);
  at = midnightUtc - offsetMs(new Date(at), timeZone);
  return new Date(at);
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const [y, m, d] = ymd(date);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The last day a date of the data covers: the day itself, or the last day of its month or year ("by March 2027"). */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = ymd(date);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
