/**
 * What a browser or a CDN may keep, per kind of response, set by the site itself rather than
 * inherited from Next (whose default for a prerendered page is a year in shared caches). Pages
 * and downloads may be kept briefly and served stale while a fresh copy is fetched, so a
 * corrected figure reaches readers within minutes; each carries a strong ETag, so a cache
 * can revalidate with If-None-Match and get 304 instead of the bytes.
 */
import { createHash } from 'node:crypto';

export const CACHE_CONTROL = {
  /** Pages and data downloads: 5 minutes in a browser, an hour in a shared cache, then a day served stale while it revalidates. */
  page: 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
  /** The 404 page: briefly, so a page that comes into being is not hidden long. */
  notFound: 'public, max-age=60, s-maxage=300',
  /** The 400 page names what the reader typed: never stored. */
  badRequest: 'no-store',
  /** Too busy to render a new view now: never stored; the reader is told when to try again. */
  busy: 'no-store',
  /** Files whose address changes when their bytes do (the preview image, named with the data version). */
  immutable: 'public, max-age=31536000, immutable',
  /** The health endpoint: never stored. */
  health: 'no-store',
} as const;

/**
 * The pages' policy, cut short where what a page says changes at a known moment (a decision's
 * date passing, lib/pages/decisions.ts): no cache, in a browser or shared, may keep or serve the
 * page, stale or not, past `secondsLeft` from now. Undefined or far away: the pages' policy.
 */
export function pageCacheControl(secondsLeft: number | undefined): string {
  const sMaxAge = 3600;
  const stale = 86400;
  if (secondsLeft === undefined || secondsLeft >= sMaxAge + stale) return CACHE_CONTROL.page;
  const left = Math.max(0, Math.floor(secondsLeft));
  const shared = Math.min(sMaxAge, left);
  return `public, max-age=${Math.min(300, left)}, s-maxage=${shared}, stale-while-revalidate=${Math.max(0, Math.min(stale, left - shared))}`;
}

/** A strong validator from the bytes and the data version: the same bytes give the same tag. */
export function etagOf(body: Uint8Array, dataVersion: string): string {
  return `"${createHash('sha256').update(dataVersion).update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header matches the tag (a list, or *, as RFC 9110 allows). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const wanted = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return wanted.includes('*') || wanted.includes(etag);
}
