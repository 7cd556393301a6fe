/**
 * A dated event (a facility's timeline, a legal record) is dated by the sources that report it: a
 * news item by its own publication, never by an older article about something else. The rules, for
 * an event's `sourceIds` (the reports of it, shown with it wherever it is listed):
 *
 * 1. No report predates the event: a source published before it happened cannot report it. A source
 *    cited for something earlier that the description recalls (a plan, an earlier figure) goes in the
 *    event's `earlierSourceIds`, or with the figure it supports.
 * 2. The first source, the one a headline leads with, has a date of publication of its own (the
 *    original's or the copy's), not only the day it was read.
 * 3. The first source is the earliest report: none of the others was published wholly before it.
 * 4. The first report came out within MAX_REPORT_DELAY_DAYS of the event: a much later article,
 *    usually about something else, does not date an event.
 * 5. An earlier report is earlier: none is published wholly after the event.
 *
 * Dates of different precision are compared as spans ("2025-07" overlaps "2025-07-02"). Pure:
 * `sourceOf` resolves an id.
 */
import { daysBetween, whollyBefore } from '../core/dates';
import type { Source } from './schemas/sources';
import { publicationDate } from './source-dates';

/** Half a year: a first report later than this is not the report of the event. */
export const MAX_REPORT_DELAY_DAYS = 183;

export type DatedEvent = { date: string; title: string; sourceIds: string[]; earlierSourceIds?: string[] };

/** What is wrong with how an event is dated by its sources, in words that say what to change; [] when nothing. */
export function eventDatingProblems(event: DatedEvent, sourceOf: (id: string) => Source): string[] {
  const problems: string[] = [];
  const dated = event.sourceIds.map((id) => ({ id, date: publicationDate(sourceOf(id)) }));
  for (const s of dated) {
    if (s.date !== undefined && whollyBefore(s.date, event.date))
      problems.push(
        `${s.id} (published ${s.date}) predates the event (${event.date}): it cannot report it; cite it in earlierSourceIds or with the figure it supports`,
      );
  }
  const lead = dated[0];
  if (lead !== undefined) {
    if (lead.date === undefined) {
      problems.push(`leads with ${lead.id}, which has no date of publication (only the day it was read): lead with a dated report`);
    } else {
      for (const s of dated.slice(1)) {
        if (s.date !== undefined && whollyBefore(s.date, lead.date) && !whollyBefore(s.date, event.date))
          problems.push(`${s.id} (${s.date}) came out before the lead, ${lead.id} (${lead.date}): the earliest report comes first`);
      }
      const delay = daysBetween(event.date, lead.date);
      if (delay > MAX_REPORT_DELAY_DAYS)
        problems.push(
          `its first report, ${lead.id} (${lead.date}), came ${delay} days after the event (${event.date}): cite a report from the time, or date the event by its report`,
        );
    }
  }
  for (const id of event.earlierSourceIds ?? []) {
    const date = publicationDate(sourceOf(id));
    if (event.sourceIds.includes(id)) problems.push(`${id} is both a report of the event and an earlier report`);
    else if (date !== undefined && whollyBefore(event.date, date))
      problems.push(`${id} (published ${date}) is listed as an earlier report but came out after the event (${event.date}): list it in sourceIds`);
  }
  return problems;
}

/** Every source an event cites: the reports of it, then any earlier reports its description recalls. */
export function citedSourceIdsOf(event: { sourceIds: string[]; earlierSourceIds?: string[] }): string[] {
  return [...event.sourceIds, ...(event.earlierSourceIds ?? [])];
}
