import fs from 'node:fs';
import path from 'node:path';

import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';

import { currentCalendarData, decisionCalendar, foldByOctets } from './calendar';

const BASE = 'https://impact.example.org';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type RawDecision = {
  id: string;
  title: string;
  confirmed: boolean;
  when?: { date: string; what: string };
  takePart?: { how: string; url?: string };
};

/** The decisions as data/decisions.json holds them, read here directly, not through the loader. */
const decisions = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data', 'decisions.json'), 'utf8')) as { decisions: RawDecision[] })
  .decisions;
const dated = decisions.filter((d): d is RawDecision & { when: { date: string; what: string } } => d.when !== undefined);

/** The day a dated decision belongs on, worked out independently: the day itself, or the last day of its month or year. */
function expectedDay(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  if (date.length === 10) return date;
  if (m === undefined) return `${y}-12-31`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month
  return `${date}-${String(last).padStart(2, '0')}`;
}

function byTheEnd(date: string): string | undefined {
  if (date.length === 10) return undefined;
  const [y, m] = date.split('-');
  return `By the end of ${m === undefined ? y : `${MONTHS[Number(m) - 1]} ${y}`}`;
}

describe('/calendar.ics', () => {
  const ics = decisionCalendar(currentCalendarData(), BASE);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  const prop = (e: ICAL.Component, name: string) => String(e.getFirstPropertyValue(name) ?? '');

  it('names the site in its PRODID and X-WR-CALNAME', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(String(calendar.getFirstPropertyValue('version'))).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Data-center impact');
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain('Data-center impact');
  });

  it('has every decision that has a date, exactly once, with a unique UID', () => {
    expect(dated.length).toBeGreaterThan(0);
    expect(events.length).toBe(dated.length);
    const uids = events.map((e) => prop(e, 'uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.sort()).toEqual(dated.map((d) => `${d.id}@impact.example.org`).sort());
  });

  it('puts each on its day, all day long: a month or a year on its last day, "By the end of" it', () => {
    const withMonth = dated.filter((d) => d.when.date.length === 7);
    expect(withMonth.length).toBeGreaterThan(0); // the data has decisions dated by a month: the rule is exercised
    for (const d of dated) {
      const e = events.find((x) => prop(x, 'uid') === `${d.id}@impact.example.org`) as ICAL.Component;
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate, d.id).toBe(true);
      expect(start.toString(), d.id).toBe(expectedDay(d.when.date));
      expect(e.getFirstProperty('dtstart')?.type).toBe('date');
      const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(end.subtractDate(start).toSeconds()).toBe(86_400);
      const summary = prop(e, 'summary');
      expect(summary).toContain(d.title);
      expect(summary).toContain(d.when.what);
      const by = byTheEnd(d.when.date);
      if (by !== undefined) expect(summary).toContain(by);
    }
  });

  it('begins the summary of an unconfirmed decision with "Reported, not confirmed: ", and no other', () => {
    expect(dated.some((d) => !d.confirmed)).toBe(true);
    for (const d of dated) {
      const e = events.find((x) => prop(x, 'uid') === `${d.id}@impact.example.org`) as ICAL.Component;
      expect(prop(e, 'summary').startsWith('Reported, not confirmed: '), d.id).toBe(!d.confirmed);
    }
  });

  it("describes each: the question, who decides, how to take part, its sources, and a link to What's next", () => {
    for (const d of dated) {
      const e = events.find((x) => prop(x, 'uid') === `${d.id}@impact.example.org`) as ICAL.Component;
      const link = `${BASE}/next#decision-${d.id}`;
      const description = prop(e, 'description');
      expect(description).toContain('What is decided: ');
      expect(description).toContain('Who decides: ');
      expect(description).toMatch(/Sources?:\n- /);
      expect(description).not.toMatch(/date not recorded/i);
      expect(description).toContain(link);
      if (d.takePart !== undefined) expect(description).toContain(d.takePart.how);
      if (d.takePart?.url !== undefined) expect(description).toContain(d.takePart.url);
      expect(prop(e, 'url')).toBe(link);
    }
  });

  it("stamps every event with the data's last update, so the bytes change only with the data", () => {
    const stamps = new Set(events.map((e) => prop(e, 'dtstamp')));
    expect(stamps.size).toBe(1);
    vi.useFakeTimers({ now: new Date('2031-05-05T12:00:00Z') });
    try {
      expect(decisionCalendar(currentCalendarData(), BASE)).toBe(ics);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps every line within 75 octets, with CRLF line ends', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});

describe('foldByOctets', () => {
  it('folds long lines by octets, never inside a character, and unfolds back to the same text', () => {
    const line = `SUMMARY:${'é–'.repeat(60)}`;
    const folded = foldByOctets(`${line}\r\n`);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
  });
});
