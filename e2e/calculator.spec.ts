import { expect, test } from '@playwright/test';

// This file sets its own phone viewport where it needs one; it runs in the desktop project only (see playwright.config.ts).

import { getSource } from '../lib/data/load';
import { sourceIdsOf } from '../lib/core/quantity';
import { getProposal } from '../lib/calculator/model';
import { parseCalculatorParams } from '../lib/calculator/route';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';
import { pdfPages, pdfText, pdfTextJoined, printsAddress, printToPdf, readQrCode } from './paper';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const GA = 'state=GA&mw=300&water=500000';

/** Rounds to 3 significant figures, as the site shows a computed figure whose inputs are that precise. */
const sig3 = (x: number) => Number(x.toPrecision(3));
const words = (n: number) => n.toLocaleString('en-US');

test('the form works without JavaScript and lands on the canonical result, homes first', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect((await page.goto('/calculator'))?.status()).toBe(200);
  await page.getByLabel('State').selectOption('GA');
  await page.getByLabel('Power of the whole facility, MW').fill('300');
  await page.getByLabel('Water used on site, gallons a day (optional)').fill('500000');
  await page.getByRole('button', { name: 'Show the numbers' }).click();
  // the form sends every field, the empty ones too; the 308 drops them and fixes the order
  await expect(page).toHaveURL(`/calculator?${GA}`);
  // by hand: 300 MW × 8,760 h = 2,628,000 MWh, shown 2,630,000; Georgia's home 1,096 kWh × 12 = 13,152, shown 13,200
  const homes = sig3((sig3(300 * 8760) * 1000) / sig3(1096 * 12));
  const first = page.locator('.calc-answer').first();
  await expect(first).toContainText(`${words(homes)} homes in Georgia use as much electricity in a year`);
  // then by the U.S. home: 899 kWh × 12 = 10,788, shown 10,800
  await expect(page.locator('.calc-answer').nth(1)).toContainText(
    `${words(sig3((2_630_000 * 1000) / 10_800))} homes by the U.S. average home`,
  );
  // water: 500,000 gallons ÷ (75.9 gallons a person × 2.7 people, shown 200) = 2,500 homes
  await expect(page.locator('.calc-answers')).toContainText('2,500 homes in Georgia use as much water at home');
  // every formula is on the page, and the year of each baseline
  await expect(page.locator('.calc-answers')).toContainText('2,630,000 MWh a year × 1,000 kWh per MWh ÷ 13,200 kWh a year per home');
  await expect(page.locator('.calc-baselines')).toContainText('in 2022 (EIA)');
  await expect(page.locator('.calc-baselines')).toContainText('in 2015 (USGS)');
  // the form keeps the settings for a change
  await expect(page.getByLabel('State')).toHaveValue('GA');
  await context.close();
});

test('water=average estimates the water from the U.S. average per kWh, with its range', async ({ page }) => {
  expect((await page.goto(`/calculator?state=GA&mw=300&water=average`))?.status()).toBe(200);
  // by hand: IT power 300 ÷ 1.4 ≈ 210 MW (190–260); 0.36–0.48 L/kWh ≈ 95–130 gallons per MWh; × 24 h
  const [low, value, high] = [190 * 24 * 95, 210 * 24 * 95, 260 * 24 * 130].map((x) => words(Number(x.toPrecision(2))));
  expect(value).toBe('480,000');
  await expect(page.locator('.calc-answers')).toContainText(`${low}–${high} gallons a day on site`);
  // the packet prints it too
  expect((await page.goto(`/calculator/packet?state=GA&mw=300&water=average`))?.status()).toBe(200);
});

