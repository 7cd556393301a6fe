import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { findConcerns, getSource } from '../lib/data/load';
import { formatValue } from '../lib/core/format';
import { facility, knownValue } from './helpers';

const concerns = findConcerns(facility.id)!;
const PATH = `/facilities/${facility.id}/concerns`;

/** The grid's CO2 for the facility's grid power in service, computed here from the data files, not read from the page. */
function expectedGridTons(loadFactor: number, factorId: string): string {
  const latest = [...facility.timeline].reverse().find((e) => e.changes.gridPowerSuppliedMw !== undefined)!;
  const mw = knownValue(latest.changes.gridPowerSuppliedMw);
  const lbPerMwh = knownValue(concerns.gridFactors.find((f) => f.id === factorId)!.lbPerMwh);
  return formatValue((mw * 8760 * loadFactor * lbPerMwh) / 2000, 'short tons/yr', { significantFigures: 3 });
}

test('shows the permit caps, each linked to its source', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: "The permit's yearly emission caps" });
  const nox = concerns.permit.limits[0]!;
  await expect(table.getByRole('row', { name: /NOx/ })).toContainText(formatValue(knownValue(nox.tonsPerYear), 'short tons/yr'));
  await expect(table).toContainText('87 tons a year');
  const permitSource = getSource(nox.tonsPerYear.sourceIds![0]!);
  const link = page
    .getByRole('region', { name: 'What the air permit allows' })
    .locator(`a[href="/sources#source-${permitSource.id}"]`)
    .first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator(`#source-${permitSource.id}`)).toContainText(permitSource.url ?? 'Address not recorded.');
  await expect(page.locator(`#source-${permitSource.id}`)).toContainText('Concerns');
});

test('sets every NOx figure beside the cap, with who gave it, as a chart with its summary and a table', async ({ page }) => {
  await page.goto(PATH);
  const section = page.getByRole('region', { name: 'Nitrogen oxides: the cap and the estimates' });
  await expect(section.locator('.chart svg.recharts-surface:visible')).toHaveCount(1);
  await expect(section.locator('.chart-summary')).toContainText('The permit caps NOx at 87 tons a year');
  const table = page.getByRole('table', { name: /Every NOx figure/ });
  const nox = concerns.emissionFigures.filter((e) => e.pollutant === 'NOx');
  await expect(table.locator('tbody tr')).toHaveCount(nox.length);
  await expect(table.getByRole('row', { name: /E&E News/ })).toContainText('1,200–2,000 tons a year');
  await expect(table.getByRole('row', { name: /no controls \(notice of intent\)/ })).toContainText('1,200–2,100 tons a year');
  await expect(table.getByRole('row', { name: /E&E News/ })).toContainText('13.8–23×');
  await expect(table.getByRole('row', { name: /^Early estimate, 18 turbines As of/ })).toContainText('Weak source');
  // the same 18 turbines, by another account: both are shown, with who said each
  const opEd = table.getByRole('row', { name: /Memphis Flyer op-ed/ });
  await expect(opEd).toContainText('72.3 tons a year');
  await expect(opEd).toContainText('Memphis Flyer');
});

