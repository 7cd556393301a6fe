import { expect, type Page, test } from '@playwright/test';

// The calculator and its hearing packet in Spanish (/es/calculator, issue #25). This file sets its own
// phone viewport where it needs one; it runs in the desktop project only (see playwright.config.ts).

import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';
import { pdfPages, pdfText, pdfTextJoined, printToPdf, readQrCode } from './paper';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const GA = 'state=GA&mw=300&water=500000';
const WITH_GAS = `name=Project+X&${GA}&gas=100&hours=4000&peak=3000&customers=400000&supply=20`;

/** Rounds to 3 significant figures, as the site shows a computed figure whose inputs are that precise. */
const sig3 = (x: number) => Number(x.toPrecision(3));
/** es-US writes numbers as en-US does: "199,000", "0.047". */
const words = (n: number) => n.toLocaleString('es-US');

/** The headline figures of a result, as numbers and as shown without their unit words. */
async function answers(page: Page): Promise<{ values: (string | null)[]; digits: string[] }> {
  const big = page.locator('.calc-answer .calc-big');
  const values = await big.locator('data').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
  const digits = (await big.allInnerTexts()).map((t) => (t.match(/[$\d][\d.,–$×%]*/g) ?? []).join(' '));
  return { values, digits };
}

test('the form works without JavaScript, in Spanish, and lands on the Spanish result, homes first', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto('/es/calculator');
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByLabel('Estado').selectOption('GA');
  await page.getByLabel('Potencia de toda la instalación, en megavatios (MW)').fill('300');
  await page.getByLabel('Agua usada en el sitio, galones al día (opcional)').fill('500000');
  await page.getByRole('button', { name: 'Mostrar las cifras' }).click();
  await expect(page).toHaveURL(`/es/calculator?${GA}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // by hand: 300 MW × 8,760 h = 2,628,000 MWh, shown 2,630,000; Georgia's home 1,096 kWh × 12 = 13,152, shown 13,200
  const homes = sig3((sig3(300 * 8760) * 1000) / sig3(1096 * 12));
  await expect(page.locator('.calc-answer').first()).toContainText(`${words(homes)} hogares de Georgia usan en un año tanta electricidad`);
  await expect(page.locator('.calc-answers')).toContainText('2,500 hogares de Georgia usan tanta agua en casa');
  // the arithmetic in Spanish words, with the same numbers
  await expect(page.locator('.calc-answers')).toContainText('2,630,000 MWh al año × 1,000 kWh por MWh ÷ 13,200 kWh al año por hogar');
  await expect(page.getByLabel('Estado')).toHaveValue('GA');
  await context.close();
});

test('no English chrome: the headings, labels and buttons of a Spanish result are Spanish', async ({ page }) => {
  expect((await page.goto(`/es/calculator?${WITH_GAS}`))?.status()).toBe(200);
  const headings = (await page.getByRole('heading').allInnerTexts()).join(' | ');
  for (const english of ['Calculator', 'Sources', 'Every figure', 'Beside sites', 'Change the settings', 'The baselines', 'The proposal']) {
    expect(headings).not.toContain(english);
  }
  expect(headings).toContain('Cada cifra, con su fecha y sus fuentes');
  const main = page.locator('main');
  for (const english of ['How we got this', 'Show the numbers', 'Our calculation', 'As of ', 'homes in Georgia', 'From the source']) {
    await expect(main).not.toContainText(english);
  }
  await expect(page.getByRole('button', { name: 'Mostrar las cifras' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Cómo lo calculamos' }).first()).toBeAttached();
  // what comes from the data in English (a source's note) is marked as English
  const marked = page.locator('.calc-result [lang="en"]');
  expect(await marked.count()).toBeGreaterThan(0);
  await expect(page.locator('.calc-result')).toContainText('(en inglés)');
});

test('the Spanish result shows the same figures as the English one for the same settings', async ({ page }) => {
  await page.goto(`/calculator?${WITH_GAS}`);
  const en = await answers(page);
  await page.goto(`/es/calculator?${WITH_GAS}`);
  const es = await answers(page);
  expect(en.values.length).toBeGreaterThan(8);
  expect(es.values).toEqual(en.values);
  expect(es.digits).toEqual(en.digits);
  // and the same list of every figure
  const count = async () => page.locator('.calc-result ul.facts > li').count();
  const esFacts = await count();
  await page.goto(`/calculator?${WITH_GAS}`);
  expect(esFacts).toBe(await count());
});

test('each page links to its counterpart in the other language, visibly and by hreflang, with the same settings', async ({ page }) => {
  for (const [path, other, text] of [
    [`/calculator?${GA}`, `/es/calculator?${GA}`, 'Ver en español'],
    [`/es/calculator?${GA}`, `/calculator?${GA}`, 'Read this in English'],
    [`/calculator/packet?${GA}`, `/es/calculator/packet?${GA}`, 'Ver en español'],
    [`/es/calculator/packet?${GA}`, `/calculator/packet?${GA}`, 'Read this in English'],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const link = page.getByRole('link', { name: text });
    await expect(link).toHaveAttribute('href', other);
    const es = await page.locator('link[rel="alternate"][hreflang="es"]').getAttribute('href');
    const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
    const [english, spanish] = path.startsWith('/es') ? [other, path] : [path, other];
    if (path.includes('packet')) {
      // the packet's alternates name the pages, as its canonical address does
      expect(es).toBe(`http://localhost:${PORT}/es/calculator/packet`);
      expect(en).toBe(`http://localhost:${PORT}/calculator/packet`);
    } else {
      expect(es).toBe(`http://localhost:${PORT}${spanish}`);
      expect(en).toBe(`http://localhost:${PORT}${english}`);
    }
  }
});

