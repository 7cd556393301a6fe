import { expect, test } from '@playwright/test';

import { listDecisions } from '../lib/data/load';
import { facility } from './helpers';

/** The two feeds through the real server: their types, validators, 308s, and where the pages name them. */

const FEEDS = [
  {
    path: '/feed.xml',
    type: 'application/atom+xml; charset=utf-8',
    begins: /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
  },
  { path: '/calendar.ics', type: 'text/calendar; charset=utf-8', begins: /^BEGIN:VCALENDAR\r\n/ },
];
const noRedirect = { maxRedirects: 0 };

for (const feed of FEEDS) {
  test(`${feed.path} is served with its type, the pages' cache policy, a strong ETag and 304 for it`, async ({ request }) => {
    const r = await request.get(feed.path);
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toBe(feed.type);
    expect(r.headers()['cache-control']).toBe('public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
    const etag = r.headers()['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(await r.text()).toMatch(feed.begins);

    const again = await request.get(feed.path, { headers: { 'if-none-match': etag as string } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    expect((await again.body()).length).toBe(0);
    // the same bytes and tag for every reader
    expect((await request.get(feed.path)).headers()['etag']).toBe(etag);
  });

  test(`${feed.path} with a query gets a 308 to the bare address, never a 500`, async ({ request }) => {
    for (const query of ['?utm_source=newsletter', '?a=1&b', '?%zz', '?date=2026-01-01']) {
      const r = await request.get(`${feed.path}${query}`, noRedirect);
      expect(r.status(), query).toBe(308);
      const to = new URL(r.headers()['location'] as string, 'http://x');
      expect(to.pathname + to.search, query).toBe(feed.path);
    }
    expect((await request.get(`${feed.path}?utm_source=x`)).status()).toBe(200);
  });
}

test('the Atom feed has an entry for every dated event, and the calendar one event per dated decision', async ({ request }) => {
  const atom = await (await request.get('/feed.xml')).text();
  expect(atom.match(/<entry>/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
  expect(atom).toMatch(/<link rel="self" href="http[^"]+\/feed\.xml"\/>/);
  expect(atom).toContain('Reported, not confirmed');
  const ics = await (await request.get('/calendar.ics')).text();
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(listDecisions().filter((d) => d.when !== undefined).length);
});

test('every kind of page names the Atom feed in its head', async ({ page, request }) => {
  for (const path of [
    '/',
    `/facilities/${facility.id}`,
    `/facilities/${facility.id}/concerns`,
    '/methodology',
    '/sources',
    '/no-such-page',
  ]) {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link, path).toHaveCount(1);
    const href = (await link.getAttribute('href')) as string;
    expect(new URL(href).pathname, path).toBe('/feed.xml');
    expect(await link.getAttribute('title')).toMatch(/Atom feed/);
  }
  expect((await request.get('/feed.xml')).status()).toBe(200);
});

test('the footer links to both feeds, each with what it is for', async ({ page, request }) => {
  await page.goto(`/facilities/${facility.id}`);
  const footer = page.getByRole('contentinfo');
  const atom = footer.getByRole('link', { name: "What's new (Atom feed)" });
  const calendar = footer.getByRole('link', { name: 'Decision dates (calendar)' });
  await expect(atom).toHaveAttribute('href', '/feed.xml');
  await expect(calendar).toHaveAttribute('href', '/calendar.ics');
  await expect(footer.getByRole('listitem').filter({ hasText: "What's new (Atom feed)" })).toContainText('feed reader');
  await expect(footer.getByRole('listitem').filter({ hasText: 'Decision dates (calendar)' })).toContainText('calendar');
  for (const href of ['/feed.xml', '/calendar.ics']) expect((await request.get(href)).status()).toBe(200);
});
