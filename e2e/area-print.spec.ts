import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

test('the front page prints: totals, the chart, the map and its places', async ({ page }, info) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  const file = info.outputPath('area.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  for (const words of ['What the sites ask of the region', 'The footprint over time', 'Where the sites are', 'Boxtown', 'Not added'])
    expect(text).toContain(words);
});

test('the map prints on one page of its own, with the places and the distances, and without the arithmetic', async ({ page }, info) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
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
  // while the screen still offers it
  await page.emulateMedia({ media: 'screen' });
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
