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

/** The chart's markup (recharts' wrapper and its `svg.recharts-surface`), as HTML. */
export function ServerSvg({ chart }: { chart: ReactElement }) {
  return <div className="chart-drawing" dangerouslySetInnerHTML={{ __html: renderToStaticMarkup(chart) }} />;
}
