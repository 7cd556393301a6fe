import { expect, test } from '@playwright/test';

// The Spanish edition (issue #25), on a desktop and a 375 px phone. Printing: spanish-print.spec.ts.
// The site-wide checks (axe, sideways scroll, no framework code, the foot's dates, charts) run on
// these pages too: they are in ALL_PAGES (helpers.ts).

import { formatDate } from '../lib/core/format';
import { dataUpdatedOn, listDecisions, listFacilities } from '../lib/data/load';
import { MESSAGES } from '../lib/i18n/messages';
import { SPANISH_PAGES } from './helpers';

const es = MESSAGES.es;
const en = MESSAGES.en;
const english = (path: string) => (path === '/es' ? '/' : path.replace(/^\/es/, ''));

for (const path of SPANISH_PAGES) {
  test.describe(`the Spanish page ${path}`, () => {
    test('is in Spanish, with no English chrome, and links to its English counterpart both ways', async ({ page, request }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      // the header, the skip link and the footer in Spanish
      await expect(page.locator('.skip-link')).toHaveText(es.layout.skip);
      await expect(page.locator('.site-nav')).toContainText(es.layout.handout);
      for (const word of [en.layout.facilities, en.layout.methodology, en.layout.sources]) {
        await expect(page.locator('.site-nav a', { hasText: new RegExp(`^${word}$`) })).toHaveCount(0);
      }
      await expect(page.locator('.site-footer')).toContainText(es.layout.about);
      // the answers' headings
      for (const k of ['electricity', 'water', 'air'] as const) {
        await expect(page.locator(`#answer-${k} dt`)).toHaveText(es.answers[k]);
      }
      await expect(page.locator('.region-answers')).not.toContainText('Not known');
      // hreflang both ways, and the visible link to the English page
      const alternates = (p: typeof page) =>
        p
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]));
      expect(await alternates(page)).toEqual(
        expect.arrayContaining([
          ['en', english(path)],
          ['es', path],
        ]),
      );
      const toEnglish = page.locator(`.language-switch a[hreflang="en"]`);
      await expect(toEnglish).toHaveText(es.edition.otherLanguage);
      expect(new URL((await toEnglish.getAttribute('href')) ?? '', 'http://x').pathname).toBe(english(path));
      const other = await request.get(english(path));
      expect(other.status()).toBe(200);
      const html = await other.text();
      expect(html).toMatch(new RegExp(`hrefLang="es" href="[^"]*${path.replace(/\//g, '\\/')}"`));
      expect(html).toMatch(new RegExp(`lang="es"[^>]*>(${en.edition.otherLanguage}|${en.edition.otherLanguageShort})</a>`));
    });

    test('gives the same figures as the English page, and works without JavaScript', async ({ browser, request }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const values = async (p: string) => {
        await page.goto(p);
        // each answer's figures, as the machine-readable values the formatter wrote (electricity, water and air:
        // a facility's page gives the health answer in full, its handout in one line)
        return page
          .locator('#answer-electricity data.value, #answer-water data.value, #answer-air data.value')
          .evaluateAll((ds) => ds.map((d) => d.getAttribute('value')));
      };
      const spanish = await values(path);
      // a facility's Spanish page is built from its handout's answers
      const en = english(path);
      const inEnglish = await values(en.startsWith('/facilities/') && !en.endsWith('/handout') ? `${en}/handout` : en);
      await context.close();
      expect(spanish).toEqual(inEnglish);
      // every answer is in the server's HTML (MACROHARDRR's say what is not known, with no figure)
      const html = await (await request.get(path)).text();
      for (const k of ['electricity', 'water', 'air']) expect(html).toContain(`id="answer-${k}"`);
    });
  });
}

test('writes numbers, units and dates as es-US does, and marks text from the data as English', async ({ page }) => {
  await page.goto('/es');
  const answers = page.locator('.region-answers');
  await expect(answers).toContainText(/\d{1,3}(,\d{3})* hogares de Tennessee/);
  await expect(answers).toContainText(/galones al día/);
  await expect(answers).toContainText(/millones al año/);
  await expect(page.locator('.site-currency')).toContainText(formatDate(dataUpdatedOn(), 'es'));
  // a decision the data translates is shown in its Spanish words; English from the data is marked
  const translated = listDecisions().filter((d) => d.es !== undefined);
  expect(translated.length).toBeGreaterThan(0);
  const titles = await page.locator('.next-decision-title').allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(translated.map((d) => d.es?.title)).toContain(t.trim());
  const marked = page.locator('[lang="en"] + .in-english');
  expect(await marked.count()).toBeGreaterThan(0);
  await expect(marked.first()).toHaveText(es.format.inEnglish);
});

test('lists every Spanish page in the sitemap, each naming its English counterpart', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const path of SPANISH_PAGES) {
    expect(xml).toMatch(new RegExp(`<loc>[^<]*${path.replace(/\//g, '\\/')}</loc>`));
  }
  expect(xml).toContain('hreflang="es"');
  expect(xml).toContain('hreflang="en"');
});

test('an /es address of a page with no Spanish edition is a 404, and bad settings a 400 naming them', async ({ request }) => {
  const f = listFacilities()[0]!;
  for (const p of ['/es/report', `/es/facilities/${f.id}/power`, '/es/facilities/no-such-site', '/es/es', '/es/facilities']) {
    expect((await request.get(p)).status(), p).toBe(404);
  }
  const bad = await request.get('/es?date=tomorrow');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('date');
  const redirect = await request.get('/es?utm_source=x', { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers().location).toMatch(/\/es$/);
});

test('hostile addresses under /es get 400, 404 or a 308 to a canonical address, never a 5xx', async ({ request }) => {
  const f = listFacilities()[0]!;
  const hostile = [
    '/es/%E0%A4%A',
    '/es/facilities/%E0%A4%A',
    '/es/facilities/%00',
    `/es/facilities/${f.id}/%2e%2e/%2e%2e/etc/passwd`,
    `/es/facilities/${f.id}/handout/extra`,
    '/es/handout?tons=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `/es?date=${'9'.repeat(5000)}`,
    '/es?date=%E0%A4%A',
    '/es?loadFactor=NaN',
    '/es?loadFactor=1e309',
    '/es/calculator?state=ZZ',
    '/es/calculator/packet?mw=-1',
    '/es/calculator?name=%00%01',
    '/ES',
    '/es.',
  ];
  for (const path of hostile) {
    const status = (await request.get(path, { maxRedirects: 0 })).status();
    expect([400, 404, 308], `${path} → ${status}`).toContain(status);
  }
});
