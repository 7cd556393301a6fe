/**
 * /calendar.ics: an iCalendar file (RFC 5545) of every dated decision in data/decisions.json,
 * written with `ics`. Each is an all-day event: a full date on that day; a month or a year
 * means "by the end of" it, so the event sits on the period's last day and its summary says
 * "By the end of March 2027". An unconfirmed decision's summary begins "Reported, not
 * confirmed: ". UIDs are `<decision id>@<host>`, and DTSTAMP is the data's last update, never the
 * clock, so the bytes change only when the data (or the site's address) does.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';

import { lastDayOf, nextDay } from '../core/clock';
import { dataUpdatedOn, getSource, listDecisions } from '../data/load';
import type { Decision } from '../data/schemas/decisions';
import type { Source } from '../data/schemas/sources';
import { decisionPath, NOT_CONFIRMED } from './atom';
import { citeSource, eventInstant, hostOf, longDate, precisionOf, SITE_NAME, uniqueIds } from './cite';

export const CALENDAR_PATH = '/calendar.ics';
export const CALENDAR_NAME = `${SITE_NAME}: decision dates for xAI's sites in the Memphis area`;
export const PRODUCT_ID = `-//${SITE_NAME}//Decision dates//EN`;

const STATUS_WORDS: Record<Decision['status'], string> = {
  scheduled: 'scheduled: a date is set for it',
  pending: 'pending: awaited, or its date is a deadline',
  decided: 'decided',
};

export type CalendarData = {
  decisions: Decision[];
  source: (id: string) => Source;
  /** The data's last update (dataUpdatedOn()): every event's DTSTAMP. */
  dataUpdated: string;
};

/** The day a decision's event is on: its date, or the last day of its month or year. */
export function eventDay(date: string): string {
  return lastDayOf(date);
}

function dayArray(date: string): DateArray {
  const [y, m, d] = date.split('-').map(Number);
  return [y as number, m as number, d as number];
}

/** "By the end of March 2027" for a month or a year; undefined for a full date. */
export function byTheEndOf(date: string): string | undefined {
  return precisionOf(date) === 'day' ? undefined : `By the end of ${longDate(date)}`;
}

/** The event's one-line summary: the decision's title and what happens on the date, "Reported, not confirmed: " first where it is. */
export function summaryOf(d: Decision & { when: NonNullable<Decision['when']> }): string {
  const prefix = d.confirmed ? '' : `${NOT_CONFIRMED}: `;
  const by = byTheEndOf(d.when.date);
  return by === undefined ? `${prefix}${d.title}: ${d.when.what}` : `${prefix}${d.title}. ${by}: ${d.when.what}`;
}

/** Every source the decision rests on, each once: its date's, its own, how to take part, its outcome's and its reports'. */
function sourcesOf(d: Decision): string[] {
  return uniqueIds([
    ...(d.when?.sourceIds ?? []),
    ...d.sourceIds,
    ...(d.takePart?.sourceIds ?? []),
    ...(d.outcome?.sourceIds ?? []),
    ...d.reports.flatMap((r) => r.sourceIds),
  ]);
}

/** The event's description, in plain text: the question, who decides, how to take part, the outcome, the sources, and the link. */
export function descriptionOf(d: Decision & { when: NonNullable<Decision['when']> }, data: CalendarData, link: string): string {
  const by = byTheEndOf(d.when.date);
  const when =
    by === undefined
      ? `${longDate(d.when.date)}: ${d.when.what}.`
      : `${by} (the source gives only the ${precisionOf(d.when.date)}; shown on its last day): ${d.when.what}.`;
  const lines = [
    ...(d.confirmed ? [] : [`${NOT_CONFIRMED}. Who reports it: ${d.reportedBy ?? 'a source not named'}.`]),
    `What is decided: ${d.question}`,
    `Who decides: ${d.decidedBy}`,
    `When: ${when}`,
    `Status: ${STATUS_WORDS[d.status]}.`,
  ];
  if (d.outcome !== undefined) lines.push(`Outcome (${longDate(d.outcome.date)}): ${d.outcome.text}`);
  const t = d.takePart;
  if (t !== undefined) {
    lines.push(`How to take part: ${t.how}`);
    if (t.reference !== undefined) lines.push(`Reference to quote: ${t.reference}`);
    if (t.where !== undefined) lines.push(`Where: ${t.where}`);
    if (t.url !== undefined) lines.push(`Online: ${t.url}`);
    if (t.deadline !== undefined) lines.push(`Deadline: ${longDate(t.deadline)}`);
  }
  for (const r of d.reports) lines.push(`${NOT_CONFIRMED} (${longDate(r.date)}, by ${r.reportedBy}): ${r.text}`);
  const ids = sourcesOf(d);
  lines.push(`Source${ids.length === 1 ? '' : 's'}:`, ...ids.map((id) => `- ${citeSource(data.source(id))}`));
  lines.push(`More on the site: ${link}`);
  return lines.join('\n');
}

/**
 * RFC 5545 folds lines at 75 octets; `ics` folds at 75 characters, which is more octets where a
 * line holds "–" or "é". Unfolds its lines and folds them again by octets, never inside a character.
 */
export function foldByOctets(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[\t ]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        // the first line holds 75 octets; each later one begins with a space, so holds 74 more
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The calendar as iCalendar text, for the site at `base` (siteUrl()). */
export function decisionCalendar(data: CalendarData, base: string): string {
  const host = hostOf(base);
  const stamp = eventInstant(data.dataUpdated).getTime();
  const dated = data.decisions
    .flatMap((d) => (d.when === undefined ? [] : [{ ...d, when: d.when }]))
    .sort((a, b) =>
      eventDay(a.when.date) < eventDay(b.when.date) ? -1 : eventDay(a.when.date) > eventDay(b.when.date) ? 1 : a.id < b.id ? -1 : 1,
    );
  const events = dated.map((d): EventAttributes & { timestamp: number } => {
    const day = eventDay(d.when.date);
    const link = `${base}${decisionPath(d.id)}`;
    return {
      uid: `${d.id}@${host}`,
      timestamp: stamp,
      start: dayArray(day),
      end: dayArray(nextDay(day)),
      title: summaryOf(d),
      description: descriptionOf(d, data, link),
      url: link,
      status: d.confirmed ? 'CONFIRMED' : 'TENTATIVE',
      transp: 'TRANSPARENT',
    };
  });
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: CALENDAR_NAME });
  if (error !== null || value === null) throw new Error(`The decision calendar could not be written: ${error?.message ?? 'no output'}`);
  return foldByOctets(value);
}

/** The calendar's data as the site has it (data/, loaded once per process). */
export function currentCalendarData(): CalendarData {
  return { decisions: listDecisions(), source: getSource, dataUpdated: dataUpdatedOn() };
}
