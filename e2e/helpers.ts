import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { listFacilities } from '../lib/data/load';
import type { Quantity } from '../lib/core/quantity';
import { sectionsFor } from '../lib/pages/registry';
import { publicPath } from '../lib/pages/site';

export const facility = listFacilities()[0]!;

/** Every page of the site that a reader can reach, for the checks every page must pass: from the registry, as the sitemap. */
export const ALL_PAGES = [
  '/',
  '/report',
  '/handout',
  '/facilities',
  '/methodology',
  '/sources',
  ...listFacilities().flatMap((f) => sectionsFor(f.id).map((s) => publicPath(f.id, s.id))),
];

/**
 * A facility with no power figure at all (MACROHARDRR) has no Power page, and nothing to chart on its overview; with no
 * water figure either, its printed pages (report, handout) have no chart: they list its dated events instead.
 */
const uncharted = listFacilities()
  .filter((f) => !sectionsFor(f.id).some((s) => s.id === 'power'))
  .flatMap((f) => [
    publicPath(f.id, 'overview'),
    ...(sectionsFor(f.id).some((s) => s.id === 'water')
      ? []
      : sectionsFor(f.id)
          .filter((s) => s.id === 'report' || s.id === 'handout')
          .map((s) => publicPath(f.id, s.id))),
  ]);

/** Pages with charts (all but the methodology, the sources, the claims and the overview of a facility with no power figure). */
export const CHART_PAGES = ALL_PAGES.filter(
  (p) => p !== '/methodology' && p !== '/sources' && p !== '/facilities' && !p.endsWith('/claims') && !uncharted.includes(p),
);

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * The page is no wider than the screen. Measured against the viewport the test set, not the
 * window's: a phone browser widens its layout to fit content that sticks out, so there the
 * window grows with the overflow and would always match.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const screenWidth = page.viewportSize()?.width;
  if (screenWidth === undefined) throw new Error('the test needs a fixed viewport');
  const wide = await page.evaluate((limit) => {
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.closest('.table-scroll'))
      .map(
        (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, elements: [...new Set(out)].slice(0, 5) };
  }, screenWidth);
  expect(wide.elements, 'elements reaching past the right edge of the screen').toEqual([]);
  expect(wide.scrollWidth).toBeLessThanOrEqual(screenWidth);
}

export function knownValue(q: Quantity | undefined): number {
  if (q === undefined || q.kind !== 'known') throw new Error('expected a known figure in the data');
  return q.value;
}

/** A page of a PDF as rows of grey pixels (0 black to 255 white), read from pdftoppm's PGM output. */
type GreyPage = { width: number; height: number; pixels: Buffer };

function readPgm(file: string): GreyPage {
  const data = fs.readFileSync(file);
  // "P5", width, height, maximum value, each followed by one whitespace byte, then the pixels
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error(`${file} is not a binary PGM file`);
  const [whole, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: data.subarray(whole.length) };
}

/**
 * How full each printed page of a PDF is, from 0 (blank) to 1: the share of the page's content box
 * (the page less its @page margins, so the running page number does not count) that is either ink
 * or a gap between inked lines no taller than `gapMm` (the space between paragraphs and headings).
 * A page whose content stops halfway scores about 0.5; a page with a hole in the middle loses the
 * hole. Each page is drawn at `dpi` dots per inch in grey by pdftoppm (poppler-utils); a dot darker
 * than `ink` (0–255) is ink, light enough to count a chart's grid lines.
 */
export function printedPageFill(
  pdfPath: string,
  { marginTopMm = 14, marginBottomMm = 16, gapMm = 10, dpi = 30, ink = 235 } = {},
): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-fill-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdfPath, path.join(dir, 'p')]);
    // p-1.pgm … or p-01.pgm … (pdftoppm pads the page number to the width of the last one)
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]));
    const dots = (mm: number) => Math.round((mm / 25.4) * dpi);
    return files.map((f) => {
      const { width, height, pixels } = readPgm(path.join(dir, f));
      const top = dots(marginTopMm);
      const bottom = height - dots(marginBottomMm);
      const inked = (y: number) => {
        for (let x = 0; x < width; x++) if ((pixels[y * width + x] ?? 255) < ink) return true;
        return false;
      };
      let empty = 0;
      let run = 0;
      for (let y = top; y < bottom; y++) {
        if (inked(y)) {
          if (run > dots(gapMm)) empty += run;
          run = 0;
        } else run++;
      }
      if (run > dots(gapMm)) empty += run;
      return 1 - empty / (bottom - top);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
