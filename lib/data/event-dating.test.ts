import { describe, expect, it } from 'vitest';

import { eventDatingProblems, MAX_REPORT_DELAY_DAYS } from './event-dating';
import { getSource, listFacilities, findConcerns } from './load';
import type { Source } from './schemas/sources';

function source(id: string, publishedOn: string | null, extra: Partial<Source> = {}): Source {
  return {
    id,
    title: id,
    publisher: id,
    publishedOn,
    ...(publishedOn === null ? { undated: 'an undated page' } : {}),
    url: `https://example.org/${id}`,
    accessedOn: '2026-11-28',
    ...extra,
  };
}

const SOURCES = new Map(
  [
    source('june-2024', '2024-06-05'),
    source('july-2024', '2024-07'),
    source('aug-2024', '2024-08-02'),
    source('year-2024', '2024'),
    source('nov-2024', '2024-11'),
    source('may-2026', '2026-05-26'),
    source('living', null),
    source('living-copy', null, { copy: { kind: 'copy', url: 'https://example.org/copy', publishedOn: '2024-09', what: 'a snapshot' } }),
  ].map((s) => [s.id, s]),
);
const of = (id: string) => SOURCES.get(id) as Source;
const check = (date: string, sourceIds: string[], earlierSourceIds?: string[]) =>
  eventDatingProblems({ date, title: 't', sourceIds, ...(earlierSourceIds ? { earlierSourceIds } : {}) }, of);

describe('eventDatingProblems', () => {
  it('accepts an event reported the same day, month or year, or within half a year', () => {
    expect(check('2024-06-05', ['june-2024'])).toEqual([]);
    expect(check('2024-07-16', ['july-2024'])).toEqual([]);
    expect(check('2024-08', ['year-2024'])).toEqual([]);
    expect(check('2024-08-01', ['aug-2024', 'nov-2024'])).toEqual([]);
  });

  it('finds a source published before the event (an older article about something else)', () => {
    expect(check('2026-05-26', ['may-2026', 'june-2024'])).toEqual([expect.stringMatching(/^june-2024 \(published 2024-06-05\) predates the event/)]);
    // a July 2024 source for an August 2024 event
    expect(check('2024-08', ['july-2024'])).toEqual([expect.stringMatching(/^july-2024 .* predates the event \(2024-08\)/)]);
  });

  it('lets an earlier source be cited as such, but not a later one', () => {
    expect(check('2026-05-26', ['may-2026'], ['june-2024'])).toEqual([]);
    expect(check('2024-06-05', ['june-2024'], ['nov-2024'])).toEqual([expect.stringMatching(/^nov-2024 .* came out after the event/)]);
    expect(check('2024-06-05', ['june-2024'], ['june-2024'])).toEqual([expect.stringMatching(/both a report of the event and an earlier report/)]);
  });

  it('finds a first report much later than the event', () => {
    // the Nov 2024 article about TVA's approval, cited for the June 2024 announcement: 148 days, within half a year
    expect(check('2024-06-05', ['nov-2024'])).toEqual([]);
    expect(check('2024-01-10', ['nov-2024'])).toEqual([
      expect.stringMatching(/^its first report, nov-2024 \(2024-11\), came 296 days after the event/),
    ]);
    expect(MAX_REPORT_DELAY_DAYS).toBe(183);
  });

  it('wants the earliest report first, and a dated one', () => {
    expect(check('2024-06-05', ['nov-2024', 'june-2024'])).toEqual([expect.stringMatching(/^june-2024 .* came out before the lead, nov-2024/)]);
    expect(check('2024-06-05', ['living', 'june-2024'])).toEqual([expect.stringMatching(/^leads with living, which has no date of publication/)]);
    // an undated source dated by the copy read may lead; one dated only by the day it was read may follow
    expect(check('2024-09-02', ['living-copy', 'living'])).toEqual([]);
  });
});

describe('the committed data: every dated event is dated by the sources that report it', () => {
  const events = listFacilities().flatMap((f) => [
    ...f.timeline.map((e, i) => ({ where: `data/facilities/${f.id}.json: timeline[${i}] (${e.date}, ${e.title})`, e })),
    ...(findConcerns(f.id)?.legalTimeline ?? []).map((e, i) => ({
      where: `data/concerns/${f.id}.json: legalTimeline[${i}] (${e.date}, ${e.title})`,
      e,
    })),
  ]);

  it('covers every timeline event and legal event', () => {
    expect(events.length).toBeGreaterThan(40);
  });

  it('has no event whose sources predate it, lead with an undated or a later report, or came out much later', () => {
    const problems = events.flatMap(({ where, e }) => eventDatingProblems(e, getSource).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
  });
});
