import { expect, test } from '@playwright/test';

import { getSource, listSources } from '../lib/data/load';
import { formatQuantity, formatValue } from '../lib/core/format';
import { getOverview } from '../lib/pages/overview';
import { expectNoAxeViolations, facility, knownValue } from './helpers';

const overview = getOverview(facility.id)!;
// the front page is the Memphis area since November 2026 (e2e/area.spec.ts); the overview is the facility's own page
const PAGES = [`/facilities/${facility.id}`];

for (const path of PAGES) {
  test.describe(`overview at ${path}`, () => {
    test('shows the headline figures with units, dates and source links', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(facility.name);

      for (const figure of overview.power) {
        await test.step(figure.label, async () => {
          const card = page.getByRole('article', { name: figure.label });
          await expect(card.locator('.big')).toHaveText(
            `${figure.power.kind === 'known' && figure.power.qualifier ? `${figure.power.qualifier} ` : ''}${formatValue(knownValue(figure.power), 'MW')}`,
          );
          await expect(card.locator('.provenance').first()).toContainText('As of');
          // the figure links to its source's entry on the sources page
          const href = await card.locator('.provenance a').first().getAttribute('href');
          expect(figure.power.sourceIds.map((id) => `/sources#source-${id}`)).toContain(href);
          await expect(card).toContainText('households');
          await expect(card).toContainText('of MLGW');
        });
      }

      await test.step('water', async () => {
        const card = page.getByRole('article', { name: 'Water use on site' });
        await expect(card.locator('.big')).toHaveText(formatQuantity(overview.water!.use));
        await expect(card).toContainText('1,500,000'); // the advocates' upper figure, shown as the range
        await expect(card.getByRole('link', { name: /Protect Our Aquifer/ })).toHaveAttribute(
          'href',
          '/sources#source-protect-our-aquifer-xai',
        );
      });
    });

    test('shows how a derived figure was computed', async ({ page }) => {
      await page.goto(path);
      const card = page.getByRole('article', { name: 'Grid power approved' });
      const how = card.locator('details.how').first();
      await how.locator('summary').click();
      await expect(how).toContainText('hours in a year');
      await expect(how).toContainText('kWh a year');
      await expect(how).toContainText('÷ 2,000 MW'); // the share of MLGW's average load, in the same block
      await expect(how.getByRole('link').first()).toHaveAttribute('href', /^\/sources#source-/);
    });

    test('draws its charts in the server HTML, visible without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const charts = page.locator('.chart svg.recharts-surface:visible');
      await expect(charts).toHaveCount(1);
      expect(await charts.first().locator('path.recharts-curve').count()).toBeGreaterThanOrEqual(4);
      await expect(page.locator('.chart-summary').first()).toContainText('Grid power in service rose from');
      const powerEvents = facility.timeline.filter((e) => Object.keys(e.changes).some((k) => k !== 'gpuCount' && k !== 'batteryPowerMw'));
      await expect(page.getByRole('table', { name: /Data for the chart/ }).locator('tbody tr')).toHaveCount(powerEvents.length);
      await context.close();
    });
  });
}

test('the sources page lists every source once, with its address and the pages that use it', async ({ page }) => {
  test.setTimeout(90_000); // axe walks every node of the longest page, as in site.spec.ts
  await page.goto('/sources');
  await expect(page.locator('.source-list > li')).toHaveCount(listSources().length);
  for (const id of overview.sourceIds) {
    const entry = page.locator(`#source-${id}`);
    const source = getSource(id);
    if (source.url !== null) await expect(entry.locator('a.source-url')).toHaveAttribute('href', source.url);
    else await expect(entry.locator('.source-url')).toHaveText(/^(The original’s address was not found\.|No address: )/);
    if (source.copy?.url) await expect(entry.locator('a.source-copy-url')).toHaveAttribute('href', source.copy.url);
    await expect(entry.locator('.source-date')).toHaveText(
      /^(\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|No date of its own \(.+\); (as of|read) )/,
    );
    await expect(entry.getByRole('link', { name: `${facility.shortName} Overview` })).toHaveAttribute('href', `/facilities/${facility.id}`);
  }
  await expectNoAxeViolations(page);
});

test('an unknown facility gets a 404 page that names what exists', async ({ page }) => {
  const response = await page.goto('/facilities/no-such-place');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/^Page not found/);
  await expect(page.getByRole('link', { name: facility.name })).toHaveAttribute('href', `/facilities/${facility.id}`);
  await expectNoAxeViolations(page);
});
