import { expect, test } from '@playwright/test';

import { formatQuantity, formatValue } from '../lib/core/format';
import { getWaterDetail } from '../lib/pages/water';
import { facility, knownValue } from './helpers';

const detail = getWaterDetail(facility.id)!;
const PATH = `/facilities/${facility.id}/water`;

test('lists every report of daily use, by kind, per day and per year', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Each report of daily water use/ });
  await expect(table.locator('tbody tr')).toHaveCount(detail.reports.length);
  for (const r of detail.reports) {
    const tr = table.getByRole('row', { name: new RegExp(`^${r.label.replace(/[()]/g, '.')}`) });
    // each figure as the one rounding rule shows it (lib/core/rounding.ts)
    await expect(tr).toContainText(formatQuantity(r.perDay));
    if (r.perYear === undefined) await expect(tr).toContainText('a single day');
  }
  await expect(table).toContainText('our arithmetic on records');
});

test('keeps on-site and off-site water apart, and withdrawal apart from consumption', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Water at the power plants/ });
  await expect(table.getByRole('cell', { name: 'consumption', exact: true }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: 'withdrawal', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Water at the power plants (off site)' })).toBeVisible();
});

test('gives the recycling plant its status, dates, and what it would change', async ({ page }) => {
  await page.goto(PATH);
  const section = page.getByRole('region', { name: /Recycling Plant/ });
  await expect(section).toContainText(detail.recycling.plant.status);
  await expect(section).toContainText(formatValue(knownValue(detail.recycling.plant.capacityGallonsPerDay), 'gal/day'));
  await expect(section).toContainText('the claim assumes the plant runs at full capacity every day');
});

test('says what is not known about the aquifer', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.getByText(/No published recharge rate/)).toBeVisible();
});
