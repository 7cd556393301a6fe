import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { listFacilities } from '../lib/data/load';
import { ALL_PAGES } from './helpers';
import { halfEmptyPages } from './paper';

/**
 * Every page a reader can reach prints without half-empty pages: the facilities' overviews and reports first of all, and
 * every other page too. (The front page and the handouts have their own specs, with their page limits.)
 */
const PRINTED = [
  ...new Set([
    ...listFacilities().map((f) => `/facilities/${f.id}/report`),
    ...ALL_PAGES.filter((p) => p !== '/' && !p.endsWith('/handout') && p !== '/handout'),
  ]),
];

for (const path of PRINTED) {
  test(`${path} prints with no page more than half empty but the last`, async ({ page }, info) => {
    test.setTimeout(60_000);
    expect((await page.goto(path))?.status()).toBe(200);
    const file = info.outputPath('page.pdf');
    await page.pdf({ path: file, format: 'Letter' });
    // no page more than half empty, but the last
    expect(halfEmptyPages(file)).toEqual([]);
    // one column on paper: no two cards side by side
    await page.emulateMedia({ media: 'print' });
    const lefts = await page
      .locator('.cards > .card')
      .evaluateAll((cards) => new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size);
    expect(lefts).toBeLessThanOrEqual(1);
  });
}
