/**
 * The answer of every chart address (lib/pages/chart-routes.ts): the SVG, the PNG drawn from it,
 * or the embed page. The proxy has already answered a bad query with the site's 400 page and a
 * non-canonical one with a 308, and keeps what this renders in its page cache; this checks again,
 * for a request that reaches it otherwise, and answers 404 where the view draws no such chart.
 */
import { type ChartRoute, chartFileName, chartSettingsOf, matchChartRoute } from '@/lib/pages/chart-routes';
import { parseSettings, settingsContext } from '@/lib/pages/routes';
import { scenarioToQuery } from '@/lib/scenario/scenario';
import { CACHE_CONTROL } from '@/server/http-cache';
import { svgToPng } from '@/server/chart-png';

import { chartSvg } from '../_components/charts/standalone';
import { markupOf } from '../_components/charts/server-svg';
import { EmbedDocument } from './embed-page';
import { chartSpec } from './specs';

function plain(status: number, text: string): Response {
  const cacheControl = status === 400 ? CACHE_CONTROL.badRequest : CACHE_CONTROL.notFound;
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheControl } });
}

function file(route: ChartRoute, body: BodyInit, type: string): Response {
  return new Response(body, {
    headers: {
      'content-type': type,
      'content-disposition': `inline; filename="${chartFileName(route)}"`,
      'cache-control': CACHE_CONTROL.page,
    },
  });
}

export function chartResponse(request: Request): Response {
  const url = new URL(request.url);
  const route = matchChartRoute(url.pathname);
  if (route === undefined) return plain(404, 'No chart at this address.');
  const of = chartSettingsOf(route);
  const ctx = settingsContext(of);
  const parsed = parseSettings(of, url.searchParams);
  if (ctx === undefined || parsed === undefined) return plain(404, 'No chart at this address.');
  if (!parsed.ok) return plain(400, `Settings not understood: ${parsed.errors.map((e) => e.param).join(', ')}`);
  const spec = chartSpec(route, parsed.scenario);
  if (spec === undefined) return plain(404, 'This view draws no such chart.');
  if (route.format === 'svg') return file(route, chartSvg(spec), 'image/svg+xml; charset=utf-8');
  if (route.format === 'png') return file(route, Buffer.from(svgToPng(chartSvg(spec)).png), 'image/png');
  const html = `<!DOCTYPE html>${markupOf(<EmbedDocument route={route} spec={spec} query={scenarioToQuery(parsed.scenario, ctx)} />)}`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': CACHE_CONTROL.page } });
}
