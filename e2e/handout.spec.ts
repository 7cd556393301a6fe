import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { getSource, listFacilities } from '../lib/data/load';
import { formatQuantity } from '../lib/core/format';
import { getFacilityHandout, getRegionHandout, type Handout } from '../lib/pages/handout';
import { halfEmptyPages, pdfPages, pdfText, pdfTextJoined, printsAddress, printToPdf, readQrCode } from './paper';

const PORT = Number(process.env.E2E_PORT ?? 3100);

const HANDOUTS: { path: string; handout: Handout }[] = [
  { path: '/handout', handout: getRegionHandout()! },
  ...listFacilities().map((f) => ({ path: `/facilities/${f.id}/handout`, handout: getFacilityHandout(f.id)! })),
];

for (const { path, handout } of HANDOUTS) {
  test.describe(`the handout ${path}`, () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const format of ['Letter', 'A4'] as const) {
        test(`prints on at most 2 ${format} pages, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, with its answers and every source's address`, async ({
          browser,
        }, info) => {
          const context = await browser.newContext({ javaScriptEnabled });
          const page = await context.newPage();
          expect((await page.goto(path))?.status()).toBe(200);
          const file = await printToPdf(page, info.outputPath(`handout-${format}.pdf`), format);
          await context.close();
          expect(pdfPages(file)).toBeLessThanOrEqual(2);
          // no page more than half empty, but the last
          expect(halfEmptyPages(file)).toEqual([]);
          const text = pdfText(file);
          // the answers, as the model gives them
          const e = handout.answers.electricity;
          if (e.homes) expect(text).toContain(formatQuantity(e.homes));
          if (handout.answers.water.total) expect(text).toContain(formatQuantity(handout.answers.water.total));
          // every source, numbered, with its address (a URL may break across lines: match its start)
          expect(handout.sourceIds.length).toBeGreaterThan(0);
          const joined = pdfTextJoined(file);
          for (const id of handout.sourceIds) expect(printsAddress(joined, getSource(id)), id).toBe(true);
          expect(text).toContain(`Data updated`);
          // the link to the exact view names this server's port, never a fixed 3000
          expect(text).toContain(`localhost:${PORT}`);
          if (PORT !== 3000) expect(text).not.toContain('localhost:3000');
        });
      }
    }

    test('its QR code opens the exact view on this server', async ({ browser }) => {
      const context = await browser.newContext({ deviceScaleFactor: 4 });
      const page = await context.newPage();
      await page.goto(path);
      const url = await readQrCode(page, '.paper-qr .qr');
      await context.close();
      expect(url).toBe(`http://localhost:${PORT}${path}`);
    });
  });
}

test('a facility handout carries the settings of its view in its link and QR code', async ({ page }) => {
  await page.goto('/facilities/colossus-1/handout?loadFactor=0.8&household=us');
  await expect(page.locator('.qr-url')).toHaveText(`http://localhost:${PORT}/facilities/colossus-1/handout?loadFactor=0.8&household=us`);
  // and a bad setting gets the site's 400, which names it
  expect((await page.goto('/facilities/colossus-1/handout?loadFactor=9'))?.status()).toBe(400);
});

test('the handout of a site with little on record says what is not known, and shows its dated events instead of a chart', async ({
  page,
}) => {
  await page.goto('/facilities/macrohardrr/handout');
  await expect(page.locator('#answer-electricity')).toContainText('Not known on its own');
  await expect(page.locator('#answer-electricity')).toContainText('partly inside Colossus 2');
  await expect(page.locator('#answer-water')).toContainText('Not known');
  await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
  await expect(page.locator('ol.timeline > li')).toHaveCount(listFacilities().find((f) => f.id === 'macrohardrr')!.timeline.length);
});

test('the region handout and report are linked from the front page and take its settings, with the same 400s', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'the two-page handout' })).toHaveAttribute('href', '/handout');
  await expect(page.getByRole('link', { name: 'the full report' })).toHaveAttribute('href', '/report');
  for (const path of ['/handout', '/report']) {
    const bad = await request.get(`${path}?loadFactr=0.5`);
    expect(bad.status(), path).toBe(400);
    expect(await bad.text()).toContain('loadFactr');
    expect((await request.get(`${path}?loadFactor=1`, { maxRedirects: 0 })).status(), path).toBe(308);
  }
});
