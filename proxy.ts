import { type NextRequest, NextResponse } from 'next/server';

import { type CachedPage, PageCache } from '@/server/page-cache';
import { featuredFacilityId, matchPublicRoute, parseForFacility } from '@/lib/pages/routes';
import { scenarioKey } from '@/server/scenario-route';
import { stripClientRuntime } from '@/server/static-html';

/**
 * Every page's scenario comes from its query string. Here it is validated once: a bad
 * query gets HTTP 400 and a page naming each bad parameter; a good one is served from the
 * internal route keyed by the normalised scenario. That route is rendered once per
 * scenario and its bytes kept in a bounded in-memory cache, so a page that many people
 * open with the same settings is not drawn again for each of them.
 *
 * Pages are served as finished HTML, without Next's client runtime (lib/static-html.ts): they
 * need no JavaScript, so readers get a third of the bytes and no framework code to run. The
 * site's pages with no settings (/methodology, /sources), the 400 page for bad settings and the
 * 404 page are served the same way, so that no page needs an inline script and the
 * Content-Security-Policy can allow scripts from this origin's files only.
 *
 * The internal routes (/view/…, /scenario-error) answer only the proxy's own requests; to
 * anyone else they are unknown addresses. Files and route handlers (FILE_ROUTES) go to Next
 * untouched.
 */

const pageCache = new PageCache(Number(process.env.PAGE_CACHE_MAX_BYTES ?? 32 * 1024 * 1024));
const rendering = new Map<string, Promise<CachedPage | undefined>>();
const KEPT_HEADERS = new Set(['content-type', 'cache-control']);
/** Marks the proxy's own request for a page it is about to cache, so that it is not intercepted again. */
const INTERNAL_RENDER = 'x-internal-render';
const STATIC_PAGES = new Set(['/methodology', '/sources']);
/** Any address that no route answers: Next renders its not-found page for it, the same for every such address. */
const NOT_FOUND_PROBE = '/__no-such-page';
const NOT_FOUND_KEY = '404';
/**
 * Files and route handlers, which Next answers itself: public/print.js, the icon, robots.txt,
 * sitemap.xml, preview images and data downloads (app/og, app/facilities/[facilityId]/data.*).
 */
const FILE_ROUTES = [
  /^\/(?:print\.js|icon\.svg|robots\.txt|sitemap\.xml)$/,
  /^\/og\/[^/]+\.png$/,
  /^\/facilities\/[^/]+\/data\.(?:csv|json)$/,
];

/** Requests from Next's client-side router want the RSC payload, not HTML: they bypass the cache. */
function isRouterRequest(request: NextRequest): boolean {
  return request.headers.has('rsc') || request.headers.has('next-router-prefetch') || request.headers.has('next-router-state-tree');
}

function internalOrigin(request: NextRequest): string {
  return process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? (request.nextUrl.port || '3000')}`;
}

/** Renders an internal route and strips the client runtime from it; undefined unless it answers with `status`. */
async function fetchPage(internal: string, request: NextRequest, status: number): Promise<CachedPage | undefined> {
  const response = await fetch(`${internalOrigin(request)}${internal}`, {
    headers: { 'accept-encoding': 'identity', [INTERNAL_RENDER]: '1' },
  });
  if (response.status !== status) return undefined;
  const html = (response.headers.get('content-type') ?? '').includes('text/html');
  const body = html ? new TextEncoder().encode(stripClientRuntime(await response.text())) : new Uint8Array(await response.arrayBuffer());
  const headers = [...response.headers.entries()].filter(([name]) => KEPT_HEADERS.has(name.toLowerCase()));
  return { status, headers, body };
}

/** A cached page, rendered once however many readers ask for it at the same moment. */
async function render(key: string, internal: string, request: NextRequest, status = 200): Promise<CachedPage | undefined> {
  let pending = rendering.get(key);
  if (pending === undefined) {
    pending = (async () => {
      const page = await fetchPage(internal, request, status);
      return page === undefined ? undefined : pageCache.set(key, page.status, page.headers, page.body);
    })().finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

/** Next compresses the response for the client (it drops any encoding a proxy sets), so the page goes out as is. */
function respond(page: CachedPage, hit: boolean): NextResponse {
  const headers = new Headers(page.headers);
  headers.set('x-page-cache', hit ? 'hit' : 'miss');
  return new NextResponse(page.body, { status: page.status, headers });
}

/** The page at `internal`, from the cache or rendered once; kept under `key` (by default its own address). */
async function serveCached(
  internal: string,
  request: NextRequest,
  fallback: () => NextResponse,
  { key = internal, status = 200 }: { key?: string; status?: number } = {},
): Promise<NextResponse> {
  const cached = pageCache.get(key);
  const page = cached ?? (await render(key, internal, request, status).catch(() => undefined));
  if (page === undefined) return fallback();
  return respond(page, cached !== undefined);
}

/** The 404 page, the same for every unknown address: rendered once and kept. */
function notFound(request: NextRequest): Promise<NextResponse> {
  return serveCached(NOT_FOUND_PROBE, request, () => NextResponse.next(), { key: NOT_FOUND_KEY, status: 404 });
}

/**
 * The 400 page names what the reader typed, so it differs for every bad link and is not kept.
 * If it cannot be fetched, Next renders it directly (with its runtime).
 */
async function badSettings(request: NextRequest, from: string): Promise<NextResponse> {
  const internal = `/scenario-error?${new URLSearchParams({ from })}`;
  const page = await fetchPage(internal, request, 200).catch(() => undefined);
  if (page !== undefined) return respond({ ...page, status: 400 }, false);
  return NextResponse.rewrite(new URL(internal, request.url), { status: 400 });
}

export async function proxy(request: NextRequest) {
  if (request.headers.has(INTERNAL_RENDER)) return NextResponse.next();
  const url = request.nextUrl;
  if (FILE_ROUTES.some((r) => r.test(url.pathname))) return NextResponse.next();
  if (STATIC_PAGES.has(url.pathname)) {
    // these pages take no settings: a query (a share tracker's, say) changes nothing on them
    if (request.method !== 'GET' || isRouterRequest(request)) return NextResponse.next();
    return serveCached(url.pathname, request, () => NextResponse.next());
  }
  const route = matchPublicRoute(url.pathname);
  if (route === undefined) return notFound(request);
  const facilityId = route.facilityId ?? featuredFacilityId();
  const params = new URLSearchParams(url.search);
  params.delete('_rsc');
  const result = parseForFacility(facilityId, params);
  if (result === undefined) return notFound(request); // unknown facility
  if (!result.ok) return badSettings(request, `${url.pathname}${url.search}`);
  const key = encodeURIComponent(scenarioKey(facilityId, result.scenario));
  const section = route.section.slug === '' ? '' : `/${route.section.slug}`;
  const internal = route.facilityId === undefined ? `/view/${key}` : `/view/${key}/facilities/${encodeURIComponent(facilityId)}${section}`;
  const target = new URL(internal, request.url);
  target.search = '';
  if (request.method !== 'GET' || isRouterRequest(request)) return NextResponse.rewrite(target);

  return serveCached(internal, request, () => NextResponse.rewrite(target));
}

/** Every address but Next's own assets. */
export const config = { matcher: ['/((?!_next/).*)'] };
