/**
 * The dates at which the tests look at every page of a facility: its first allowed date, the day
 * before, of and after each of its dated events, and the data's last date, all within what the
 * `date` setting allows. A page's figures change only at an event, so these are every state a
 * reader can reach, and each edge of one.
 */
import type { Facility } from '../data/schemas/facility';
import type { ScenarioContext } from '../scenario/scenario';

/** "2025-09" → "2025-09-01", then `days` later (or earlier). */
export function shiftDay(iso: string, days: number): string {
  const whole = iso.length === 10 ? iso : iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
  const d = new Date(`${whole}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function datesToSweep(facility: Facility, ctx: ScenarioContext): string[] {
  const dates = new Set([ctx.firstDate, ctx.lastDate, ...facility.timeline.flatMap((e) => [-1, 0, 1].map((d) => shiftDay(e.date, d)))]);
  return [...dates].filter((d) => d >= ctx.firstDate && d <= ctx.lastDate).sort();
}
