import { expect, type Page, test } from '@playwright/test';

import { CHART_PAGES } from './helpers';

/** What a reader sees of each chart shown: its width, its column's, and its smallest text after CSS scaling. */
async function shownCharts(page: Page) {
  return page.locator('.chart svg.recharts-surface:visible').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const s = svg as SVGSVGElement;
      const column = s.closest('figure') ?? s.closest('section');
      const style = column ? getComputedStyle(column) : undefined;
      const columnWidth = column ? column.clientWidth - parseFloat(style?.paddingLeft ?? '0') - parseFloat(style?.paddingRight ?? '0') : 0;
      const width = s.getBoundingClientRect().width;
      const scale = width / s.viewBox.baseVal.width;
      const sizes = [...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return { label: s.getAttribute('aria-label') ?? '', width, columnWidth, smallestText: Math.min(...sizes) };
    }),
  );
}

for (const path of CHART_PAGES.filter((p) => !p.endsWith('/report'))) {
  test(`${path}: each chart fills its column, with text a reader can read`, async ({ page }) => {
    await page.goto(path);
    const charts = await shownCharts(page);
    expect(charts.length).toBeGreaterThan(0);
    const screen = page.viewportSize()?.width ?? 0;
    for (const c of charts) {
      if (screen >= 1024) expect(c.width, `${c.label}: as wide as its column`).toBeGreaterThanOrEqual(c.columnWidth - 1);
      // no smaller than about 11 px on a phone, nor than the page's small print on a desktop
      expect(c.smallestText, `${c.label}: smallest text in px`).toBeGreaterThanOrEqual(11);
      expect(c.width, c.label).toBeLessThanOrEqual(c.columnWidth + 1);
    }
  });

  test(`${path}: prints one drawing of each chart`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    const figures = page.locator('figure:has(.chart svg.recharts-surface)');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) await expect(figure.locator('.chart svg.recharts-surface:visible')).toHaveCount(1);
  });
}
