/**
 * /feed.xml: an Atom feed (RFC 4287) of what is new, written with `feed`. Its entries are every
 * dated event on record, newest first: each facility's timeline, each legal event, and each
 * development that only secondary sources report about a decision (data/decisions.json
 * `reports`), which says "Reported, not confirmed" first, and by whom.
 *
 * Dating rule: an entry is dated at the start of its event's day in the sites' time zone
 * (Central); where a source gives only a month or a year, at the start of its first day, and the
 * entry says so. The feed's own `updated` is the data's last update, never the clock, so the
 * bytes change only when the data (or the site's address) does.
 *
 * Ids are tag: URIs built from what names the event itself (a legal event's id; a timeline
 * event's facility, date and title; a report's decision, date and first words), so adding or
 * correcting other data never changes them.
 */
import { Feed } from 'feed';

import { dataUpdatedOn, getDataset, getSource } from '../data/load';
import type { Concerns } from '../data/schemas/concerns';
import type { Decision } from '../data/schemas/decisions';
import type { Facility } from '../data/schemas/facility';
import type { Source } from '../data/schemas/sources';
import { LICENCE } from '../pages/open-data';
import { eventOwner } from '../pages/sites';
import { citeSourceHtml, datingNote, escapeHtml, eventInstant, SITE_NAME, slugOf, tagUri, uniqueIds } from './cite';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${SITE_NAME}: what's new at xAI's sites in the Memphis area`;
export const FEED_SUBTITLE =
  "Every dated event on record at xAI's data centers and power plant in and around Memphis, newest first: what happened at each " +
  'site, its legal record, and developments that only secondary sources report (marked "Reported, not confirmed"). Each entry names its sources.';

/** The words an entry made from a report begins with, in its title and its text. */
export const NOT_CONFIRMED = 'Reported, not confirmed';

export type FeedEntryKind = 'event' | 'legal' | 'report';

export type FeedEntry = {
  /** A tag: URI, stable: see the module's comment. */
  id: string;
  kind: FeedEntryKind;
  /** The event's date as the data gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  title: string;
  /** The absolute address of the page that shows the event. */
  link: string;
  /** What happened, in plain words, a paragraph each. */
  paragraphs: string[];
  sourceIds: string[];
  /** The facilities it concerns (for the entry's categories). */
  facilityIds: string[];
};

/** What the feed is made from: the data files' records, and how to look a source up. */
export type FeedData = {
  facilities: Facility[];
  concerns: Concerns[];
  decisions: Decision[];
  source: (id: string) => Source;
  /** The data's last update (dataUpdatedOn()): the feed's `updated`. */
  dataUpdated: string;
};

/** The page a decision is shown on: the What's next page, at its anchor. */
export function decisionPath(id: string): string {
  return `/next#decision-${id}`;
}

/** The first sentence of a text, without its full stop (the whole text if no sentence ends before it). */
export function firstSentence(text: string): string {
  // a full stop after two lower-case letters or digits, then a capital: not "U.S. Court", "v. X.AI", "Corp. filed"
  const m = /^(.*?[a-z0-9)]{2})\.\s+(?=[A-Z])/.exec(text);
  return (m?.[1] ?? text).replace(/\.$/, '');
}

function timelineEntries(f: Facility, base: string): FeedEntry[] {
  return f.timeline.map((e) => ({
    id: tagUri(base, `facilities/${f.id}/timeline/${e.date}/${slugOf(e.title)}`),
    kind: 'event',
    date: e.date,
    title: `${eventOwner(f, e)}: ${e.title}`,
    link: `${base}/facilities/${f.id}`,
    paragraphs: [e.description, ...(e.siteNotNamed ? [`The source names no site; this event is filed under ${f.shortName}.`] : [])],
    sourceIds: e.sourceIds,
    facilityIds: [f.id],
  }));
}

