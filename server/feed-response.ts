/**
 * The HTTP answer for the site's feeds, /feed.xml (Atom) and /calendar.ics (iCalendar): their
 * type, the pages' cache policy and a strong ETag from the bytes and the data version, with 304
 * where the reader already has these bytes. A feed depends only on the data and the site's
 * address, so each is built once per process and address. Any query string is ignored (the
 * proxy sends a 308 to the bare address first). Uses only the web's Response.
 */
import { dataVersion } from '../lib/data/version';
import { atomFeed, currentFeedData } from '../lib/feeds/atom';
import { currentCalendarData, decisionCalendar } from '../lib/feeds/calendar';
import { siteUrl } from '../lib/pages/site';
import { CACHE_CONTROL, etagOf, matchesEtag } from './http-cache';

export type FeedKind = 'atom' | 'calendar';

export const FEED_CONTENT_TYPE: Record<FeedKind, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
};

const BUILD: Record<FeedKind, (base: string) => string> = {
  atom: (base) => atomFeed(currentFeedData(), base),
  calendar: (base) => decisionCalendar(currentCalendarData(), base),
};

const built = new Map<string, { body: Uint8Array<ArrayBuffer>; etag: string }>();

function feedBytes(kind: FeedKind, base: string, version: string) {
  const key = `${kind} ${version} ${base}`;
  let file = built.get(key);
  if (file === undefined) {
    const body = new TextEncoder().encode(BUILD[kind](base));
    file = { body, etag: etagOf(body, version) };
    built.set(key, file);
  }
  return file;
}

/** The feed with its headers, or 304 with the same headers when `ifNoneMatch` names its tag; no body for HEAD. */
export function feedResponse(
  kind: FeedKind,
  {
    ifNoneMatch = null,
    method = 'GET',
    base = siteUrl(),
    version = dataVersion(),
  }: { ifNoneMatch?: string | null; method?: string; base?: string; version?: string } = {},
): Response {
  const { body, etag } = feedBytes(kind, base, version);
  const headers = {
    'content-type': FEED_CONTENT_TYPE[kind],
    'cache-control': CACHE_CONTROL.page,
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
}
