import { expect, type APIRequestContext, test } from '@playwright/test';
import { PNG } from 'pngjs';

// A shared calculator result shows its own preview card: the page's og:image and twitter:image point at
// /calculator/preview.png with the result's canonical settings, and the proxy validates that address as it
// does /calculator's. Desktop project only (see playwright.config.ts).

const GA = 'name=Project+Peach&state=GA&mw=300&water=500000';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The address's path and query, whatever origin the page's metadata names (the site's own in production). */
const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function expectPreviewPng(request: APIRequestContext, path: string): Promise<void> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const png = PNG.sync.read(body);
  expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
}

test('a shared result names its proposal and shows its own preview card', async ({ page, request }) => {
  const response = await page.goto(`/calculator?${GA}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Project Peach: a proposed 300 MW data center in Georgia/);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toMatch(/as much electricity in a year as [\d,]+ homes in Georgia, and as much water as [\d,]+ homes/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(local(canonical ?? '')).toBe(`/calculator?${GA}`);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
  expect(local(og ?? '')).toBe(`/calculator/preview.png?${GA}`);
  expect(twitter).toBe(og);
  await expectPreviewPng(request, local(og ?? ''));
  // kept in the page cache like the other preview images: the second request is a hit
  const again = await request.get(local(og ?? ''));
  expect(again.headers()['x-page-cache']).toBe('hit');
});

test('the form keeps the calculator’s own words and no per-proposal image', async ({ page }) => {
  await page.goto('/calculator');
  await expect(page).toHaveTitle(/Calculator: a proposed data center in any town/);
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
});

test('the preview image’s settings are validated as the calculator’s are', async ({ request }) => {
  const bad = await request.get('/calculator/preview.png?state=GA&mw=-5', { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('mw');
  const unknownState = await request.get('/calculator/preview.png?state=ZZ&mw=300', { maxRedirects: 0 });
  expect(unknownState.status()).toBe(400);
  expect(await unknownState.text()).toContain('state');
  // valid but not canonical (out of order, with a tracker): a 308 to the canonical address
  const moved = await request.get('/calculator/preview.png?mw=300&utm_source=x&state=GA', { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  const to = new URL(moved.headers()['location'] ?? '', 'http://x');
  expect(to.pathname).toBe('/calculator/preview.png');
  const canonical = await request.get(`${to.pathname}${to.search}`, { maxRedirects: 0 });
  expect(canonical.status()).toBe(200);
});

test('a hostile name is drawn as text: the image is still a 1200×630 PNG', async ({ page, request }) => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> مركز بيانات \u202e🚀🔥 "&amp;" x';
  // 80 characters (code points), the most a name may have
  const name = [...hostile, ...'ñ'.repeat(80)].slice(0, 80).join('');
  expect([...name]).toHaveLength(80);
  const query = new URLSearchParams({ state: 'GA', mw: '300', name });
  const response = await page.goto(`/calculator?${query}`);
  expect(response?.status()).toBe(200);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const image = local(og ?? '');
  expect(image.startsWith('/calculator/preview.png?')).toBe(true);
  expect(new URL(image, 'http://x').searchParams.get('name')).toBe(name);
  await expectPreviewPng(request, image);
});
