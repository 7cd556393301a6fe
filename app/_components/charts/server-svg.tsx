/**
 * Charts drawn to an SVG string on the server, so that a page sends the drawing and no chart code.
 *
 * `react-dom/server` and `recharts` are loaded at run time with `createRequire`, outside the
 * bundler's graph. Next refuses `react-dom/server` in a Server Component on purpose (a static
 * render there usually means a mistake); here a static string is exactly what we want, so we step
 * around that guard knowingly. Consequences:
 * - The string goes into the page as HTML. It is built only from our zod-validated data, and
 *   React's renderer escapes every text and attribute in it.
 * - The bundler does not see these two packages. `next start` finds them in node_modules; a
 *   standalone or traced deployment must be told to include them (README, "Charts").
 * - Nothing here runs in the browser: a chart that needed interaction would need its own client
 *   island. None does: every chart has a summary and a data table.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type { ReactElement } from 'react';
import type * as ReactDomServer from 'react-dom/server';
import type * as Recharts from 'recharts';

// Resolved from the project's root (where `next start` and `next build` run), not from the
// bundled file's location under .next/.
const load = createRequire(path.join(process.cwd(), 'package.json'));

/** recharts, for building chart elements that `drawSvg` renders. */
export const recharts = load('recharts') as typeof Recharts;

const { renderToStaticMarkup } = load('react-dom/server') as typeof ReactDomServer;

/** The static markup of an element (a chart, or a whole page for a route handler to send). */
export function markupOf(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** recharts' own counter for the ids it puts in a drawing (`recharts12-clip`), shared with the charts it draws. */
const { uniqueId } = load('recharts/lib/util/DataUtils') as { uniqueId: (prefix: string) => string };

/**
 * Drawings already made, by their chart's input, bounded in bytes (least recently used first out).
 * A chart's input comes from the data, not from the reader's settings, so every new view of a page
 * draws the same charts: drawing each once (recharts' layout is a sixth of a new view's work) and
 * handing out the markup again keeps the page's bytes as they were, but for the ids below.
 */
const drawn = new Map<string, string>();
let drawnBytes = 0;
const MAX_DRAWN_BYTES = 8 * 1024 * 1024;

/** The ids recharts generated in a drawing ("recharts47" in `recharts47-clip`): each use of a kept drawing gets fresh ones. */
const GENERATED_ID = /\brecharts\d+(?!\d)/g;

function withFreshIds(html: string): string {
  const fresh = new Map<string, string>();
  return html.replace(GENERATED_ID, (id) => {
    let next = fresh.get(id);
    if (next === undefined) {
      next = uniqueId('recharts');
      fresh.set(id, next);
    }
    return next;
  });
}

/**
 * The chart's markup, drawn once per `key` (which must name everything the drawing depends on:
 * the chart's props as JSON) and kept; every page that uses it again gets ids of its own.
 */
export function drawSvg(key: string, chart: () => ReactElement): string {
  const kept = drawn.get(key);
  if (kept !== undefined) {
    drawn.delete(key);
    drawn.set(key, kept);
    return withFreshIds(kept);
  }
  const html = renderToStaticMarkup(chart());
  drawn.set(key, html);
  drawnBytes += key.length + html.length;
  for (const [k, v] of drawn) {
    if (drawnBytes <= MAX_DRAWN_BYTES) break;
    drawn.delete(k);
    drawnBytes -= k.length + v.length;
  }
  return html;
}

/** The chart's markup (recharts' wrapper and its `svg.recharts-surface`), as HTML, drawn once per `drawingKey`. */
export function ServerSvg({ drawingKey, chart }: { drawingKey: string; chart: () => ReactElement }) {
  return <div className="chart-drawing" dangerouslySetInnerHTML={{ __html: drawSvg(drawingKey, chart) }} />;
}