function legalEntries(f: Facility, c: Concerns, base: string): FeedEntry[] {
  return c.legalTimeline.map((e) => ({
    id: tagUri(base, `facilities/${f.id}/legal/${e.id}`),
    kind: 'legal',
    date: e.date,
    title: `${f.shortName}, legal record: ${e.title}`,
    link: `${base}/facilities/${f.id}/concerns#legal-${e.id}`,
    paragraphs: [e.description],
    sourceIds: e.sourceIds,
    facilityIds: [f.id],
  }));
}

function reportEntries(d: Decision, base: string): FeedEntry[] {
  return d.reports.map((r) => ({
    id: tagUri(base, `decisions/${d.id}/reports/${r.date}/${slugOf(r.text, 40)}`),
    kind: 'report',
    date: r.date,
    title: `${NOT_CONFIRMED}: ${firstSentence(r.text)}`,
    link: `${base}${decisionPath(d.id)}`,
    paragraphs: [
      `${NOT_CONFIRMED}. Who reports it: ${r.reportedBy}.`,
      r.text,
      `It bears on a decision: ${d.title}. ${d.question} Decided by: ${d.decidedBy}.`,
    ],
    sourceIds: r.sourceIds,
    facilityIds: d.facilityIds,
  }));
}

/** Newest first; on the same instant, by id, so the order never depends on the files' order. */
function newestFirst(a: FeedEntry, b: FeedEntry): number {
  const diff = eventInstant(b.date).getTime() - eventInstant(a.date).getTime();
  return diff !== 0 ? diff : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every entry of the feed, newest first. Two events that would share an id get -2, -3… in the files' order. */
export function feedEntries(data: FeedData, base: string): FeedEntry[] {
  const all = [
    ...data.facilities.flatMap((f) => {
      const c = data.concerns.find((x) => x.facilityId === f.id);
      return [...timelineEntries(f, base), ...(c === undefined ? [] : legalEntries(f, c, base))];
    }),
    ...data.decisions.flatMap((d) => reportEntries(d, base)),
  ];
  const seen = new Map<string, number>();
  const unique = all.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: `${e.id}-${n}` };
  });
  return unique.sort(newestFirst);
}

/** The entry's text as HTML: what happened, how it is dated when the source gives no day, and its sources. */
function contentOf(e: FeedEntry, source: (id: string) => Source): string {
  const note = datingNote(e.date);
  const paragraphs = [...e.paragraphs, ...(note === undefined ? [] : [note])].map((p) => `<p>${escapeHtml(p)}</p>`);
  const ids = uniqueIds(e.sourceIds);
  const sources = ids.map((id) => `<li>${citeSourceHtml(source(id))}</li>`).join('');
  return `${paragraphs.join('')}<p>Source${ids.length === 1 ? '' : 's'}:</p><ul>${sources}</ul>`;
}

/** The feed as Atom XML, for the site at `base` (siteUrl()). */
export function atomFeed(data: FeedData, base: string): string {
  const feed = new Feed({
    id: tagUri(base, 'feed'),
    title: FEED_TITLE,
    description: FEED_SUBTITLE,
    link: `${base}/`,
    feed: `${base}${FEED_PATH}`,
    updated: eventInstant(data.dataUpdated),
    author: { name: `${SITE_NAME} project`, link: `${base}/` },
    copyright: LICENCE,
    favicon: `${base}/icon.svg`,
    generator: false,
  });
  for (const e of feedEntries(data, base)) {
    const at = eventInstant(e.date);
    feed.addItem({
      id: e.id,
      // the library writes titles as HTML: escaped here, the reader sees the plain words
      title: escapeHtml(e.title),
      link: e.link,
      date: at,
      published: at,
      content: contentOf(e, data.source),
      category: [{ term: e.kind }, ...e.facilityIds.map((term) => ({ term }))],
    });
  }
  return `${feed.atom1()}\n`;
}

/** The feed's data as the site has it (data/, loaded once per process). */
export function currentFeedData(): FeedData {
  const { facilities, concerns, decisions } = getDataset();
  return { facilities, concerns, decisions, source: getSource, dataUpdated: dataUpdatedOn() };
}
