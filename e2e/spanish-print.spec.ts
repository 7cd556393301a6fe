import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { getSource, listFacilities } from '../lib/data/load';
import { formatQuantity } from '../lib/core/format';
import { MESSAGES } from '../lib/i18n/messages';
import { getFacilityHandout, getRegionHandout, type Handout } from '../lib/pages/handout';
import { halfEmptyPages, pdfPages, pdfText, pdfTextJoined, printsAddress, printToPdf, readQrCode } from './paper';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const es = MESSAGES.es;

const HANDOUTS: { path: string; handout: Handout }[] = [
  { path: '/es/handout', handout: getRegionHandout()! },
  ...listFacilities().map((f) => ({ path: `/es/facilities/${f.id}/handout`, handout: getFacilityHandout(f.id)! })),
];

for (const { path, handout } of HANDOUTS) {
  test.describe(`the Spanish handout ${path}`, () => {
    for (const format of ['Letter', 'A4'] as const) {
      test(`prints on at most 2 ${format} pages without JavaScript, in Spanish, with every source's address`, async ({ browser }, info) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        expect((await page.goto(path))?.status()).toBe(200);
        const file = await printToPdf(page, info.outputPath(`handout-es-${format}.pdf`), format);
        await context.close();
        expect(pdfPages(file)).toBeLessThanOrEqual(2);
        expect(halfEmptyPages(file)).toEqual([]);
        const text = pdfText(file);
        const e = handout.answers.electricity;
        if (e.homes) expect(text).toContain(formatQuantity(e.homes, undefined, 'es'));
        if (handout.answers.water.total) expect(text).toContain(formatQuantity(handout.answers.water.total, undefined, 'es'));
        // (print writes the answers' names in capitals)
        expect(text.toLowerCase()).toContain(es.answers.electricity.toLowerCase());
        expect(text).toContain(es.figures.sources);
        expect(text).not.toContain('Data updated');
        const joined = pdfTextJoined(file);
        for (const id of handout.sourceIds) expect(printsAddress(joined, getSource(id)), id).toBe(true);
        expect(text).toContain(`localhost:${PORT}/es`);
      });
    }

    test('its QR code opens the Spanish view on this server', async ({ browser }) => {
      const context = await browser.newContext({ deviceScaleFactor: 4 });
      const page = await context.newPage();
      await page.goto(path);
      const url = await readQrCode(page, '.paper-qr .qr');
      await context.close();
      expect(url).toBe(`http://localhost:${PORT}${path}`);
    });
  });
}

for (const path of ['/es', ...listFacilities().map((f) => `/es/facilities/${f.id}`)]) {
  test(`${path} prints in Spanish with no page more than half empty but the last`, async ({ page }, info) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const file = info.outputPath('page.pdf');
    await page.pdf({ path: file, format: 'Letter' });
    expect(halfEmptyPages(file)).toEqual([]);
    const text = pdfText(file);
    expect(text).toContain(es.layout.printedFrom.split(' · ')[0] as string);
    // the links to the English pages and to the other language are for the screen
    expect(text).not.toContain(es.edition.moreHeading);
    expect(text).not.toContain(es.edition.otherLanguage);
  });
}
