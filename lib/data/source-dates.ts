/**
 * How a reader dates and finds a source, in one place for every page, print and download: its own
 * date of publication; for a source with none (a living dataset, an undated page), the date of the
 * copy read ("as of Jun 2025") or else the day it was read ("read 28 Nov 2026"). Never "not recorded".
 */
import { formatDate } from '../core/format';
import type { Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Source } from './schemas/sources';

/** What dates a source: its own publication, the copy's own date (the state of a living source that was read), or the day it was read. */
export type SourceDating = { by: 'published' | 'copy' | 'read'; date: string };

export function sourceDating(s: Source): SourceDating {
  if (s.publishedOn !== null) return { by: 'published', date: s.publishedOn };
  if (s.copy?.publishedOn !== undefined) return { by: 'copy', date: s.copy.publishedOn };
  return { by: 'read', date: s.accessedOn };
}

/**
 * A date on which the text read was published: the original's, else the copy's own. Undefined for
 * a source dated only by when it was read, which cannot date a news item.
 */
export function publicationDate(s: Source): string | undefined {
  const d = sourceDating(s);
  return d.by === 'read' ? undefined : d.date;
}

/** "3 Jul 2025", "as of Jun 2025" (a living source, by the copy read), "read 28 Nov 2026"; `month`: to the month only. */
export function sourceDateWords(s: Source, { month = false, locale = 'en' }: { month?: boolean; locale?: Locale } = {}): string {
  const d = sourceDating(s);
  const words = formatDate(month ? d.date.slice(0, 7) : d.date, locale);
  if (d.by === 'published') return words;
  const w = MESSAGES[locale].figures;
  return `${d.by === 'copy' ? w.dateAsOf : w.dateRead} ${words}`;
}

/** "read in a copy", "read as quoted elsewhere", or undefined where the original was read. */
export function howReadWords(s: Source, locale: Locale = 'en'): string | undefined {
  if (s.copy === undefined) return undefined;
  const w = MESSAGES[locale].figures;
  return s.copy.kind === 'copy' ? w.readInCopy : w.readAsQuoted;
}

/** The source's date in a sentence, for a bibliography: "3 Jul 2025", or why it has none and how it is dated instead. */
export function sourceDateSentence(s: Source): string {
  const d = sourceDating(s);
  if (d.by === 'published') {
    const copy = s.copy?.publishedOn;
    return copy === undefined || copy === s.publishedOn ? formatDate(d.date) : `${formatDate(d.date)} (the copy read: ${formatDate(copy)})`;
  }
  return `No date of its own (${s.undated ?? 'not dated'}); ${sourceDateWords(s)}`;
}

/** The address a reader can follow: the original's, else the copy's; undefined where none can be given. */
export function followableAddress(s: Source): { url: string; of: 'original' | 'copy' } | undefined {
  if (s.url !== null) return { url: s.url, of: 'original' };
  if (s.copy?.url) return { url: s.copy.url, of: 'copy' };
  return undefined;
}

/** Every address a source has, the original's first: what a printed list must carry. */
export function addressesOf(s: Source): string[] {
  return [s.url, s.copy?.url ?? null].filter((u): u is string => u !== null);
}
