import { randomBytes } from 'node:crypto';

import { type NextRequest, NextResponse } from 'next/server';

import {
  CALCULATOR_DOWNLOAD,
  type CalculatorPage,
  calculatorRouteAt,
  canonicalQueryOf,
  internalPath,
  parseCalculatorParams,
} from '@/lib/calculator/route';
import { type ChartRoute, chartSettingsOf, matchChartRoute } from '@/lib/pages/chart-routes';
import { matchPublicRoute, parseSettings, regionSettings, settingsContext, settingsOfRoute } from '@/lib/pages/routes';
import { scenarioToQuery } from '@/lib/scenario/scenario';
import { dataVersion } from '@/lib/data/version';
import { localDate, now, startOfDay } from '@/lib/core/clock';
import { decisionsChangeOn } from '@/lib/pages/decisions';
import { CACHE_CONTROL, matchesEtag, pageCacheControl } from '@/server/http-cache';
import { type CachedPage, finishedPage, PageCache } from '@/server/page-cache';
import { RenderQueue, within } from '@/server/render-queue';
import { scenarioKey } from '@/server/scenario-route';
import { type Locale, localeOfErrorPage, localeOfInternalPath } from '@/lib/i18n/locales';
import { stripClientRuntime } from '@/server/static-html';

/**
 * Every page's scenario comes from its query string. Here it is validated once: a bad query
 * gets HTTP 400 and a page naming each bad parameter; a valid query that is not in its canonical
 * form (defaults spelled out, parameters out of order, share trackers) gets a 308 to the
 * canonical address, so a shared cache keeps one copy of each view; a canonical one is served
 * from the internal route keyed by the normalised scenario. That route is rendered once per
 * scenario, at most RENDER_CONCURRENCY at a time (the rest wait in a queue of RENDER_QUEUE, and
 * beyond it a new view gets 503 with Retry-After, as does one kept waiting RENDER_WAIT_SECONDS by a queue),
 * and its bytes are kept in the one page cache
 * (server/page-cache.ts), bounded in bytes. Preview images go through the same cache.
 *
 * Pages are served as finished HTML, without Next's client runtime (server/static-html.ts): they
 * need no JavaScript. Each response says what a browser or CDN may keep (server/http-cache.ts),
 * with a strong ETag and 304 for a matching If-None-Match.
 *
 * The internal routes (/view/…, /scenario-error) answer only this proxy's own requests, which
 * carry a secret drawn at random when the process starts; to anyone else they are unknown
 * addresses. The proxy reaches them at INTERNAL_ORIGIN (default http://127.0.0.1:$PORT), from
 * configuration, never from the request. Under `npm start` that is a second, render-only server on
 * 127.0.0.1 (scripts/start.mjs), which shares the secret: rendering, synchronous work, then holds
 * its event loop, not this one. Files and route handlers (FILE_ROUTES) go to Next.
 */

/** Under `next dev` pages are neither cached nor stripped: Next's own rendering, with its dev tools, on every request. */
const DEV = process.env.NODE_ENV === 'development';
const VERSION = dataVersion();
const pageCache = new PageCache(Number(process.env.PAGE_CACHE_MAX_BYTES ?? 48 * 1024 * 1024), VERSION);
const renders = new RenderQueue(Number(process.env.RENDER_CONCURRENCY ?? 1), Number(process.env.RENDER_QUEUE ?? 8));
/**
 * How long a reader waits for a new view while renders are queued before getting 503 with
 * Retry-After instead (the render goes on, and is kept for the next reader); with no queue it
 * waits for its view, so the first view of a cold server is never refused. Without it a flood of
 * new views on a slow machine leaves readers with no answer at all (autocannon's 10 s timeout in
 * `npm run flood`).
 */
