/**
 * Partial ISO dates as spans of days: "2024" is 1 Jan–31 Dec 2024, "2024-07" is July, "2024-07-02"
 * one day. Two dates of different precision are compared by their spans, so "2024" is neither
 * before nor after "2024-07-02".
 */

/** The first and last day (YYYY-MM-DD) a date of any precision can mean. */
export function dateRange(iso: string): { first: string; last: string } {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (d === undefined) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  }
  return { first: iso, last: iso };
}

/** True when every day `a` can mean comes before every day `b` can mean. */
export function whollyBefore(a: string, b: string): boolean {
  return dateRange(a).last < dateRange(b).first;
}

/** Whole days from the last day `a` can mean to the first day `b` can mean (negative when they overlap or `b` comes first). */
export function daysBetween(a: string, b: string): number {
  const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  return Math.round((ms(dateRange(b).first) - ms(dateRange(a).last)) / 86_400_000);
}