for (const width of [375, 1280]) {
  test(`the Spanish form and a result pass axe and fit a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/es/calculator', `/es/calculator?${WITH_GAS}`]) {
      expect((await page.goto(path))?.status()).toBe(200);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    }
  });
}

for (const format of ['Letter', 'A4'] as const) {
  test(`the Spanish hearing packet prints on 2 ${format} pages without JavaScript`, async ({ browser }, info) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`/es/calculator/packet?${WITH_GAS}`))?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const file = await printToPdf(page, info.outputPath(`packet-es-${format}.pdf`), format);
    await context.close();
    expect(pdfPages(file)).toBe(2);
    const text = pdfText(file);
    const homes = sig3((sig3(300 * 8760) * 1000) / sig3(1096 * 12));
    expect(text).toContain(`${words(homes)} hogares`);
    expect(text).toContain('Datos actualizados');
    expect(text).toContain('Cómo se calcula cada cifra');
    expect(text).not.toContain('How each figure is worked out');
    expect(pdfTextJoined(file)).toContain(`localhost:${PORT}/es/calculator?${WITH_GAS}`);
  });
}

test('the Spanish packet’s QR code opens the Spanish calculator with the exact settings', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 4 });
  const page = await context.newPage();
  await page.goto(`/es/calculator/packet?${WITH_GAS}`);
  const url = await readQrCode(page, '.paper-qr .qr');
  await context.close();
  expect(url).toBe(`http://localhost:${PORT}/es/calculator?${WITH_GAS}`);
});

test('a bad setting at /es/calculator gets a 400 in Spanish naming it in words, with a link that works', async ({ page }) => {
  const res = await page.goto('/es/calculator?state=GA&mw=abc&contrl=uncontrolled');
  expect(res?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Algunos datos de este enlace no son válidos');
  const errors = page.locator('.errors li');
  const about = (param: string) => errors.filter({ has: page.locator('strong code', { hasText: new RegExp(`^${param}$`) }) });
  await expect(about('mw')).toContainText('la potencia de la instalación en megavatios (MW)');
  await expect(about('mw')).toContainText('usted escribió abc');
  await expect(about('contrl')).toContainText('¿Quiso decir control?');
  // the parser's own words are English, and marked so
  await expect(errors.locator('[lang="en"]').first()).toBeAttached();
  await page.getByRole('link', { name: 'Abrir la misma página con los valores predeterminados' }).click();
  await expect(page).toHaveURL('/es/calculator');
  await expect(page.getByLabel('Estado')).toBeVisible();
});
