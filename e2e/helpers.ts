import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { listFacilities } from '../lib/data';
import type { Quantity } from '../lib/quantity';

export const facility = listFacilities()[0]!;

/** Every page of the site that a reader can reach, for the checks every page must pass. */
export const ALL_PAGES = [
  '/',
  '/methodology',
  '/sources',
  ...listFacilities().flatMap((f) => [
    `/facilities/${f.id}`,
    `/facilities/${f.id}/power`,
    `/facilities/${f.id}/water`,
    `/facilities/${f.id}/concerns`,
    `/facilities/${f.id}/claims`,
    `/facilities/${f.id}/report`,
  ]),
];

/** Pages with charts (all but the methodology, the sources and the claims). */
export const CHART_PAGES = ALL_PAGES.filter((p) => p !== '/methodology' && p !== '/sources' && !p.endsWith('/claims'));

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

export function knownValue(q: Quantity | undefined): number {
  if (q === undefined || q.kind !== 'known') throw new Error('expected a known figure in the data');
  return q.value;
}
