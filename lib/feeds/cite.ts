/**
 * What both feeds share: how a source is named in words (publisher, title, date, address), how
 * a date of the data becomes an instant and says how exact it is, and the stable ids they carry.
 * A source is dated as the pages date it (lib/data/source-dates.ts): by its publication, else by
 * the copy read ("as of Jun 2025"), else by the day we read it ("read 28 Sep 2026"); it gives the
 * original's address and, where we read a copy, the copy's. A date of the data given only as a month
 * or a year is said to be one.
 */
import { startOfDay } from '../core/clock';
import { formatDate } from '../core/format';
import type { Source } from '../data/schemas/sources';
import { howReadWords, sourceDating, sourceDateWords } from '../data/source-dates';

export const SITE_NAME = 'Data-center impact';

/** The year the feeds began: the date part of their tag: ids (RFC 4151), fixed so that no id ever changes. */
const TAG_YEAR = '2026';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The host of the site's address, without its port: "impact.example.org", "localhost". */
export function hostOf(base: string): string {
  return new URL(base).hostname;
}

/** A tag: URI (RFC 4151) under the site's host: `tag:impact.example.org,2026:facilities/colossus-1/legal/permit`. */
export function tagUri(base: string, specific: string): string {
  return `tag:${hostOf(base)},${TAG_YEAR}:${specific}`;
}

/** "TVA approves 150 MW, for xAI's site" → "tva-approves-150-mw-for-xai-s-site", cut at a word to at most `max` characters. */
export function slugOf(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'untitled';
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return at > 0 ? cut.slice(0, at) : slug.slice(0, max);
}

export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** "March 2027" for 2027-03, "2027" for 2027, "2 January 2027" for a full date. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTH_NAMES[Number(m) - 1];
  if (month === undefined) return y as string;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * The instant an event of the data is dated at in a feed: the start of its day in the sites' own
 * time zone (Central); a date given as a month or a year, the start of its first day.
 */
export function eventInstant(date: string): Date {
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return startOfDay(first);
}

/** Where a date is only a month or a year, the sentence that says how an entry is dated; undefined for a full date. */
export function datingNote(date: string): string | undefined {
  const p = precisionOf(date);
  if (p === 'day') return undefined;
  return `The source gives only the ${p} (${longDate(date)}): this entry is dated the first day of it.`;
}

/** "published 18 Sep 2026"; for a source with no date of its own, "as of Jun 2025" (the copy read) or "read 28 Sep 2026". */
export function sourceDate(s: Source): string {
  return sourceDating(s).by === 'published' ? `published ${sourceDateWords(s)}` : sourceDateWords(s);
}

/** Where the original's address is missing: "original's address not found", or "no address" where none at all can be given. */
function missingAddress(s: Source): string {
  return s.noAddress === undefined ? 'original’s address not found' : 'no address';
}

/** The copy read, in words: "read in a copy: republished by ourtupelo.com" (its own date, where it differs); undefined for the original. */
function copyWords(s: Source): string | undefined {
  const how = howReadWords(s);
  if (s.copy === undefined || how === undefined) return undefined;
  const own = s.copy.publishedOn;
  const dated = own !== undefined && sourceDating(s).by === 'published' && own !== s.publishedOn ? `, ${formatDate(own)}` : '';
  return `${how}: ${s.copy.what}${dated}`;
}

/**
 * A source in one line of plain text: `Publisher, "Title", published 3 Jul 2025, https://original…`,
 * and where we read a copy, ` (read in a copy: what it is, https://copy…)`.
 */
export function citeSource(s: Source): string {
  const copy = copyWords(s);
  const copyPart = copy === undefined ? '' : ` (${copy}${s.copy?.url ? `, ${s.copy.url}` : ''})`;
  return `${s.publisher}, "${s.title}", ${sourceDate(s)}, ${s.url ?? missingAddress(s)}${copyPart}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same as citeSource, as HTML with each address as a link. */
export function citeSourceHtml(s: Source): string {
  const link = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  const copy = copyWords(s);
  const copyPart = copy === undefined ? '' : ` (${escapeHtml(copy)}${s.copy?.url ? `, ${link(s.copy.url)}` : ''})`;
  const url = s.url === null ? escapeHtml(missingAddress(s)) : link(s.url);
  return `${escapeHtml(s.publisher)}, <cite>${escapeHtml(s.title)}</cite>, ${sourceDate(s)}, ${url}${copyPart}`;
}

/** Ids in their first order, each once. */
export function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)];
}
