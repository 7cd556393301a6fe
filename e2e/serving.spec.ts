import { expect, test } from '@playwright/test';

import { dataVersion } from '../lib/data/version';
import { previewImagePath } from '../lib/pages/meta';
import { scenarioContext } from '../lib/scenario/context';
import { facility } from './helpers';

/** How the site answers caches and CDNs: canonical addresses, validators, what may be kept, the health check. */

const F = `/facilities/${facility.id}`;
const noRedirect = { maxRedirects: 0 };

test('a valid but non-canonical query gets a 308 to the canonical address, trackers dropped', async ({ request }) => {
  const cases: [string, string][] = [
    [`${F}/power?utm_source=newsletter&loadFactor=0.5`, `${F}/power?loadFactor=0.5`],
    [`${F}/power?pue=1.3&loadFactor=0.5`, `${F}/power?loadFactor=0.5&pue=1.3`], // out of order
    [`${F}?fbclid=abc`, F],
    [`/methodology?utm_campaign=x`, '/methodology'],
    [`${F}/data.csv?utm_source=x&loadFactor=0.5`, `${F}/data.csv?loadFactor=0.5`],
  ];
  for (const [from, to] of cases) {
    const r = await request.get(from, noRedirect);
    expect(r.status(), from).toBe(308);
    const location = new URL(r.headers()['location']!, 'http://x');
    expect(location.pathname + location.search, from).toBe(to);
  }
  // spelling out a default is not canonical either
  const household = scenarioContext(facility.id)!.defaultHouseholdId;
  const defaults = await request.get(`${F}/power?household=${household}`, noRedirect);
  expect(defaults.status()).toBe(308);
  expect(new URL(defaults.headers()['location']!, 'http://x').search).toBe('');
  // the canonical address itself is served
  expect((await request.get(`${F}/power?loadFactor=0.5`, noRedirect)).status()).toBe(200);
});

test('the settings form still leads to the page it asks for', async ({ page }) => {
  await page.goto(`${F}/power`);
  await page.getByText('Change the what-if settings').click();
  await page.getByLabel('Load factor').fill('0.5');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/loadFactor=0\.5/);
  // the form sends every field; the defaults among them are gone from the address
  expect(new URL(page.url()).search).toBe('?loadFactor=0.5');
  await expect(page.locator('h1')).toBeVisible();
});

test('pages carry a strong ETag, and a reader who has the bytes gets 304', async ({ request }) => {
  for (const path of ['/', `${F}/power`, '/methodology', `${F}/data.json`]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    expect(first.headers()['cache-control'], path).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const again = await request.get(path, { headers: { 'if-none-match': etag! } });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).byteLength, path).toBe(0);
    const other = await request.get(path, { headers: { 'if-none-match': '"something-else"' } });
    expect(other.status(), path).toBe(200);
  }
  // another scenario, other bytes, another tag
  const a = (await request.get(`${F}/power`)).headers()['etag'];
  const b = (await request.get(`${F}/power?loadFactor=0.5`)).headers()['etag'];
  expect(a).not.toBe(b);
});

test('each kind of response says what may be kept', async ({ request }) => {
  const bad = await request.get(`${F}/power?loadFactor=abc`);
  expect(bad.status()).toBe(400);
  expect(bad.headers()['cache-control']).toBe('no-store');
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toMatch(/^public, max-age=60\b/);
  const image = await request.get(previewImagePath(facility.id));
  expect(image.status()).toBe(200);
  expect(image.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // the image's name carries the data version: an old name is not found
  expect((await request.get(`/og/${facility.id}.000000000000.png`)).status()).toBe(404);
  expect((await request.get(`/og/${facility.id}.png`)).status()).toBe(404);
});

test('the internal routes answer 404 to outsiders, whatever headers they send', async ({ request }) => {
  for (const value of ['1', 'true', 'internal', '']) {
    for (const path of ['/view/default', `/view/${encodeURIComponent(facility.id)}`, '/scenario-error?from=/x']) {
      const r = await request.get(path, { headers: { 'x-internal-render': value } });
      expect(r.status(), `${path} with x-internal-render: ${value}`).toBe(404);
      // the reader gets the site's own 404 page (stripped of Next's runtime), not the internal page
      expect(await r.text()).toContain('Page not found');
    }
  }
});

test('/healthz reports the version, the data version, uptime and the cache', async ({ request }) => {
  await request.get('/');
  await request.get('/');
  const r = await request.get('/healthz');
  expect(r.status()).toBe(200);
  expect(r.headers()['cache-control']).toBe('no-store');
  expect(r.headers()['x-robots-tag']).toBe('noindex');
  const body = (await r.json()) as {
    status: string;
    version: string | null;
    dataVersion: string;
    uptimeSeconds: number;
    cache: { entries: number; bytes: number; maxBytes: number; hits: number; misses: number };
    renders: { separateProcess: boolean; running: number; queued: number; refused: number; late: number };
  };
  expect(body.status).toBe('ok');
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(body.dataVersion).toBe(dataVersion());
  expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  expect(body.cache.entries).toBeGreaterThan(0);
  expect(body.cache.bytes).toBeGreaterThan(0);
  expect(body.cache.bytes).toBeLessThanOrEqual(body.cache.maxBytes);
  expect(body.cache.hits).toBeGreaterThan(0);
  // the suite runs the site as `npm start` does: pages drawn by the render server beside this one (scripts/start.mjs)
  expect(body.renders.separateProcess).toBe(true);
  expect(body.renders.late).toBeGreaterThanOrEqual(0);
});
