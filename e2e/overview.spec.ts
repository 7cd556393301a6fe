import { expect, test } from '@playwright/test';

import { getSource } from '../lib/data';
import { formatValue } from '../lib/format';
import { getOverview } from '../lib/overview';
import { expectNoAxeViolations, facility, knownValue } from './helpers';

const overview = getOverview(facility.id)!;
const PAGES = ['/', `/facilities/${facility.id}`];

for (const path of PAGES) {
  test.describe(`overview at ${path}`, () => {
    test('shows the headline figures with units, dates and source links', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(facility.name);

      for (const figure of overview.power) {
        await test.step(figure.label, async () => {
          const card = page.getByRole('article', { name: figure.label });
          await expect(card.locator('.big')).toHaveText(formatValue(knownValue(figure.power), 'MW'));
          await expect(card.locator('.provenance').first()).toContainText('As of');
          // the figure links to its source's entry on the page, and the entry to the source itself
          const href = await card.locator('.provenance a').first().getAttribute('href');
          expect(figure.power.sourceIds.map((id) => `#source-${id}`)).toContain(href);
          const id = href!.slice('#source-'.length);
          await expect(page.locator(`#source-${id} a.source-url`)).toHaveAttribute('href', getSource(id).url);
          await expect(card).toContainText('households');
          await expect(card).toContainText('of MLGW');
        });
      }

      await test.step('water', async () => {
        const card = page.getByRole('article', { name: 'Water use on site' });
        await expect(card.locator('.big')).toHaveText(formatValue(knownValue(overview.water.use), 'gal/day'));
        await expect(card).toContainText('1,500,000'); // the advocates' upper figure, shown as the range
        await expect(card.getByRole('link', { name: /Protect Our Aquifer/ })).toHaveAttribute('href', '#source-protect-our-aquifer-xai');
      });
    });

    test('shows how a derived figure was computed', async ({ page }) => {
      await page.goto(path);
      const card = page.getByRole('article', { name: 'Grid power approved' });
      const how = card.locator('details.how').first();
      await how.locator('summary').click();
      await expect(how).toContainText('hours in a year');
      await expect(how).toContainText('kWh a year');
      await expect(how.getByRole('link').first()).toHaveAttribute('href', /^#source-/);
    });

    test('draws its charts in the server HTML, visible without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const charts = page.locator('.chart svg.recharts-surface:visible');
      await expect(charts).toHaveCount(2);
      expect(await charts.first().locator('path.recharts-curve').count()).toBeGreaterThanOrEqual(4);
      await expect(page.locator('.chart-summary').first()).toContainText('Grid power in service rose from');
      await expect(page.getByRole('table', { name: /Data for both charts/ }).locator('tbody tr')).toHaveCount(facility.timeline.length);
      await context.close();
    });
  });
}

test('lists every source behind the page once, with its address', async ({ page }) => {
  await page.goto(`/facilities/${facility.id}`);
  const items = page.locator('.source-list > li');
  await expect(items).toHaveCount(overview.sourceIds.length);
  for (const id of overview.sourceIds) {
    await expect(page.locator(`#source-${id} a.source-url`)).toHaveAttribute('href', getSource(id).url);
  }
});

test('an unknown facility gets a 404 page that names what exists', async ({ page }) => {
  const response = await page.goto('/facilities/no-such-place');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: facility.name })).toHaveAttribute('href', `/facilities/${facility.id}`);
  await expectNoAxeViolations(page);
});
