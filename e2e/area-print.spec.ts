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
