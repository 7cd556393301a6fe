import { expect, test } from '@playwright/test';

import { listFacilities } from '../lib/data/load';
import { sectionsFor } from '../lib/pages/registry';
import { publicPath } from '../lib/pages/site';
import { scenarioContext } from '../lib/scenario/context';
import { shiftDay } from '../lib/pages/test-dates';
import { expectNoAxeViolations } from './helpers';

// Requests only: the answers do not depend on the viewport, so this file runs in the desktop project only.

/** Every page of every facility at its first allowed date, and the Power page the day before its first power figure. */
const early = listFacilities().flatMap((f) => {
  const first = scenarioContext(f.id)!.firstDate;
  return [
    ...sectionsFor(f.id).map((s) => `${publicPath(f.id, s.id)}?date=${first}`),
    `/facilities/${f.id}/data.csv?date=${first}`,
    `/facilities/${f.id}/data.json?date=${first}`,
  ];
});

test('every page of every facility answers at its first date, and none with a server error', async ({ request }) => {
  expect(early.length).toBeGreaterThan(12);
  for (const path of early) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeLessThan(500);
    expect([200, 308], path).toContain(res.status());
  }
});

test('the Power page of a date before any power figure says what is not known yet, and links to the first figure', async ({ page, request }) => {
  const res = await request.get('/facilities/colossus-2/power?date=2025-03-01');
  expect(res.status()).toBe(200);
  await page.goto('/facilities/colossus-2/power?date=2025-03-01');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'No power figure yet on 1 Mar 2025' }) });
  await expect(section).toContainText("no figure for Colossus 2's power had been published");
  await expect(section.getByRole('link', { name: 'this page as it stood then' })).toHaveAttribute(
    'href',
    '/facilities/colossus-2/power?date=2026-01-13',
  );
  await expect(section.getByRole('link', { name: 'with the latest figures' })).toHaveAttribute('href', '/facilities/colossus-2/power');
  // no homes and no shares of the utility for a date with no power figure
  await expect(page.getByRole('heading', { name: /How many homes/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  for (const path of ['/facilities/southaven-plant/power?date=2025-07-18', '/facilities/southaven-plant/power?date=2026-03-09'])
    expect((await request.get(path)).status(), path).toBe(200);
});

test('a date outside what a facility allows gets 400 naming the date and what is allowed, never 5xx', async ({ request }) => {
  const c2 = scenarioContext('colossus-2')!;
  for (const date of [shiftDay(c2.firstDate, -1), shiftDay(c2.lastDate, 1), '2025-02-30']) {
    const res = await request.get(`/facilities/colossus-2/power?date=${date}`);
    expect(res.status(), date).toBe(400);
    const text = await res.text();
    expect(text).toContain('date');
    expect(text).toContain(c2.firstDate);
  }
});