test('with no settings the page is the form alone, with an example', async ({ page }) => {
  await page.goto('/calculator');
  await expect(page.locator('.calc-result')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Describe the proposal' })).toBeVisible();
  await page.getByRole('link', { name: /a 300 MW data center in Georgia/ }).click();
  await expect(page.locator('.calc-result h2')).toHaveText('A 300 MW data center in Georgia');
});

test('a valid query in another form gets a 308 to the canonical one', async ({ request }) => {
  for (const [given, canonical] of [
    ['mw=300&state=ga&utm_source=x', 'state=GA&mw=300'],
    ['state=GA&mw=300.0&loadFactor=1&name=', 'state=GA&mw=300'],
    ['state=GA&mw=5&gas=10&hours=8760&control=lean-premix', 'state=GA&mw=5&gas=10'],
    ['name=&state=&mw=&it=', ''],
  ]) {
    const res = await request.get(`/calculator?${given}`, { maxRedirects: 0 });
    expect(res.status(), given).toBe(308);
    expect(res.headers().location, given).toBe(`/calculator${canonical ? `?${canonical}` : ''}`);
  }
});

const BAD: [string, string][] = [
  ['state=ZZ&mw=300', 'state'],
  ['mw=300', 'state'],
  ['state=GA', 'mw'],
  ['state=GA&mw=0', 'mw'],
  ['state=GA&mw=abc', 'mw'],
  ['state=GA&mw=1e9', 'mw'],
  ['state=GA&mw=300&it=100', 'it'],
  ['state=GA&mw=300&pue=1.2', 'pue'],
  ['state=GA&it=100&pue=9', 'pue'],
  ['state=GA&mw=300&loadFactor=0', 'loadFactor'],
  ['state=GA&mw=300&water=-1', 'water'],
  ['state=GA&mw=300&gas=10&hours=9000', 'hours'],
  ['state=GA&mw=300&hours=100', 'hours'],
  ['state=GA&mw=300&gas=10&control=scr', 'control'],
  ['state=GA&mw=300&peak=0', 'peak'],
  ['state=GA&mw=300&customers=1.5', 'customers'],
  ['state=GA&mw=300&supply=abc', 'supply'],
  ['state=GA&mw=300&mw=400', 'mw'],
  ['state=GA&mw=300&colour=red', 'colour'],
];

test('every setting out of range or malformed gets a 400 that names it, on the page, the packet and the downloads', async ({ request }) => {
  for (const [query, param] of BAD) {
    for (const path of ['/calculator', '/calculator/packet']) {
      const res = await request.get(`${path}?${query}`, { maxRedirects: 0 });
      expect(res.status(), `${path}?${query}`).toBe(400);
      const html = await res.text();
      expect(html, `${path}?${query}`).toContain(`<code>${param}</code>`);
      expect(html).toContain('Allowed:');
    }
    const data = await request.get(`/calculator/data.json?${query}`, { maxRedirects: 0 });
    expect(data.status(), query).toBe(400);
    expect(((await data.json()) as { errors: { param: string }[] }).errors.map((e) => e.param)).toContain(param);
  }
});

const HOSTILE = '<script>alert(1)</script><b id="bold">x</b> & "quotes"';

test('a hostile name is shown as text on the page, in the packet and in the downloads', async ({ page, request, browser }, info) => {
  const query = `name=${encodeURIComponent(HOSTILE)}&${GA}`;
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const res = await page.goto(`/calculator?${query}`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('.calc-result h2')).toHaveText(`“${HOSTILE}”: 300 MW in Georgia`);
  await expect(page.locator('#bold')).toHaveCount(0);
  const html = await res!.text();
  expect(html).not.toContain('<script>alert(1)');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(dialogs).toBe(0);

  // the packet, printed: the name as text
  const packet = await browser.newContext({ javaScriptEnabled: false });
  const paper = await packet.newPage();
  expect((await paper.goto(`/calculator/packet?${query}`))?.status()).toBe(200);
  const file = await printToPdf(paper, info.outputPath('hostile.pdf'), 'Letter');
  await packet.close();
  expect(pdfText(file)).toContain(HOSTILE);

  // the downloads: JSON with no markup characters, CSV with the name only in its "# " lines
  const json = await (await request.get(`/calculator/data.json?${query}`)).text();
  expect(json).not.toMatch(/[<>]/);
  expect((JSON.parse(json) as { facilityName: string }).facilityName).toBe(HOSTILE);
  const csv = await request.get(`/calculator/data.csv?${query}`);
  expect(csv.headers()['content-disposition']).toBe('attachment; filename="proposal_state-GA_mw-300_water-500000.csv"');
  for (const line of (await csv.text()).split('\n').filter((l) => l.includes('<script>'))) expect(line.startsWith('# ')).toBe(true);
});

test('a name too long or with control characters gets a 400 naming it, never a 5xx', async ({ request }) => {
  for (const name of ['x'.repeat(10_000), 'a\nb', 'a\u0000b', 'tab\there', 'a\u0085b', 'a\u2028b', `${'é'.repeat(81)}`]) {
    for (const path of ['/calculator', '/calculator/packet', '/calculator/data.csv']) {
      const res = await request.get(`${path}?name=${encodeURIComponent(name)}&${GA}`, { maxRedirects: 0 });
      expect(res.status(), `${path} ${JSON.stringify(name.slice(0, 12))}`).toBe(400);
      expect(await res.text()).toContain('name');
    }
  }
});

for (const width of [375, 1280]) {
  test(`the form and a result pass axe and fit a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/calculator', `/calculator?name=Project%20X&${GA}&gas=100&peak=3000&customers=400000&supply=20`]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    }
  });
}

const WITH_GAS = `name=Project+X&${GA}&gas=100&hours=4000&peak=3000&customers=400000&supply=20`;

for (const javaScriptEnabled of [true, false]) {
  for (const format of ['Letter', 'A4'] as const) {
    test(`the hearing packet prints on 2 ${format} pages, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, with every source's address`, async ({
      browser,
    }, info) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      expect((await page.goto(`/calculator/packet?${WITH_GAS}`))?.status()).toBe(200);
      const file = await printToPdf(page, info.outputPath(`packet-${format}.pdf`), format);
      await context.close();
      expect(pdfPages(file)).toBe(2);
      const proposal = getProposal((parseCalculatorParams(new URLSearchParams(WITH_GAS)) as { ok: true; settings: never }).settings)!;
      const ids = sourceIdsOf(proposal.figures.map((f) => f.q));
      expect(ids.length).toBeGreaterThan(5);
      const joined = pdfTextJoined(file);
      for (const id of ids) expect(printsAddress(joined, getSource(id)), id).toBe(true);
      const text = pdfText(file);
      // by hand, as in the first test: 2,630,000 MWh × 1,000 ÷ 13,200 kWh
      expect(text).toContain(`${words(sig3((sig3(300 * 8760) * 1000) / sig3(1096 * 12)))} households`);
      expect(text).toContain('Data updated');
      // the link and QR code name this server and the exact settings
      expect(joined).toContain(`localhost:${PORT}/calculator?${WITH_GAS}`);
    });
  }
}

test('the packet’s QR code opens the calculator with the exact settings', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 4 });
  const page = await context.newPage();
  await page.goto(`/calculator/packet?${WITH_GAS}`);
  const url = await readQrCode(page, '.paper-qr .qr');
  await context.close();
  expect(url).toBe(`http://localhost:${PORT}/calculator?${WITH_GAS}`);
});
