import { expect, test } from '@playwright/test';

import { formatValue } from '../lib/core/format';
import { getOverview } from '../lib/pages/overview';
import { defaultScenario } from '../lib/scenario/scenario';
import { scenarioContext } from '../lib/scenario/context';
import { facility, knownValue } from './helpers';

const PATH = `/facilities/${facility.id}`;
const ctx = scenarioContext(facility.id)!;
const homesText = (q: Parameters<typeof knownValue>[0]) => `≈ ${formatValue(knownValue(q), 'households', { significantFigures: 3 })}`;

test('submitting the form changes the figures and the URL, and that URL reproduces the view', async ({ page, browser }) => {
  await page.goto(PATH);
  const card = page.getByRole('article', { name: 'Grid power approved' });
  const before = await card.locator('.comparisons .cmp-value').first().textContent();

  await page.getByText('Change the what-if settings').click();
  await page.getByLabel('Load factor').fill('0.5');
  await page.getByLabel('Compare with').selectOption('tennessee');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/loadFactor=0\.5/);
  expect(page.url()).toContain('household=tennessee');

  const scenario = { ...defaultScenario(ctx), loadFactor: 0.5, household: 'tennessee' };
  const expected = getOverview(facility.id, scenario)!.power.find((p) => p.key === 'gridApproved')!;
  const after = card.locator('.comparisons .cmp-value').first();
  await expect(after).toHaveText(homesText(expected.households.overall));
  expect(await after.textContent()).not.toBe(before);
  await expect(page.locator('.scenario-showing')).toContainText('load factor 0.5');
  await expect(page.locator('.scenario-showing')).toContainText('Tennessee average home');

  // the share link, opened by someone else, shows the same figures
  const shared = page.url();
  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByRole('article', { name: 'Grid power approved' }).locator('.comparisons .cmp-value').first()).toHaveText(
    homesText(expected.households.overall),
  );
  await other.close();
});

test('the form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${PATH}/water`);
  await page.getByText('Change the what-if settings').click();
  await page.getByLabel('On-site water').selectOption('recycling');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/water=recycling/);
  await expect(page.locator('.scenario-showing')).toContainText('recycling plant running');
  await context.close();
});

test('links between pages keep the scenario', async ({ page }) => {
  await page.goto(`${PATH}?loadFactor=0.7`);
  await page.getByRole('navigation', { name: /pages/ }).getByRole('link', { name: 'Power' }).click();
  await page.waitForURL(/\/power\?loadFactor=0\.7/);
  await expect(page.locator('.scenario-showing')).toContainText('load factor 0.7');
});

test('a bad URL gets HTTP 400 and a page naming each bad parameter, with links that work', async ({ page }) => {
  const response = await page.goto(`${PATH}/power?loadFactor=1.5&houshold=us&water=lots`);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Some settings in this link are not valid');
  const errors = page.locator('.errors li');
  await expect(errors).toHaveCount(3);
  const about = (param: string) => errors.filter({ has: page.locator('strong code', { hasText: new RegExp(`^${param}$`) }) });
  await expect(about('loadFactor')).toContainText('must be from 0.05 to 1');
  await expect(about('houshold')).toContainText('Did you mean household?');
  await expect(about('water')).toContainText('reported, expected, high, recycling');

  await page.getByRole('link', { name: 'Open the same page with valid settings' }).click();
  // the repaired link spells out the default load factor; the site answers with the canonical address
  await page.waitForURL(/\/power\?household=us$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Power');
});

test('when only bad settings were given, the 400 page offers one link, to the defaults', async ({ page }) => {
  await page.goto(`${PATH}/power?loadFactor=abc`);
  await expect(page.getByRole('link', { name: /Open the same page/ })).toHaveCount(1);
  await page.getByRole('link', { name: 'Open the same page with the default settings' }).click();
  await page.waitForURL((url) => url.pathname === `${PATH}/power` && url.search === '');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Power');
});

test.describe('bad input of every kind is a 400, never a 500', () => {
  for (const query of [
    'loadFactor=abc',
    'loadFactor=0.5&loadFactor=0.6',
    'pue=9',
    'date=2019-01-01',
    'date=yesterday',
    'nonsense',
    '%E0%A4%A',
    'household=' + 'x'.repeat(500),
  ]) {
    test(query.slice(0, 40), async ({ request }) => {
      const response = await request.get(`${PATH}?${query}`);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain('not valid');
    });
  }
});

test('tracking parameters from shared links are ignored', async ({ request }) => {
  const response = await request.get(`${PATH}?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc&gclid=xyz`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('These are the site&#x27;s defaults');
});

test('a shared link to a page without settings is the same page, whatever its query', async ({ request }) => {
  for (const path of ['/methodology', '/sources']) {
    const plain = await (await request.get(path)).text();
    const response = await request.get(`${path}?utm_source=newsletter&fbclid=IwAR0abc`);
    expect(response.status(), path).toBe(200);
    // served from the same cached, script-free page
    expect(await response.text(), path).toBe(plain);
  }
});

test('script-like input comes back as text, never as markup', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const response = await page.goto(
    `${PATH}?household=${encodeURIComponent('"><script>alert(1)</script>')}&${encodeURIComponent('<img src=x onerror=alert(2)>')}=1`,
  );
  expect(response?.status()).toBe(400);
  await expect(page.locator('.errors')).toContainText('"><script>alert(1)</script>');
  await expect(page.locator('.errors')).toContainText('<img src=x onerror=alert(2)>');
  expect(await page.locator('.errors script, .errors img').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('the canonical URL of a page carries no defaults', async ({ page }) => {
  await page.goto(`${PATH}?loadFactor=1&household=mlgw&water=reported&pue=`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${PATH}$`));
  await page.goto(`${PATH}?household=us&loadFactor=0.9`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${PATH}\\?loadFactor=0\\.9&household=us$`));
});
