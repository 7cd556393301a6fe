/**
 * A chart's PNG, drawn from its SVG document (app/_components/charts/standalone.tsx) by resvg
 * (@resvg/resvg-js, a maintained renderer; we write no rasteriser), with the fonts that ship with
 * the project (fonts/: DejaVu Sans, the face the charts' layout measures text by), never the
 * machine's own: the same bytes on a laptop and on the server.
 *
 * resvg is a native module: it is loaded at run time with createRequire, outside the bundler's
 * graph, like recharts (app/_components/charts/server-svg.tsx).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type * as Resvg from '@resvg/resvg-js';

const load = createRequire(path.join(process.cwd(), 'package.json'));

/** The font files, from the project's root (where the server runs). */
export const CHART_FONT_FILES = ['fonts/DejaVuSans.ttf', 'fonts/DejaVuSans-Bold.ttf'].map((f) => path.join(process.cwd(), f));

/** Pixels per SVG unit: twice the drawing's size, sharp on a high-density screen and in print. */
export const PNG_SCALE = 2;

/** The PNG of `svg`, PNG_SCALE times its size. */
export function svgToPng(svg: string): { png: Uint8Array; width: number; height: number } {
  const { Resvg: Renderer } = load('@resvg/resvg-js') as typeof Resvg;
  const renderer = new Renderer(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const image = renderer.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
