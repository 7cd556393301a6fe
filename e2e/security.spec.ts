import { expect, test } from '@playwright/test';

import { chartLinks } from '../lib/pages/chart-routes';
import { previewImagePath, REGION_IMAGE_ID } from '../lib/pages/meta';
import { scenarioContext } from '../lib/scenario/context';
import { defaultScenario, PARAM_NAMES } from '../lib/scenario/scenario';
import { ALL_PAGES, facility } from './helpers';

const F = `/facilities/${facility.id}`;

/** Every kind of response: pages, data, images, machine-readable files, and errors. */
const ROUTES: [string, number][] = [
  ...ALL_PAGES.map((p): [string, number] => [p, 200]),
  [`${F}?loadFactor=0.5`, 200],
  [`${F}/data.csv`, 200],
  [`${F}/data.json`, 200],
  [`${F}/data.json?loadFactor=abc`, 400],
  [previewImagePath(facility.id), 200],
  // a chart's files may not be framed either: only its embed page may
  [chartLinks('supply', facility.id, '').svg, 200],
  [chartLinks('supply', facility.id, '').png, 200],
  [chartLinks('map', undefined, '').svg, 200],
  [chartLinks('supply', facility.id, 'loadFactor=abc').png, 400],
  ['/facilities/no-such-place/charts/supply.svg', 404],
  ['/charts/no-such-chart.png', 404],
  ['/healthz', 200],
  ['/sitemap.xml', 200],
  ['/robots.txt', 200],
  ['/icon.svg', 200],
  [`${F}?loadFactor=abc`, 400],
  ['/no-such-page', 404],
  ['/no-such-file.php', 404],
  ['/facilities/no-such-place', 404],
  // the internal routes answer only the proxy
  ['/view/default', 404],
  ['/scenario-error', 404],
];

/** Pages a reader can land on, errors included. */
const HTML_PAGES = [...ALL_PAGES, `${F}?loadFactor=abc`, '/no-such-page', '/no-such-file.php', '/facilities/no-such-place'];

test('every route sends the security headers, with the expected status', async ({ request }) => {
  for (const [path, status] of ROUTES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const h = response.headers();
    expect(h['content-security-policy'], path).toContain("default-src 'self'");
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("object-src 'none'");
    // scripts from this origin's files only: no inline script, no eval
    expect(h['content-security-policy'], path).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['x-frame-options'], path).toBe('DENY');
  }
});

/** The embed pages (/embed/…), with hostile and broken addresses: they alone may be framed, by any site. */
const EMBEDS: [string, number][] = [
  [chartLinks('supply', facility.id, '').embed, 200],
  [chartLinks('supply', facility.id, 'loadFactor=0.5').embed, 200],
  [chartLinks('footprint', undefined, '').embed, 200],
  [chartLinks('supply', facility.id, 'loadFactor=abc').embed, 400],
  [`${chartLinks('supply', facility.id, '').embed}?loadFactor=${encodeURIComponent('"><script>alert(1)</script>')}`, 400],
  ['/embed/facilities/no-such-place/charts/supply', 404],
  ['/embed/facilities/%E0%A4%A/charts/supply', 404],
  ['/embed/charts/no-such-chart', 404],
  ['/embed/charts/footprint.svg', 404],
];

test('only the embed pages may be framed, by any site; they keep the rest of the policy', async ({ request }) => {
  for (const [path, status] of EMBEDS) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const h = response.headers();
    expect(h['content-security-policy'], path).toContain('frame-ancestors *');
    expect(h['content-security-policy'], path).not.toContain("frame-ancestors 'none'");
    expect(h['x-frame-options'], path).toBeUndefined();
    expect(h['content-security-policy'], path).toContain("default-src 'self'");
    expect(h['content-security-policy'], path).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(h['x-content-type-options'], path).toBe('nosniff');
  }
  // an embed page asked for with its defaults spelled out is sent to its canonical address, as a page is
  const defaults = defaultScenario(scenarioContext(facility.id)!);
  const spelled = await request.get(`${chartLinks('supply', facility.id, '').embed}?loadFactor=${defaults.loadFactor}`, {
    maxRedirects: 0,
  });
  expect(spelled.status()).toBe(308);
  expect(new URL(spelled.headers()['location']!, 'http://site').pathname).toBe(chartLinks('supply', facility.id, '').embed);
});

// one test a page: each loads until the network is idle, which on a busy machine takes seconds
for (const path of HTML_PAGES) {
  test(`${path} works under the policy: scripts run and nothing is blocked`, async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // the print button is drawn by a script: it shows only when scripts run (its word in either language)
    await expect(page.getByRole('button', { name: /Print|Imprimir/ }), path).toBeVisible();
    expect(blocked).toEqual([]);
  });
}

for (const name of PARAM_NAMES) {
  test(`script-like input in ${name} comes back as text`, async ({ page, request }) => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const path = `${F}/power?${name}=${encodeURIComponent(evil)}`;
    const html = await (await request.get(path)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(400);
    await expect(page.locator('.errors')).toContainText('<script>alert(1)</script>');
    expect(dialogs).toBe(0);
  });
}

test('a shared link shows a preview: title, description, canonical address and an image per facility', async ({ page, request }) => {
  await page.goto(`${F}/water?loadFactor=0.5`);
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first();
  await expect(meta('og:title')).toHaveAttribute('content', /Water/);
  await expect(meta('og:description')).toHaveAttribute('content', /water/);
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  const image = await meta('og:image').getAttribute('content');
  expect(new URL(image!).pathname).toBe(previewImagePath(facility.id));
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${F}/water\\?loadFactor=0.5$`));
});

test('the front page has a preview image too, drawn from its answers', async ({ page, request }) => {
  await page.goto('/');
  const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(new URL(image!).pathname).toBe(previewImagePath(REGION_IMAGE_ID));
  // the address names this server's own port (SITE_URL is unset in the tests), never a fixed 3000
  expect(new URL(image!).port).toBe(String(process.env.E2E_PORT ?? 3100));
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('the sitemap lists every page a reader can reach, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ALL_PAGES) expect(sitemap, path).toContain(`${path}</loc>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  expect(robots).toContain('Disallow: /view/');
  expect(robots).toContain('Disallow: /healthz');
  expect(sitemap).not.toContain('healthz');
});