const RENDER_WAIT_MS = Number(process.env.RENDER_WAIT_SECONDS ?? 6) * 1000;
let lateRenders = 0;
/** A render asked for: its page, once drawn, and whether it has left the queue. */
type RenderJob = { page: Promise<CachedPage | undefined>; started: boolean };
const rendering = new Map<string, RenderJob>();
const STARTED = Date.now();
/** Set by `npm start`'s launcher (scripts/start.mjs): this server's renders run in the render server beside it. */
const SEPARATE_RENDERER = process.env.SITE_ROLE === 'public';
/** Marks the proxy's own request for a page it is about to cache; the value is known only to this process. */
const INTERNAL_RENDER = 'x-internal-render';
/**
 * Drawn at random when the process starts, unless INTERNAL_RENDER_SECRET is set: `npm start`'s
 * launcher (scripts/start.mjs) draws one for its public and render servers to share, and the
 * measuring scripts (scripts/server.mjs) pass one of their own, so they can weigh a page as Next
 * renders it. Do not set it yourself.
 */
const SECRET = process.env.INTERNAL_RENDER_SECRET || randomBytes(24).toString('base64url');
const STATIC_PAGES = new Set(['/methodology', '/sources', '/next']);
/** Any address that no route answers: Next renders its not-found page for it, the same for every such address. */
const NOT_FOUND_PROBE = '/__no-such-page';
/** The Atom feed and the decision calendar (app/feed.xml, app/calendar.ics): they take no settings, so a query gets a 308 to the bare address. */
const FEEDS = /^\/(?:feed\.xml|calendar\.ics)$/;
/**
 * Files and route handlers, which Next answers itself: public/print.js, the icon, robots.txt,
 * sitemap.xml, data downloads (app/facilities/[facilityId]/data.*) and the feeds.
 */
const FILE_ROUTES = [
  /^\/(?:print\.js|icon\.svg|robots\.txt|sitemap\.xml)$/,
  /^(?:\/facilities\/[^/]+)?\/data\.(?:csv|json)$/,
  CALCULATOR_DOWNLOAD,
  FEEDS,
];

/** Preview images, /og/<facility>.<data version>.png (app/og). */
const PREVIEW_IMAGE = /^\/og\/[\w-]+\.[0-9a-f]+\.png$/;
/** A facility's download, or the region's (/data.csv: its settings are read with the featured facility's, as the front page's). */
const DOWNLOAD = /^(?:\/facilities\/([^/]+))?\/data\.(?:csv|json)$/;

function internalOrigin(): string {
  return process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
}

const logged = new Set<string>();
/** Each kind of failure is logged once, with its cause, so a broken self-fetch is seen without flooding the log. */
function logOnce(what: string, cause: unknown): void {
  const line = `${what}: ${cause instanceof Error ? cause.message : String(cause)}`;
  if (logged.has(line)) return;
  logged.add(line);
  console.error(`[proxy] ${line}`);
}

/**
 * The request as Next renders it, told its language (next-intl reads the header; app/_i18n/request.ts).
 * Set on every page this proxy hands to Next, so a reader cannot choose it with a header of their own.
 */
function inLocale(request: NextRequest, locale: Locale): { request: { headers: Headers } } {
  const headers = new Headers(request.headers);
  headers.set('x-next-intl-locale', locale);
  return { request: { headers } };
}

/** Requests from Next's client-side router want the RSC payload, not HTML: they bypass the cache. */
function isRouterRequest(request: NextRequest): boolean {
  return request.headers.has('rsc') || request.headers.has('next-router-prefetch') || request.headers.has('next-router-state-tree');
}

/** Renders an internal route and strips the client runtime from it; undefined unless it answers with `status`. */
async function fetchPage(
  internal: string,
  status: number,
): Promise<{ headers: [string, string][]; body: Uint8Array<ArrayBuffer> } | undefined> {
  const response = await fetch(`${internalOrigin()}${internal}`, {
    headers: { 'accept-encoding': 'identity', [INTERNAL_RENDER]: SECRET },
  });
  if (response.status !== status) {
    logOnce(`internal ${internal.split('?')[0]}`, `answered ${response.status}, expected ${status}`);
    return undefined;
  }
  const type = response.headers.get('content-type') ?? 'text/html; charset=utf-8';
  const body = type.includes('text/html')
    ? new TextEncoder().encode(stripClientRuntime(await response.text()))
    : new Uint8Array(await response.arrayBuffer());
  return { headers: [['content-type', type]], body };
}

