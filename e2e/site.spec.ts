import { expect, test } from '@playwright/test';

import { ALL_PAGES, CHART_PAGES, expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';

for (const path of ALL_PAGES) {
  test.describe(`every page: ${path}`, () => {
    test('has no WCAG 2.1 A/AA violations', async ({ page }) => {
      test.setTimeout(90_000); // axe walks every node: the long pages take a while on a busy 2-core machine
      await page.goto(path);
      await expectNoAxeViolations(page);
    });

    test('does not scroll sideways', async ({ page }) => {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    });

    test('ships no framework code: its one script is the print button', async ({ request }) => {
      const html = await (await request.get(path)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => /src="([^"]*)"/.exec(m[1] as string)?.[1] ?? 'inline');
      expect(scripts).toEqual(['/print.js']);
      expect(html.match(/\/_next\/static\/[^"]*\.js/g)).toBeNull();
      expect(html.includes('__next_f')).toBe(false);
    });

    test('logs no errors in the browser console', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(errors).toEqual([]);
    });
  });
}

for (const path of CHART_PAGES) {
  test.describe(`every page with charts: ${path}`, () => {
    test('shows every chart in the server HTML, without JavaScript, with a data table', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const charts = page.locator('.chart svg.recharts-surface:visible');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const chart of await charts.all()) {
        expect(await chart.locator('path, rect').count()).toBeGreaterThan(0);
        await expect(chart).toHaveAttribute('aria-label', /chart/);
      }
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      await context.close();
    });

    test('loads no chart code: its charts are drawn on the server', async ({ page }) => {
      const scripts: Promise<string>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.text());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const bodies = await Promise.all(scripts);
      expect(bodies.length).toBeGreaterThan(0);
      // recharts names its SVG parts "recharts-surface", "recharts-curve"…; only its code carries those strings
      expect(bodies.filter((b) => b.includes('recharts-')).length).toBe(0);
    });
  });
}
