import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { findConcerns, getSource } from '../lib/data/load';
import { formatValue } from '../lib/core/format';
import { roundAs } from '../lib/core/rounding';
import { facility, knownValue } from './helpers';

const concerns = findConcerns(facility.id)!;
const PATH = `/facilities/${facility.id}/concerns`;

/**
 * The grid's CO2 for the facility's grid power in service, computed here from the data files, not read from the page: the
 * year's energy enters as the page shows it (three figures, lib/core/rounding.ts), then × the rate ÷ 2,000 lb.
 */
function expectedGridTons(loadFactor: number, factorId: string): string {
  const latest = [...facility.timeline].reverse().find((e) => e.changes.gridPowerSuppliedMw !== undefined)!;
  const mw = knownValue(latest.changes.gridPowerSuppliedMw);
  const lbPerMwh = knownValue(concerns.gridFactors.find((f) => f.id === factorId)!.lbPerMwh);
  const energy = roundAs(mw * 8760 * loadFactor, { significantFigures: 3 });
  return formatValue((energy * lbPerMwh) / 2000, 'short tons/yr', { significantFigures: 3 });
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
  await expect(page.locator(`#source-${permitSource.id}`)).toContainText(permitSource.url ?? permitSource.copy?.url ?? 'No address');
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
  // a multiple of the cap in words (lib/core/rounding.ts), not "13.8–23×"
  await expect(table.getByRole('row', { name: /E&E News/ })).toContainText('about 14 to 23 times the cap');
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
  await expect(nav.getByRole('link')).toHaveText([
    'Overview',
    'Power',
    'Water',
    'Concerns',
    'Claims checked',
    'Printable report',
    'Handout',
  ]);
  await expect(nav.getByRole('link', { name: 'Concerns' })).toHaveAttribute('href', `${PATH}?loadFactor=0.8`);
});

test('prints every figure of the tables, with its arithmetic, inside the page', async ({ page }, info) => {
  await page.goto(PATH);
  // the multiples of the permit cap, as the screen shows them
  const multiples = await page.locator('td[data-label="Against the permit cap"] > .value').allTextContents();
  expect(multiples.length).toBeGreaterThan(2);
  const file = info.outputPath('concerns.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
  for (const m of multiples) expect(text).toContain(m.trim());
  // and the arithmetic behind them, unfolded on paper
  expect(text).toContain('How we got this');
});

test('opens with the answer to "is the air near me worse?", within two phone screens, every figure with its source', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(PATH);
  const answer = page.getByRole('region', { name: 'Is the air near me worse?' });
  // its top, measured from the top of the page: below the header and the settings, above the end of the second screen
  const top = await answer.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(2 * 812);
  expect(await page.locator('h2').first().textContent()).toBe('What this page shows');
  expect(await page.locator('h2').nth(1).textContent()).toBe('Is the air near me worse?');
  // the permit's cap, the two ends of the estimates, and the multiples in words, from the data
  const cap = concerns.emissionFigures.find((e) => e.id === 'nox-permit-cap')!;
  await expect(answer).toContainText(`The permit caps them at ${formatValue(knownValue(cap.tonsPerYear), 'short tons/yr')}`);
  await expect(answer).toContainText('72.3 tons a year');
  await expect(answer).toContainText('1,200–2,100 tons a year');
  await expect(answer).toContainText('from under the cap to about 24 times it');
  // the arithmetic adds up as displayed, rounded ("≈") and said in words
  await expect(answer.locator('details.how')).toContainText('1,200–2,100 tons a year ÷ 87 tons a year ≈ 14–24×, about 14 to 24 times');
  // the studies, where they disagree, with their figures
  await expect(answer).toContainText('University of Tennessee researchers');
  await expect(answer).toContainText('peaks next to the site up 79%');
  await expect(answer).toContainText('University of Memphis researchers');
  await expect(answer).toContainText('they disagree');
  // each study and each figure cites its source, linked to the Sources page
  for (const id of [
    'techcrunch-2025-07-permit',
    'memphis-flyer-2024-colossus-op-ed',
    'time-2025-ut-satellite-no2',
    'mlk50-2025-07-air-test',
  ])
    await expect(answer.locator(`a[href="/sources#source-${id}"]`).first()).toBeVisible();
  // no figure in it without its date and source: each one's list item carries them
  const undated = await answer.locator('data.value').evaluateAll((ds) =>
    ds
      .filter((d) => {
        const item = d.closest('li');
        return item === null || item.querySelector('.as-of') === null || item.querySelector('a[href^="/sources#source-"]') === null;
      })
      .map((d) => d.textContent),
  );
  expect(await answer.locator('data.value').count()).toBeGreaterThan(8);
  expect(undated).toEqual([]);
});

test('says, for the Southaven plant, that the NOx cap is not known, so its estimate is not set against one', async ({ page }) => {
  await page.goto('/facilities/southaven-plant/concerns');
  const answer = page.getByRole('region', { name: 'Is the air near me worse?' });
  await expect(answer).toContainText("The permit's cap on them: not known");
  await expect(answer).toContainText('With no cap found, the estimate cannot be set against it');
  await expect(answer).toContainText('about 423.4 tons a year');
  await expect(answer).not.toContainText('times the cap');
  await expect(answer.locator('.answer-short')).toContainText('In short: Not known: no independent measurement');
});

test('has contents that link to every section heading of the page, in order, without JavaScript, and not on paper', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const path of [PATH, '/facilities/southaven-plant/concerns']) {
    await page.goto(path);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    // every section heading of the page but the settings and the answer, which come before the contents
    const headings = await page
      .locator('main h2')
      .evaluateAll((hs) =>
        hs.filter((h) => !['scenario-heading', 'answer-heading'].includes(h.id)).map((h) => [`#${h.id}`, h.textContent ?? '']),
      );
    expect(links, path).toEqual(headings);
    // a link leads to its heading, with no script
    const [href] = links.at(-2)!;
    await toc.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href!)).toBeInViewport();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await context.close();
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
