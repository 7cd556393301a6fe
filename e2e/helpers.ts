import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { listFacilities } from '../lib/data/load';
import type { Quantity } from '../lib/core/quantity';
import { sectionsFor } from '../lib/pages/registry';
import { publicPath } from '../lib/pages/site';

export const facility = listFacilities()[0]!;

/** The Spanish edition (issue #25): the front page, the region's handout, and each facility's page and handout. */
export const SPANISH_PAGES = [
  '/es',
  '/es/handout',
  ...listFacilities().flatMap((f) => [`/es${publicPath(f.id, 'overview')}`, `/es${publicPath(f.id, 'handout')}`]),
];

/** Every page of the site that a reader can reach, for the checks every page must pass: from the registry, as the sitemap. */
export const ALL_PAGES = [
  '/',
  '/report',
  '/handout',
  '/facilities',
  '/next',
  '/calculator',
  '/calculator/packet',
  '/methodology',
  '/sources',
  ...listFacilities().flatMap((f) => sectionsFor(f.id).map((s) => publicPath(f.id, s.id))),
  ...SPANISH_PAGES,
  '/es/calculator',
  '/es/calculator/packet',
];

/**
 * A facility with no power figure at all (MACROHARDRR) has no Power page, and nothing to chart on its overview; with no
 * water figure either, its printed pages (report, handout) have no chart: they list its dated events instead.
 */
const uncharted = listFacilities()
  .filter((f) => !sectionsFor(f.id).some((s) => s.id === 'power'))
  .flatMap((f) => [
    publicPath(f.id, 'overview'),
    // its Spanish page and handout carry the handout's chart, which it has none of
    `/es${publicPath(f.id, 'overview')}`,
    `/es${publicPath(f.id, 'handout')}`,
    ...(sectionsFor(f.id).some((s) => s.id === 'water')
      ? []
      : sectionsFor(f.id)
          .filter((s) => s.id === 'report' || s.id === 'handout')
          .map((s) => publicPath(f.id, s.id))),
  ]);

/** Pages with charts (all but the methodology, the sources, the claims and the overview of a facility with no power figure). */
export const CHART_PAGES = ALL_PAGES.filter(
  (p) =>
    p !== '/methodology' &&
    p !== '/sources' &&
    p !== '/facilities' &&
    p !== '/next' &&
    !p.startsWith('/calculator') &&
    !p.startsWith('/es/calculator') &&
    !p.endsWith('/claims') &&
    !uncharted.includes(p),
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
