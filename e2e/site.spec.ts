import { expect, test } from '@playwright/test';

import { formatDate } from '../lib/core/format';
import { dataUpdatedOn, listSources } from '../lib/data/load';
import { MESSAGES } from '../lib/i18n/messages';
import { ALL_PAGES, CHART_PAGES, expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';

const PUBLISHERS = new Set(listSources().map((s) => s.publisher));

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

    test('says at its foot when the data was last updated and the newest event on record', async ({ request }) => {
      const html = await (await request.get(path)).text();
      const foot = /<p class="site-currency">(.*?)<\/p>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      if (path === '/es' || path.startsWith('/es/')) {
        // in Spanish, with es-US dates ("6 dic 2026")
        expect(foot).toContain(`Datos actualizados el ${formatDate(dataUpdatedOn(), 'es')}`);
        expect(foot).toMatch(/último suceso registrado (\d{1,2} )?[a-z]{3,4} \d{4}/);
      } else {
        expect(foot).toContain(`Data updated ${formatDate(dataUpdatedOn())}`);
        expect(foot).toMatch(/latest event on record (\d{1,2} )?[A-Z][a-z]{2} \d{4}/);
      }
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
        await expect(chart).toHaveAttribute('aria-label', /chart|Gráfico/);
      }
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      await context.close();
    });

    test('every drawing of every chart carries its title, sources, dates and the site address as SVG text, and round ticks', async ({
      page,
    }) => {
      await page.goto(path);
      // a Spanish page's charts are drawn in Spanish (their words from the messages)
      const spanish = path === '/es' || path.startsWith('/es/');
      const words = MESSAGES[spanish ? 'es' : 'en'].format.chart;
      // the address the page prints under itself (siteUrl()), which every chart must carry too
      const printedFrom = /(?:printed from|impreso desde) (\S+) ·/.exec(
        (await page.locator('p.print-only').first().textContent()) ?? '',
      )?.[1];
      expect(printedFrom, 'the page says where it is printed from').toBeDefined();
      const address = (printedFrom as string).replace(/^https?:\/\//, '');
      // the publishers of the sources the page cites: a link to /sources#source-<id>, or (the report) its list of sources
      const citedIds = (
        await page.locator('a[href*="/sources#source-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      ).map((h) => h.replace(/^.*#source-/, ''));
      const cited = new Set(
        listSources()
          .filter((s) => citedIds.includes(s.id))
          .map((s) => s.publisher),
      );
      const sourceList = (await page.locator('.report-sources').allTextContents()).join(' ');
      const updated = words.dataUpdated.replace('{date}', formatDate(dataUpdatedOn(), spanish ? 'es' : 'en')).toLowerCase();

      // both drawings of each chart (desktop and phone), shown or not: a screenshot may be taken of either
      const charts = await page.locator('.chart svg.recharts-surface').all();
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        const texts = (kind: string) =>
          chart.locator(`text.chart-${kind}`).evaluateAll((ts) => ts.map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' ')).join(' '));
        const label = (await chart.getAttribute('aria-label')) ?? '';
        expect((await texts('title')).length, label).toBeGreaterThan(10);
        expect(await texts('address'), label).toBe(address);

        const sources = await texts('sources');
        const m = new RegExp(`^(?:${words.source}|${words.sources}): (.+)$`).exec(sources);
        expect(m, `${label}: "${sources}"`).not.toBeNull();
        const more = new RegExp(
          `^${words.andMore
            .replace(/^; /, '')
            .replace(/\u00a0/g, ' ')
            .replace('{count}', '\\d+')}$`,
        );
        const named = (m?.[1] ?? '').split('; ').filter((p) => !more.test(p));
        expect(named.length, label).toBeGreaterThan(0);
        for (const p of named) {
          expect(PUBLISHERS.has(p), `${label}: "${p}" is a publisher in the source registry`).toBe(true);
          expect(cited.has(p) || sourceList.includes(p), `${label}: "${p}" is the publisher of a source the page cites`).toBe(true);
        }

        const dates = (await texts('date')).toLowerCase();
        expect(dates, label).toContain(updated);
        const upTo = new RegExp(`${words.figuresUpTo.replace('{date}', '').toLowerCase()}((?:\\d{1,2} )?(?:[a-z]{3,4} )?\\d{4})`).exec(
          dates,
        )?.[1];
        // the latest figure is no later than the data's last update (in Spanish, by its year: Date reads English months)
        if (upTo !== undefined && !spanish)
          expect(new Date(upTo).getTime(), label).toBeLessThanOrEqual(new Date(dataUpdatedOn()).getTime());
        if (upTo !== undefined && spanish) expect(Number(upTo.slice(-4)), label).toBeLessThanOrEqual(Number(dataUpdatedOn().slice(0, 4)));

        // the value axis: round numbers in full, from 0, one round step apart
        const ticks = await chart.locator('.value-axis .recharts-cartesian-axis-tick-value').allTextContents();
        expect(ticks.length, label).toBeGreaterThanOrEqual(2);
        for (const t of ticks) expect(t, label).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
        const values = ticks.map((t) => Number(t.replace(/,/g, '')));
        const step = (values[1] as number) - (values[0] as number);
        const power = 10 ** Math.floor(Math.log10(step));
        expect(
          [1, 2, 2.5, 5].map((k) => k * power),
          `${label}: step ${step}`,
        ).toContainEqual(step);
        expect(values[0], label).toBe(0);
        values.forEach((v, i) => expect(v, `${label}: ${ticks.join(' / ')}`).toBeCloseTo(i * step, 9));
      }
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
