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