test('gives the grid CO2 by both rates, labelled by what each counts, from the data at the default settings', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Carbon dioxide of a year's grid electricity/ });
  await expect(table.getByRole('row', { name: /TVA's own system rate/ })).toContainText(expectedGridTons(1, 'tva-system'));
  await expect(table.getByRole('row', { name: /EPA eGRID/ })).toContainText(expectedGridTons(1, 'egrid-srtv'));
  await expect(table).toContainText('624.94 lb per MWh');
  await expect(table).toContainText('900.82 lb per MWh');
  await expect(page.getByText(/about 791 lb per MWh/)).toBeVisible();
});

test('moves the grid figure with the load factor in the address', async ({ page }) => {
  await page.goto(`${PATH}?loadFactor=0.5`);
  const table = page.getByRole('table', { name: /Carbon dioxide of a year's grid electricity/ });
  await expect(table.getByRole('row', { name: /TVA's own system rate/ })).toContainText(expectedGridTons(0.5, 'tva-system'));
  await expect(table.getByRole('row', { name: /TVA's own system rate/ })).not.toContainText(expectedGridTons(1, 'tva-system'));
});

test('shows the turbines over time, only up to the date in the settings', async ({ page }) => {
  await page.goto(PATH);
  const table = page.getByRole('table', { name: /Gas turbines reported running and permitted/ });
  await expect(table.getByRole('row', { name: /Up to 35 turbines/ })).toContainText('35 turbines, 421 MW');
  await expect(table.getByRole('row', { name: /County permits 15 turbines/ })).toContainText('15 turbines, 247 MW');
  await page.goto(`${PATH}?date=2025-05-15`);
  await expect(page.getByRole('table', { name: /Gas turbines reported running/ }).getByRole('row', { name: /County permits/ })).toHaveCount(
    0,
  );
});

test('dates the legal record, and says which claims it leaves out and why', async ({ page }) => {
  await page.goto(PATH);
  const legal = page.getByRole('region', { name: 'Permits and the law, by date' });
  await expect(legal.getByRole('listitem')).toHaveCount(concerns.legalTimeline.length);
  await expect(legal).toContainText('15 Dec 2025: Appeal dismissed, 6–1');
  await expect(legal.locator('time[datetime="2026-01-15"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Health context' })).toContainText('cites no study');
});

test('shows the neighbourhood and energy burden as the sources word them', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.getByRole('region', { name: /The neighbourhood/ })).toContainText('more than 90%');
  const burden = page.getByRole('table', { name: /Energy burden in/ });
  await expect(burden).toContainText('13.2%');
  await expect(burden).toContainText('more than 48%');
});

test('is linked from the other facility pages, after Water', async ({ page }) => {
  await page.goto(`/facilities/${facility.id}/water?loadFactor=0.8`);
  const nav = page.getByRole('navigation', { name: /pages/ });
  await expect(nav.getByRole('link')).toHaveText(['Overview', 'Power', 'Water', 'Concerns', 'Claims checked', 'Printable report']);
  await expect(nav.getByRole('link', { name: 'Concerns' })).toHaveAttribute('href', `${PATH}?loadFactor=0.8`);
});

test('prints every figure of the tables, with its arithmetic, inside the page', async ({ page }, info) => {
  await page.goto(PATH);
  // the multiples of the permit cap, as the screen shows them
  const multiples = await page.locator('td[data-label="Times the permit cap"] > .value').allTextContents();
  expect(multiples.length).toBeGreaterThan(2);
  const file = info.outputPath('concerns.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
  for (const m of multiples) expect(text).toContain(m.trim());
  // and the arithmetic behind them, unfolded on paper
  expect(text).toContain('How we got this');
});

test("links Colossus 1's legal record to the federal case and the Justice Department's motion on the Southaven plant's page", async ({
  page,
}) => {
  await page.goto(PATH);
  const related = page.getByRole('region', { name: 'Related cases at other xAI sites' });
  await expect(related).toContainText('These concern the Southaven plant, not Colossus 1.');
  const southaven = findConcerns('southaven-plant')!;
  for (const [id, title] of [
    ['federal-lawsuit', 'Federal lawsuit filed'],
    ['justice-department-motion', 'Justice Department moves to intervene'],
  ] as const) {
    const event = southaven.legalTimeline.find((e) => e.id === id)!;
    expect(event.title).toBe(title);
    const link = related.getByRole('link', { name: title });
    await expect(link).toHaveAttribute('href', `/facilities/southaven-plant/concerns#legal-${id}`);
    // dated and sourced beside the link
    const item = related.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await expect(item.locator(`time[datetime="${event.date}"]`)).toBeVisible();
    await expect(item.locator(`a[href="/sources#source-${event.sourceIds[0]}"]`)).toBeVisible();
  }
  // and the anchors exist on the Southaven plant's page, in its own legal record
  await related.getByRole('link', { name: 'Justice Department moves to intervene' }).click();
  await expect(page).toHaveURL(/\/facilities\/southaven-plant\/concerns#legal-justice-department-motion$/);
  const record = page.getByRole('region', { name: 'Permits and the law, by date' });
  await expect(record.locator('#legal-justice-department-motion')).toContainText('Justice Department moves to intervene');
  await expect(record.locator('#legal-justice-department-motion')).toBeInViewport();
  await expect(record.locator('#legal-federal-lawsuit')).toContainText('14 Apr 2026: Federal lawsuit filed');
  // the Southaven plant's page links back to the notice over Colossus 1, and that anchor exists too
  const back = page
    .getByRole('region', { name: 'Related cases at other xAI sites' })
    .getByRole('link', { name: 'Notice of intent to sue' });
  await expect(back).toHaveAttribute('href', `${PATH}#legal-notice-of-intent`);
  await back.click();
  await expect(page.locator('#legal-notice-of-intent')).toContainText('17 Jun 2025: Notice of intent to sue');
});
