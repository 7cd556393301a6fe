import { expect, test } from '@playwright/test';

import { formatQuantity, formatValue } from '../lib/core/format';
import { getPowerDetail } from '../lib/pages/power';
import { facility, knownValue } from './helpers';

const detail = getPowerDetail(facility.id)!;
const city = detail.city!;
const PATH = `/facilities/${facility.id}/power`;
const homes = (q: Parameters<typeof knownValue>[0]) => (q === undefined ? '' : formatQuantity(q));

test('counts homes two ways, for every household baseline, with each baseline sourced', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Homes with the same electricity use/ });
  for (const row of detail.households.rows) {
    await test.step(row.baseline.label, async () => {
      const tr = table.getByRole('row', { name: new RegExp(`^${row.baseline.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
      await expect(tr).toContainText(formatValue(knownValue(row.baseline.electricityKwhPerMonth), 'kWh/month'));
      // at a load factor of 1 the two ways give one count, by energy; by power it differs only in its rounding
      expect(detail.overview.scenario.loadFactor).toBe(1);
      for (const [i, q] of row.byEnergy.entries()) {
        await expect(tr).toContainText(homes(q));
        const byPower = knownValue(row.byPower[i]);
        expect(Math.abs(byPower / knownValue(q) - 1)).toBeLessThan(0.01);
      }
      await expect(tr.getByRole('link').first()).toHaveAttribute('href', /^\/sources#source-/);
    });
  }
  await expect(page.getByText('The answer depends on the home you compare with.')).toBeVisible();
});

test("sets the facility against the utility's load, its record and the grid's record", async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /share of MLGW/ });
  await expect(table.locator('tbody tr')).toHaveCount(city.rows.length);
  const approved = city.rows.find((r) => r.label === 'Grid power approved')!;
  await expect(table.getByRole('row', { name: /^Grid power approved/ })).toContainText(
    formatValue(knownValue(approved.shareOfAverageLoad), 'share', { significantFigures: 2 }),
  );
  await expect(table).toContainText('Colossus 2');
});

test('checks the utility figures from the GPU count, with the PUE range', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Bottom-up power/ });
  await expect(table.locator('tbody tr')).toHaveCount(detail.bottomUp.rows.length);
  const first = detail.bottomUp.rows[0]!;
  await expect(table.locator('tbody tr').first()).toContainText(formatValue(knownValue(first.gpuOnlyMw), 'MW', { significantFigures: 3 }));
  await expect(table.locator('tbody tr').first()).toContainText('range');
});

test('shows where the bills and the approved capacity disagree, with the arithmetic', async ({ page }) => {
  await page.goto(PATH);
  const card = page.getByRole('article', { name: 'What the reported bills pay for' });
  await expect(card.locator('.big')).toHaveText(
    `≈ ${formatValue(knownValue(detail.bills?.reportedAverageMw), 'MW', { significantFigures: 3 })}`,
  );
  await card.locator('summary').click();
  await expect(card.locator('details')).toContainText('hours in an average month');
  await expect(card.getByRole('link', { name: /WREG/ })).toBeVisible();
  await expect(page.getByText('Where the records disagree:')).toBeVisible();
});

test('lists the grid share of supply only where both figures are known', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /grid's share/ });
  await expect(table.locator('tbody tr')).toHaveCount(detail.supply.length);
  expect(detail.supply.length).toBeGreaterThan(1);
});