/** A cached page, rendered once however many readers ask for it at the same moment; 'busy' when the queue is full. */
function render(key: string, internal: string, status: number): RenderJob | 'busy' {
  const pending = rendering.get(key);
  if (pending !== undefined) return pending;
  if (!renders.hasRoom()) return 'busy';
  const job: RenderJob = { page: Promise.resolve(undefined), started: false };
  job.page = renders
    .run(async () => {
      job.started = true;
      const page = await fetchPage(internal, status);
      return page === undefined ? undefined : pageCache.set(key, status, page.headers, page.body);
    })
    .catch((e: unknown) => {
      logOnce(`render ${internal.split('?')[0]}`, e);
      return undefined;
    })
    .finally(() => rendering.delete(key));
  rendering.set(key, job);
  return job;
}

/** The page in the encoding the reader accepts, with what caches may keep, its tag, and 304 where the reader has it. */
function respond(request: NextRequest, page: CachedPage, cacheControl: string, hit: boolean): NextResponse {
  const headers = new Headers(page.headers);
  headers.set('cache-control', cacheControl);
  headers.set('etag', page.etag);
  headers.set('vary', 'accept-encoding');
  headers.set('x-page-cache', hit ? 'hit' : 'miss');
  if (page.status === 200 && matchesEtag(request.headers.get('if-none-match'), page.etag)) {
    return new NextResponse(null, { status: 304, headers });
  }
  // Next compresses what goes out (it drops a Content-Encoding set here; see server/page-cache.ts)
  return new NextResponse(request.method === 'HEAD' ? null : page.body, { status: page.status, headers });
}

function busy(): NextResponse {
  return new NextResponse(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Busy</title><p>The site is drawing many new views at once. Please try again in a few seconds.</p></html>',
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', 'cache-control': CACHE_CONTROL.busy } },
  );
}

/** The page at `internal`, from the cache or rendered once; kept under the data version and `key`. */
async function serveCached(
  request: NextRequest,
  internal: string,
  fallback: () => NextResponse,
  { key = internal, status = 200, cacheControl = CACHE_CONTROL.page }: { key?: string; status?: number; cacheControl?: string } = {},
): Promise<NextResponse> {
  if (DEV) return fallback();
  // what a page says of a decision changes when its date passes: the page is kept under the day of
  // the next such change, and no cache may keep it past that moment
  const at = now();
  const change = decisionsChangeOn(localDate(at));
  if (cacheControl === CACHE_CONTROL.page && change !== undefined) {
    cacheControl = pageCacheControl((startOfDay(change).getTime() - at.getTime()) / 1000);
  }
  const fullKey = `${VERSION}:${change ?? 'settled'}:${key}`;
  const cached = pageCache.get(fullKey);
  if (cached !== undefined) return respond(request, cached, cacheControl, true);
  const job = render(fullKey, internal, status);
  if (job === 'busy') return busy();
  let page = await within(job.page, RENDER_WAIT_MS);
  if (page === 'late') {
    // still in the queue, or drawn while others wait behind it: 503 now (the render goes on, and is
    // kept); drawn with no one waiting (a cold server's first view): wait for it
    if (!job.started || renders.queued > 0) {
      lateRenders++;
      return busy();
    }
    page = await job.page;
  }
  if (page === undefined) {
    logOnce('fallback', `${internal.split('?')[0]} was not rendered by the proxy; Next serves it with its runtime`);
    return fallback();
  }
  return respond(request, page, cacheControl, false);
}

/** The 404 page, the same for every unknown address: rendered once and kept. */
function notFound(request: NextRequest): Promise<NextResponse> {
  return serveCached(request, NOT_FOUND_PROBE, () => NextResponse.next(), {
    key: '404',
    status: 404,
    cacheControl: CACHE_CONTROL.notFound,
  });
}

