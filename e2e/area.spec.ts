import { expect, test } from '@playwright/test';

import { formatValue, styleFor } from '../lib/core/format';
import { getArea } from '../lib/pages/area';
import { listFacilities } from '../lib/data/load';
import { knownValue } from './helpers';

const area = getArea()!;

test('the front page adds up the data centers, shows the plant apart, and explains why', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('xAI in the Memphis area');
  const estimated = page.getByRole('article', { name: 'As independent analysts estimate it' });
  await expect(estimated.locator('.big')).toHaveText(formatValue(knownValue(area.totals.estimated), 'MW', styleFor(area.totals.estimated)));
  await expect(page.getByRole('article', { name: 'As the companies state it' })).toContainText('1,300 MW');
  const notAdded = page.locator('.context', { hasText: 'Not added' });
  await expect(notAdded).toContainText('Southaven plant');
  await expect(notAdded).toContainText('which powers Colossus 2');
});

test('a data center with no power figure is named as not counted, says so on its page, and has no Power page', async ({ page, request }) => {
  expect(area.totals.estimateNotKnownAt).toContain('MACROHARDRR');
  await page.goto('/');
  await expect(page.getByRole('article', { name: 'As independent analysts estimate it' })).toContainText('not counted: MACROHARDRR');
  await expect(page.locator('.lede')).toContainText('three data centers (two in Memphis, one in Southaven)');
  await page.goto('/facilities/macrohardrr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('xAI MACROHARDRR');
  await expect(page.locator('.section', { has: page.getByRole('heading', { name: 'Power', exact: true }) })).toContainText(
    "No figure for MACROHARDRR's power was found",
  );
  // its dated events are still listed, with their sources
  const events = page.locator('ol.timeline > li');
  await expect(events).toHaveCount(listFacilities().find((f) => f.id === 'macrohardrr')!.timeline.length);
  await expect(events.first().locator('a[href^="/sources#source-"]').first()).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'MACROHARDRR pages' }).getByRole('link', { name: 'Power' })).toHaveCount(0);
  expect((await request.get('/facilities/macrohardrr/power')).status()).toBe(404);
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
