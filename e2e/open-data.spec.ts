import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';

import { formatNumber, formatValue, styleFor } from '../lib/core/format';
import type { OpenDataFile, OpenDataRow } from '../lib/pages/open-data';
import { dataUpdatedOn } from '../lib/data/load';
import { getArea } from '../lib/pages/area';
import { getOverview } from '../lib/pages/overview';
import { getPowerDetail } from '../lib/pages/power';
import { facility, knownValue } from './helpers';

const base = `/facilities/${facility.id}`;
const overview = getOverview(facility.id)!;
const approved = overview.power.find((p) => p.key === 'gridApproved')!;

function row(file: OpenDataFile, id: string): OpenDataRow {
  const r = file.figures.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no figure ${id} in the file`);
  return r;
}

test.describe('open data downloads', () => {
  test('serve CSV and JSON with their types, a file name and a cache policy', async ({ request }) => {
    const csv = await request.get(`${base}/data.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="${facility.id}_default.csv"`);
    expect(csv.headers()['cache-control']).toMatch(/max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(csv.headers()['etag']).toMatch(/^"[\w-]+"$/);
    const text = await csv.text();
    expect(text.split('\n')[0]).toMatch(/^# /);
    expect(text).toContain('# Data: CC BY 4.0');
    const rows = parse(text, { comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'power.gridApproved.mw')?.value).toBe(String(knownValue(approved.power)));

    const json = await request.get(`${base}/data.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers()['content-disposition']).toBe(`attachment; filename="${facility.id}_default.json"`);
    const file = (await json.json()) as OpenDataFile;
    expect(file.facilityId).toBe(facility.id);
    expect(file.scenario.query).toBe('');
    expect(file.licence).toMatch(/CC BY 4\.0/);
    expect(file.dataUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.figures).toHaveLength(rows.length);
  });

  test('give the figures the overview page shows', async ({ request, page }) => {
    const file = (await (await request.get(`${base}/data.json`)).json()) as OpenDataFile;
    const mw = row(file, 'power.gridApproved.mw');
    const homes = row(file, 'power.gridApproved.households');
    expect(mw.value).toBe(knownValue(approved.power));
    expect(homes.value).toBe(knownValue(approved.households.overall));
    expect(homes.sourceIds.length).toBeGreaterThan(0);

    await page.goto(base);
    const card = page.getByRole('article', { name: approved.label });
    await expect(card.locator('.big')).toHaveText(formatValue(mw.value!, mw.unit));
    await expect(card).toContainText(formatNumber(homes.value!, styleFor(approved.households.overall)));
  });

  test('follow the scenario in the query and record it', async ({ request }) => {
    const half = await request.get(`${base}/data.json?loadFactor=0.5&utm_source=newsletter`);
    expect(half.status()).toBe(200);
    expect(half.headers()['content-disposition']).toBe(`attachment; filename="${facility.id}_loadFactor-0.5.json"`);
    const file = (await half.json()) as OpenDataFile;
    expect(file.scenario.query).toBe('loadFactor=0.5');
    expect(file.scenario.words.join('; ')).toContain('load factor 0.5');
    const full = getPowerDetail(facility.id)!.city!.annualEnergy;
    expect(row(file, 'power.gridApproved.annualEnergy').value).toBeCloseTo(knownValue(full) / 2, 6);

    const csv = await (await request.get(`${base}/data.csv?loadFactor=0.5`)).text();
    expect(csv).toContain('# Scenario: loadFactor=0.5');
  });

  test('answer a bad parameter with 400 in JSON that names it, says what is allowed and suggests a fix', async ({ request }) => {
    for (const format of ['csv', 'json']) {
      const res = await request.get(`${base}/data.${format}?loadFactr=0.5`);
      expect(res.status()).toBe(400);
      expect(res.headers()['content-type']).toMatch(/^application\/json/);
      const body = (await res.json()) as { errors: { param: string; allowed: string; didYouMean: string | null }[]; repairedUrl: string };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ param: 'loadFactr', didYouMean: 'loadFactor' });
      expect(body.errors[0]!.allowed).toContain('loadFactor');
      expect(body.repairedUrl).toBe(`${base}/data.${format}?loadFactor=0.5`);
    }
  });

  test('return script-like input as inert JSON data, never markup', async ({ request }) => {
    const attack = '<script>alert(1)</script>';
    const res = await request.get(`${base}/data.json?household=${encodeURIComponent(attack)}`);
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toMatch(/^application\/json/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    const text = await res.text();
    expect(text).not.toContain('<script');
    expect(text.trimStart().startsWith('{')).toBe(true);
    const body = JSON.parse(text) as { errors: { param: string; received: string }[] };
    expect(body.errors[0]).toMatchObject({ param: 'household', received: attack });
  });

  test('answer an unknown facility with 404 in JSON', async ({ request }) => {
    const res = await request.get('/facilities/no-such-facility/data.csv');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/^application\/json/);
    expect(((await res.json()) as { facilities: { id: string }[] }).facilities.map((f) => f.id)).toContain(facility.id);
  });

  test('are linked from the pages with the view’s scenario', async ({ page, request }) => {
    await page.goto(`${base}/power?loadFactor=0.5&household=us`);
    const links = page.locator('.scenario .data-links');
    await expect(links).toContainText('Download the data');
    const href = await links.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(href).toBe(`${base}/data.csv?loadFactor=0.5&household=us`);
    await expect(links.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', `${base}/data.json?loadFactor=0.5&household=us`);
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('# Scenario: loadFactor=0.5&household=us');

    await page.goto(`${base}/claims`);
    await expect(page.locator('.data-links').getByRole('link', { name: 'JSON' })).toHaveAttribute('href', `${base}/data.json`);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.data-links')).toBeHidden();
  });
});

test.describe("the region's downloads", () => {
  test('give every figure of the front page, its sources, date and licence, in the same form as a facility’s', async ({ request }) => {
    const area = getArea()!;
    const csv = await request.get('/data.csv');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe('attachment; filename="memphis-area_default.csv"');
    const text = await csv.text();
    expect(text).toContain('# Data: CC BY 4.0');
    expect(text).toContain(`# Data updated: ${dataUpdatedOn()}`);
    const rows = parse(text, { comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
    // one row per figure the page declares, with the same ids
    expect(rows.map((r) => r.id)).toEqual(area.figures.map((f) => f.id));
    const total = rows.find((r) => r.id === 'area.electricity.total')!;
    expect(Number(total.value)).toBe(knownValue(area.answers.electricity.total));
    expect(total.formula).toContain('+');
    expect(total.source_urls).toContain('https://');

    const json = (await (await request.get('/data.json')).json()) as OpenDataFile;
    expect(json.facilityId).toBe('memphis-area');
    expect(json.figures.map((f) => f.id)).toEqual(area.figures.map((f) => f.id));
    expect(json.sources.length).toBeGreaterThan(5);
  });

  test('answer a bad setting with a 400 that names it, and a non-canonical one with a 308', async ({ request }) => {
    const bad = await request.get('/data.json?loadFactr=0.5');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { errors: { param: string; didYouMean: string | null }[] }).errors[0]).toMatchObject({
      param: 'loadFactr',
      didYouMean: 'loadFactor',
    });
    const redirect = await request.get('/data.csv?loadFactor=1', { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers()['location']).toMatch(/\/data\.csv$/);
  });
});