/**
 * The 400 page names what the reader typed, so it differs for every bad link and is not kept.
 * If it cannot be fetched, Next renders it directly (with its runtime).
 */
async function badSettings(request: NextRequest, from: string): Promise<NextResponse> {
  const internal = `/scenario-error?${new URLSearchParams({ from })}`;
  const locale = inLocale(request, localeOfErrorPage(from));
  if (DEV) return NextResponse.rewrite(new URL(internal, request.url), { status: 400, ...locale });
  const page = await fetchPage(internal, 200).catch((e: unknown) => logOnce('400 page', e));
  if (page) return respond(request, finishedPage(400, page.headers, page.body, VERSION), CACHE_CONTROL.badRequest, false);
  return NextResponse.rewrite(new URL(internal, request.url), { status: 400, ...locale });
}

/** GET /healthz: what runs, on which data, and how the cache fares. Not for search engines, never cached. */
function health(): NextResponse {
  const body = {
    status: 'ok',
    version: process.env.APP_VERSION ?? null,
    dataVersion: VERSION,
    uptimeSeconds: Math.round((Date.now() - STARTED) / 1000),
    cache: {
      entries: pageCache.size,
      bytes: pageCache.totalBytes,
      maxBytes: pageCache.maxBytes,
      hits: pageCache.hits,
      misses: pageCache.misses,
    },
    renders: {
      // the queue is this process's; with a separate renderer, `running` counts pages being drawn there
      separateProcess: SEPARATE_RENDERER,
      running: renders.running,
      queued: renders.queued,
      refused: renders.refused,
      late: lateRenders,
      concurrency: renders.concurrency,
      queueLength: renders.maxQueue,
    },
  };
  return NextResponse.json(body, { headers: { 'cache-control': CACHE_CONTROL.health, 'x-robots-tag': 'noindex' } });
}

/** A 308 to the same path with the canonical query, where the request's query differs from it. */
function canonicalRedirect(request: NextRequest, canonicalQuery: string): NextResponse | undefined {
  const given = request.nextUrl.search.replace(/^\?/, '');
  if (given === canonicalQuery) return undefined;
  const to = new URL(request.nextUrl.pathname, request.url);
  to.search = canonicalQuery;
  return NextResponse.redirect(to, 308);
}

/** A data download asked for with a valid but non-canonical query: 308 to the canonical one, as for pages. */
function canonicalDownload(request: NextRequest): NextResponse | undefined {
  if (CALCULATOR_DOWNLOAD.test(request.nextUrl.pathname)) {
    // a bad query, or none, gets the download's own 400 in JSON
    const result = parseCalculatorParams(new URLSearchParams(request.nextUrl.search));
    return result.ok === true ? canonicalRedirect(request, canonicalQueryOf(result)) : undefined;
  }
  const m = DOWNLOAD.exec(request.nextUrl.pathname);
  if (m === null) return undefined;
  const of = m[1] === undefined ? regionSettings() : { facilityId: m[1], region: false };
  const ctx = settingsContext(of);
  if (ctx === undefined) return undefined;
  const result = parseSettings(of, new URLSearchParams(request.nextUrl.search));
  // a bad query gets the download's own 400 in JSON
  return result?.ok ? canonicalRedirect(request, scenarioToQuery(result.scenario, ctx)) : undefined;
}

/**
 * The calculator and its hearing packet: a proposal's settings come from the query, validated here like a
 * scenario's (400 naming each bad parameter, 308 to the canonical query); each set of settings is rendered
 * once, through the same render queue and page cache as every other page, so a flood of new proposals waits
 * its turn (or gets 503) while cached pages are still served.
 */
