import { type NextRequest, NextResponse } from 'next/server';

import { type CachedPage, PageCache } from '@/lib/page-cache';
import { featuredFacilityId, matchPublicRoute, parseForFacility, scenarioKey } from '@/lib/scenario-route';
import { stripClientRuntime } from '@/lib/static-html';

/**
 * Every page's scenario comes from its query string. Here it is validated once: a bad
 * query gets HTTP 400 and a page naming each bad parameter; a good one is served from the
 * internal route keyed by the normalised scenario. That route is rendered once per
 * scenario and its bytes kept in a bounded in-memory cache, so a page that many people
 * open with the same settings is not drawn again for each of them.
 *
 * Pages are served as finished HTML, without Next's client runtime (lib/static-html.ts): they
 * need no JavaScript, so readers get a third of the bytes and no framework code to run. The
 * site's pages with no settings (/methodology, /sources) are served the same way.
 */

const pageCache = new PageCache(Number(process.env.PAGE_CACHE_MAX_BYTES ?? 32 * 1024 * 1024));
const rendering = new Map<string, Promise<CachedPage | undefined>>();
const KEPT_HEADERS = new Set(['content-type', 'cache-control']);
/** Marks the proxy's own request for a page it is about to cache, so that it is not intercepted again. */
const INTERNAL_RENDER = 'x-internal-render';
const STATIC_PAGES = new Set(['/methodology', '/sources']);

/** Requests from Next's client-side router want the RSC payload, not HTML: they bypass the cache. */
function isRouterRequest(request: NextRequest): boolean {
  return request.headers.has('rsc') || request.headers.has('next-router-prefetch') || request.headers.has('next-router-state-tree');
}

function internalOrigin(request: NextRequest): string {
  return process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? (request.nextUrl.port || '3000')}`;
}

async function render(internal: string, request: NextRequest): Promise<CachedPage | undefined> {
  let pending = rendering.get(internal);
  if (pending === undefined) {
    pending = (async () => {
      const response = await fetch(`${internalOrigin(request)}${internal}`, {
        headers: { 'accept-encoding': 'identity', [INTERNAL_RENDER]: '1' },
      });
      if (response.status !== 200) return undefined;
      const html = (response.headers.get('content-type') ?? '').includes('text/html');
      const body = html
        ? new TextEncoder().encode(stripClientRuntime(await response.text()))
        : new Uint8Array(await response.arrayBuffer());
      const headers = [...response.headers.entries()].filter(([name]) => KEPT_HEADERS.has(name.toLowerCase()));
      return pageCache.set(internal, 200, headers, body);
    })().finally(() => rendering.delete(internal));
    rendering.set(internal, pending);
  }
  return pending;
}

/** Next compresses the response for the client (it drops any encoding a proxy sets), so the page goes out as is. */
function respond(page: CachedPage, hit: boolean): NextResponse {
  const headers = new Headers(page.headers);
  headers.set('x-page-cache', hit ? 'hit' : 'miss');
  return new NextResponse(page.body, { status: page.status, headers });
}

async function serveCached(internal: string, request: NextRequest, fallback: () => NextResponse): Promise<NextResponse> {
  const cached = pageCache.get(internal);
  const page = cached ?? (await render(internal, request).catch(() => undefined));
  if (page === undefined) return fallback();
  return respond(page, cached !== undefined);
}

export async function proxy(request: NextRequest) {
  if (request.headers.has(INTERNAL_RENDER)) return NextResponse.next();
  const url = request.nextUrl;
  if (STATIC_PAGES.has(url.pathname)) {
    if (request.method !== 'GET' || isRouterRequest(request) || url.search !== '') return NextResponse.next();
    return serveCached(url.pathname, request, () => NextResponse.next());
  }
  const route = matchPublicRoute(url.pathname);
  if (route === undefined) return NextResponse.next();
  const facilityId = route.facilityId ?? featuredFacilityId();
  const params = new URLSearchParams(url.search);
  params.delete('_rsc');
  const result = parseForFacility(facilityId, params);
  if (result === undefined) return NextResponse.next(); // unknown facility: the 404 page
  if (!result.ok) {
    const target = new URL('/scenario-error', request.url);
    target.search = '';
    target.searchParams.set('from', `${url.pathname}${url.search}`);
    return NextResponse.rewrite(target, { status: 400 });
  }
  const key = encodeURIComponent(scenarioKey(facilityId, result.scenario));
  const section = route.section === 'overview' ? '' : `/${route.section}`;
  const internal = route.facilityId === undefined ? `/view/${key}` : `/view/${key}/facilities/${encodeURIComponent(facilityId)}${section}`;
  const target = new URL(internal, request.url);
  target.search = '';
  if (request.method !== 'GET' || isRouterRequest(request)) return NextResponse.rewrite(target);

  return serveCached(internal, request, () => NextResponse.rewrite(target));
}

export const config = { matcher: ['/', '/methodology', '/sources', '/facilities/:path*'] };
