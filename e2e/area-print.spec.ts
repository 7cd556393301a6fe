import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { getSource } from '../lib/data/load';
import { getArea } from '../lib/pages/area';
import { getRegionReport } from '../lib/pages/handout';
import { halfEmptyPages, pdfPages, pdfText, pdfTextJoined, printsAddress } from './paper';

const PORT = Number(process.env.E2E_PORT ?? 3100);

for (const javaScriptEnabled of [true, false]) {
  test(`the front page prints on at most 4 Letter pages (the answers, their tables, the chart and every source), none more than half empty but the last (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }, info) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    const file = info.outputPath('area.pdf');
    await page.pdf({ path: file, format: 'Letter' });
    await context.close();
    expect(pdfPages(file)).toBeLessThanOrEqual(4);
    // no page more than half empty, but the last
    expect(halfEmptyPages(file)).toEqual([]);
    const text = pdfText(file);
    for (const words of ['What the sites ask of the region', 'Electricity: the sites added up', 'The footprint over time', 'Not added'])
      expect(text).toContain(words);
    // the arithmetic, the map and the news stay on screen
    expect(text).not.toContain('How we got');
    expect(text).not.toContain('haversine');
    // every source of the page, with the address to follow (the region report prints both a copy's and the original's)
    const joined = pdfTextJoined(file);
    for (const id of getArea()!.sourceIds) expect(printsAddress(joined, getSource(id), { all: false }), id).toBe(true);
    expect(text).toContain(`printed from http://localhost:${PORT}`);
  });
}

test('the region report prints its answers, their work, the chart and every source with its address', async ({ page }, info) => {
  expect((await page.goto('/report'))?.status()).toBe(200);
  const file = info.outputPath('region-report.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  // no page more than half empty, but the last
  expect(halfEmptyPages(file)).toEqual([]);
  const text = pdfText(file);
  for (const words of [
    'What the sites ask of the region',
    'Electricity: the sites added up',
    'Water: gallons a day',
    'Air: gas turbines',
    'Sources',
  ])
    expect(text).toContain(words);
  const joined = pdfTextJoined(file);
  for (const id of getRegionReport()!.sourceIds) expect(printsAddress(joined, getSource(id)), id).toBe(true);
});

test('the map prints in the region report, on one page of its own, with the places and the distances, and without the arithmetic', async ({
  page,
}, info) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/report');
  const file = info.outputPath('area-map.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f');
  const at = pages.findIndex((p) => p.includes('Where the sites are'));
  expect(at).toBeGreaterThan(0);
  const map = pages[at]!;
  // it starts a page (nothing of the section before it is on that page) and ends on it: the last place and the method are there
  expect(map.trimStart().startsWith('Where the sites are')).toBe(true);
  for (const words of ['Places on the map', 'Distances between them', 'Colossus 1', 'MACROHARDRR', 'Boxtown', '35.0602° N', '3.2 miles'])
    expect(map).toContain(words);
  expect(map).toMatch(/the\s+haversine\s+formula\s+on\s+a\s+sphere\s+of\s+radius\s+6,371\s+km/);
  expect(map).toMatch(/Southaven\s+city/); // the places table's last row
  // the per-pair arithmetic stays on screen: none of it on paper, on any page
  const all = pages.join('\n');
  for (const words of ['How we got these distances', 'worked by hand', '√(', '× 69.09', 'cos 35']) expect(all).not.toContain(words);
  // while the screen still offers it, on the front page too
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/');
  await expect(page.getByText('How we got these distances', { exact: true })).toBeVisible();
});

test('the facilities page prints every site and measure', async ({ page }, info) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/facilities');
  const file = info.outputPath('facilities.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  // a row's label may wrap in its cell, so each is matched by its first words
  for (const words of [
    'Colossus 1',
    'Colossus 2',
    'Southaven plant',
    'Grid power in service',
    'On-site generation',
    'Gas turbines reported',
  ])
    expect(text).toContain(words);
});