function serveCalculator(
  request: NextRequest,
  { page, locale }: { page: CalculatorPage; locale: Locale },
  plain: boolean,
): Promise<NextResponse> | NextResponse {
  const params = new URLSearchParams(request.nextUrl.search);
  params.delete('_rsc');
  const result = parseCalculatorParams(params);
  if (result.ok === false) return badSettings(request, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const query = canonicalQueryOf(result);
  if (plain && !isRouterRequest(request)) {
    const redirect = canonicalRedirect(request, query);
    if (redirect) return redirect;
  }
  const internal = internalPath(page, query, locale);
  const target = new URL(internal, request.url);
  target.search = '';
  const rewrite = () => NextResponse.rewrite(target, inLocale(request, locale));
  if (!plain || isRouterRequest(request)) return rewrite();
  return serveCached(request, internal, rewrite);
}

/**
 * A chart's SVG, PNG or embed page (lib/pages/chart-routes.ts, issue #25): its settings are
 * validated as its page's (400, 308), then it is rendered once and kept like a page.
 */
function serveChart(request: NextRequest, chart: ChartRoute): Promise<NextResponse> | NextResponse {
  const of = chartSettingsOf(chart);
  const ctx = settingsContext(of);
  const result = parseSettings(of, new URLSearchParams(request.nextUrl.search));
  if (result === undefined || ctx === undefined) return notFound(request);
  if (!result.ok) return badSettings(request, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const query = scenarioToQuery(result.scenario, ctx);
  const redirect = canonicalRedirect(request, query);
  if (redirect) return redirect;
  return serveCached(request, `${request.nextUrl.pathname}${query === '' ? '' : `?${query}`}`, () => NextResponse.next());
}

export async function proxy(request: NextRequest) {
  if (request.headers.get(INTERNAL_RENDER) === SECRET) {
    const { pathname, searchParams } = request.nextUrl;
    const locale = pathname === '/scenario-error' ? localeOfErrorPage(searchParams.get('from')) : localeOfInternalPath(pathname);
    return NextResponse.next(inLocale(request, locale));
  }
  const url = request.nextUrl;
  if (url.pathname === '/healthz') return health();
  if (FEEDS.test(url.pathname)) return canonicalRedirect(request, '') ?? NextResponse.next();
  if (FILE_ROUTES.some((r) => r.test(url.pathname))) return canonicalDownload(request) ?? NextResponse.next();
  if (PREVIEW_IMAGE.test(url.pathname)) {
    // named with the data version (app/og): kept for a year; an unknown name is Next's 404
    return serveCached(request, url.pathname, () => NextResponse.next(), { cacheControl: CACHE_CONTROL.immutable });
  }
  const plain = request.method === 'GET' || request.method === 'HEAD';
  if (STATIC_PAGES.has(url.pathname)) {
    if (!plain || isRouterRequest(request)) return NextResponse.next();
    // these pages take no settings: a query (a share tracker's, say) is not part of their address
    return canonicalRedirect(request, '') ?? serveCached(request, url.pathname, () => NextResponse.next());
  }
  const calculator = calculatorRouteAt(url.pathname);
  if (calculator !== undefined) return serveCalculator(request, calculator, plain);
  const chart = matchChartRoute(url.pathname);
  if (chart !== undefined) return serveChart(request, chart);
  const route = matchPublicRoute(url.pathname);
  if (route === undefined) return notFound(request);
  const of = settingsOfRoute(route);
  const params = new URLSearchParams(url.search);
  params.delete('_rsc');
  const result = parseSettings(of, params);
  const ctx = settingsContext(of);
  if (result === undefined || ctx === undefined) return notFound(request); // unknown facility
  if (!result.ok) return badSettings(request, `${url.pathname}${url.search}`);
  if (plain && !isRouterRequest(request)) {
    const redirect = canonicalRedirect(request, scenarioToQuery(result.scenario, ctx));
    if (redirect) return redirect;
  }
  const key = encodeURIComponent(scenarioKey(of, result.scenario));
  const internal = `/view/${key}${route.internal}`;
  const target = new URL(internal, request.url);
  target.search = '';
  const rewrite = () => NextResponse.rewrite(target, inLocale(request, route.locale));
  if (!plain || isRouterRequest(request)) return rewrite();
  return serveCached(request, internal, rewrite);
}

/** Every address but Next's own assets. */
export const config = { matcher: ['/((?!_next/).*)'] };
