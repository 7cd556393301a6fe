import { expect, test } from '@playwright/test';

import { formatQuantity } from '../lib/core/format';
import { getArea } from '../lib/pages/area';
import { listFacilities } from '../lib/data/load';

const area = getArea()!;

test('the front page answers first: homes, gallons, turbines and tons, each with its sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('xAI in the Memphis area');
  const a = area.answers;
  const electricity = page.locator('#answer-electricity');
  await expect(electricity).toContainText(`As much as ${formatQuantity(a.electricity.homes!)} in ${a.electricity.homesIn} use`);
  await expect(electricity).toContainText(formatQuantity(a.electricity.homesUs!));
  const water = page.locator('#answer-water');
  await expect(water).toContainText(formatQuantity(a.water.total!));
  await expect(water).toContainText('gallons a day');
  const air = page.locator('#answer-air');
  await expect(air).toContainText('turbines');
  await expect(air).toContainText('tons a year');
  for (const answer of [electricity, water, air]) await expect(answer.locator('a[href^="/sources#source-"]').first()).toBeVisible();
  await expect(page.locator('#answer-next')).toContainText('2 Jan 2027');
});

test('its sums are honest about time and kind: each part with its date, a site inside another not added, MLGW only as a size', async ({
  page,
}) => {
  await page.goto('/');
  const e = area.answers.electricity;
  // each part of the total named with the month of its figure
  for (const p of e.parts) await expect(page.locator('#answer-electricity')).toContainText(p.name.replace(/, (.*)$/, ' ($1)'));
  // the total adds only like figures: each site's latest outside estimate, never a build-out figure
  expect(e.parts.every((p) => p.what === 'independent estimate of the whole site')).toBe(true);
  expect(e.total?.kind === 'known' && e.total.value).toBe(e.parts.reduce((t, p) => t + p.q.value, 0));
  // MACROHARDRR is inside Colossus 2's estimate: named, not added again, not counted as zero in silence
  expect(e.leftOut.map((l) => l.site.facility.id)).toEqual(['macrohardrr']);
  await expect(page.locator('#answer-electricity')).toContainText('MACROHARDRR partly inside');
  // set against MLGW's peak as a size ("as large as"), with what MLGW itself supplies beside it
  await expect(page.locator('#answer-electricity')).toContainText(`As large as ${formatQuantity(e.asLargeAsPeak!)} of MLGW`);
  await expect(page.locator('#answer-electricity')).toContainText(`MLGW supplies ${formatQuantity(e.fromGrid!.power)}`);
  // the power plant is shown, but its megawatts are Colossus 2's
  const notAdded = page.locator('.context', { hasText: 'Not added either' });
  await expect(notAdded).toContainText('Southaven plant');
  await expect(notAdded).toContainText('Colossus 2');
});

test('a site whose water no record gives is named as unknown, not left out in silence', async ({ page, request }) => {
  await page.goto('/');
  for (const u of area.answers.water.unknown) {
    await expect(page.locator('#answer-water')).toContainText(u.site.facility.shortName);
    await expect(page.getByRole('table', { name: /Each site's water/ }).getByRole('row', { name: new RegExp(`^${u.site.facility.shortName}`) })).toContainText(
      'Not known',
    );
  }
  // MACROHARDRR still has its own page, which says there is no power figure, and no Power page
  await page.goto('/facilities/macrohardrr');
  await expect(page.locator('.section', { has: page.getByRole('heading', { name: 'Power', exact: true }) })).toContainText(
    "No figure for MACROHARDRR's power was found",
  );
  expect((await request.get('/facilities/macrohardrr/power')).status()).toBe(404);
});

test('on a phone, the answers are on the first screen after a short header', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(100);
  // the print button is one short line, not four
  expect((await page.locator('.print-button').boundingBox())!.height).toBeLessThanOrEqual(32);
  const screen = 812;
  const bottomOf = async (selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    return box!.y + box!.height;
  };
  // homes, gallons, turbines and tons of NOx, each with a source link, above the bottom of the first screen
  for (const answer of ['#answer-electricity', '#answer-water', '#answer-air']) {
    expect(await bottomOf(`${answer} .region-answer-main`), answer).toBeLessThanOrEqual(screen);
    expect(await bottomOf(`${answer} .region-answer-sub a[href^="/sources#source-"]`), answer).toBeLessThanOrEqual(screen);
  }
  const tons = page.locator('#answer-air .region-answer-sub .value', { hasText: 'tons a year' }).first();
  const box = await tons.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(screen);
});

test('the footprint chart and the map are in the server HTML, each with a text summary and a table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const chart = page.getByRole('figure', { name: /xAI's data centers in the Memphis area/ });
  await expect(chart.locator('svg path').first()).toBeAttached();
  await expect(chart.locator('.chart-summary')).toContainText('From 8 MW (5 Jun 2024)');
  await expect(
    page
      .getByRole('table', { name: /sums after each dated event/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('8');
  const map = page.getByRole('img', { name: /Map of xAI's sites/ }).first();
  await expect(map).toBeAttached();
  await expect(map.locator('desc')).toContainText('state');
  const places = page.getByRole('table', { name: /Places on the map/ });
  for (const name of ['Colossus 1', 'Colossus 2', 'Southaven plant', 'Boxtown', 'Whitehaven', 'Southaven']) {
    await expect(places.getByRole('row', { name: new RegExp(`^${name}\\b`) }).first()).toBeAttached();
  }
  await expect(places.locator('a[href^="/sources#source-"]').first()).toBeAttached();
  await context.close();
});

test('what is new links each event to its facility page, newest first', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('ul.news > li');
  await expect(items).toHaveCount(area.news.length);
  const first = area.news[0]!;
  await expect(items.first()).toContainText(first.title);
  await expect(items.first().getByRole('link', { name: first.facilityName })).toHaveAttribute(
    'href',
    first.page === 'overview' ? `/facilities/${first.facilityId}` : `/facilities/${first.facilityId}/${first.page}`,
  );
});

test('the facilities page sets every site side by side, with a source for each figure', async ({ page }) => {
  await page.goto('/facilities');
  const table = page.getByRole('table', { name: /by measure/ });
  for (const f of listFacilities()) await expect(table.getByRole('columnheader', { name: f.shortName })).toBeVisible();
  const kind = table.getByRole('row', { name: /^Kind/ });
  await expect(kind).toContainText('Power plant (gas turbines)');
  await expect(
    table
      .getByRole('row', { name: /^Grid power in service/ })
      .locator('a[href^="/sources#source-"]')
      .first(),
  ).toBeAttached();
  await expect(table.getByRole('row', { name: /^Water drawn on site/ })).toContainText('not known');
});

test('both area pages answer bad settings with 400 naming the parameter, and accept good ones', async ({ request }) => {
  for (const path of ['/', '/facilities']) {
    const bad = await request.get(`${path}?loadFactr=0.5`);
    expect(bad.status(), path).toBe(400);
    expect(await bad.text()).toContain('loadFactr');
    expect((await request.get(`${path}?loadFactor=0.5`)).status(), path).toBe(200);
  }
});
