import { expect, type Page, test } from '@playwright/test';

import { ALL_PAGES } from './helpers';

/** The source ids a page cites: links to their entries on the Sources page, and the report's numbered list. */
async function citedOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const ids = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href^="/sources#source-"]')].map((a) =>
      (a.getAttribute('href') ?? '').replace('/sources#source-', ''),
    ),
    ...[...document.querySelectorAll('[data-source-id]')].map((el) => el.getAttribute('data-source-id') ?? ''),
  ]);
  return [...new Set(ids)].sort();
}

test('every page cites exactly the sources the Sources page lists as used there, in both directions', async ({ page }) => {
  test.setTimeout(180_000); // it opens every page of the site, in both languages
  await page.goto('/sources');
  // page address → the source ids whose "Used on" links point at it
  const usedOn = await page.evaluate(() => {
    const map: Record<string, string[]> = {};
    for (const li of document.querySelectorAll('li[id^="source-"]')) {
      const id = li.id.replace(/^source-/, '');
      for (const a of li.querySelectorAll('.source-used a')) (map[a.getAttribute('href') ?? ''] ??= []).push(id);
    }
    return map;
  });
  const pages = ALL_PAGES.filter((p) => p !== '/sources');
  expect(Object.keys(usedOn).sort()).toEqual([...pages].sort());
  for (const path of pages) {
    const listed = [...(usedOn[path] ?? [])].sort();
    const cited = await citedOn(page, path);
    expect
      .soft(
        cited.filter((id) => !listed.includes(id)),
        `${path}: cited on the page but not listed as used there`,
      )
      .toEqual([]);
    expect
      .soft(
        listed.filter((id) => !cited.includes(id)),
        `${path}: listed as used there but not cited on the page`,
      )
      .toEqual([]);
    expect(cited.length, `${path} cites at least one source`).toBeGreaterThan(0);
  }
});

/** Every page, every download of every facility and of the region: the words a source with no date must never be given. */
const DOWNLOADS = [
  '/data.csv',
  '/data.json',
  ...ALL_PAGES.filter((p) => /^\/facilities\/[^/]+$/.test(p)).flatMap((p) => [`${p}/data.csv`, `${p}/data.json`]),
];

test('no page or download says a date was not recorded: every source is dated by its publication, its copy or the day it was read', async ({
  request,
}) => {
  expect(DOWNLOADS.length).toBeGreaterThan(4);
  for (const path of [...ALL_PAGES, ...DOWNLOADS]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.text();
    expect(body, path).not.toMatch(/date not recorded/i);
  }
});

test('the Sources page gives both addresses of a source read in a copy, and dates an undated source by when it was read', async ({
  page,
}) => {
  await page.goto('/sources');
  // TechCrunch: the original's address and date, and the copy that was read
  const copied = page.locator('#source-techcrunch-2025-07-permit');
  await expect(copied.locator('a.source-url')).toHaveAttribute('href', /^https:\/\/techcrunch\.com\/2025\/07\/03\//);
  await expect(copied.locator('a.source-copy-url')).toHaveAttribute('href', /buyrenewedonline\.com/);
  await expect(copied.locator('.source-date')).toHaveText('3 Jul 2025');
  await expect(copied).toContainText('Read in a copy');
  // a living page with no date of its own: why, and the day it was read
  await expect(page.locator('#source-huggingface-h100 .source-date')).toHaveText(/^No date of its own \(.+\); read 28 Nov 2026$/);
  // the inline citation says how it was read
  await page.goto('/facilities/colossus-1/concerns');
  await expect(page.locator('a[href="/sources#source-techcrunch-2025-07-permit"]').first()).toHaveText(
    'TechCrunch, 3 Jul 2025 (read in a copy)',
  );
});
