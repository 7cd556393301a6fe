import { expect, test } from '@playwright/test';

import { formatQuantity } from '../lib/core/format';
import { getArea } from '../lib/pages/area';
import { listFacilities } from '../lib/data/load';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';

const area = getArea()!;

test('the front page answers first: homes, gallons, turbines and tons, each with its sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('xAI in the Memphis area');
  const a = area.answers;
  const electricity = page.locator('#answer-electricity');
  await expect(electricity).toContainText(`As much as ${formatQuantity(a.electricity.homes!)} in ${a.electricity.homesIn} use`);
  await expect(electricity).toContainText(formatQuantity(a.electricity.homesUs!));
  const water = page.locator('#answer-water');
  await expect(water).toContainText(formatQuantity(a.water.total!));
  await expect(water).toContainText('gallons a day');
  const air = page.locator('#answer-air');
  await expect(air).toContainText('turbines');
  await expect(air).toContainText('tons a year');
  for (const answer of [electricity, water, air]) await expect(answer.locator('a[href^="/sources#source-"]').first()).toBeVisible();
  await expect(page.locator('#answer-next')).toContainText('2 Jan 2027');
});

test('its sums are honest about time and kind: each part with its date, a site inside another not added, MLGW only as a size', async ({
  page,
}) => {
  await page.goto('/');
  const e = area.answers.electricity;
  // each part of the total named with the month of its figure
  for (const p of e.parts) await expect(page.locator('#answer-electricity')).toContainText(p.name.replace(/, (.*)$/, ' ($1)'));
  // the total adds only like figures: each site's latest outside estimate, never a build-out figure
  expect(e.parts.every((p) => p.what === 'independent estimate of the whole site')).toBe(true);
  expect(e.total?.kind === 'known' && e.total.value).toBe(e.parts.reduce((t, p) => t + p.q.value, 0));
  // MACROHARDRR is inside Colossus 2's estimate: named, not added again, not counted as zero in silence
  expect(e.leftOut.map((l) => l.site.facility.id)).toEqual(['macrohardrr']);
  await expect(page.locator('#answer-electricity')).toContainText('MACROHARDRR partly inside');
  // set against MLGW's peak as a size ("as large as"), with what MLGW itself supplies beside it
  await expect(page.locator('#answer-electricity')).toContainText(`As large as ${formatQuantity(e.asLargeAsPeak!)} of MLGW`);
  await expect(page.locator('#answer-electricity')).toContainText(`MLGW supplies ${formatQuantity(e.fromGrid!.power)}`);
  // the power plant is shown, but its megawatts are Colossus 2's
  const notAdded = page.locator('.context', { hasText: 'Not added either' });
  await expect(notAdded).toContainText('Southaven plant');
  await expect(notAdded).toContainText('Colossus 2');
});

test('a site whose water no record gives is named as unknown, not left out in silence', async ({ page, request }) => {
  await page.goto('/');
  for (const u of area.answers.water.unknown) {
    await expect(page.locator('#answer-water')).toContainText(u.site.facility.shortName);
    await expect(page.getByRole('table', { name: /Each site's water/ }).getByRole('row', { name: new RegExp(`^${u.site.facility.shortName}`) })).toContainText(
      'Not known',
    );
  }
  // MACROHARDRR still has its own page, which says there is no power figure, and no Power page
  await page.goto('/facilities/macrohardrr');
  await expect(page.locator('.section', { has: page.getByRole('heading', { name: 'Power', exact: true }) })).toContainText(
    "No figure for MACROHARDRR's power was found",
  );
  expect((await request.get('/facilities/macrohardrr/power')).status()).toBe(404);
});

test('on a phone, the answers are on the first screen after a short header', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(100);
  // the print button is one short line, not four
  expect((await page.locator('.print-button').boundingBox())!.height).toBeLessThanOrEqual(32);
  const screen = 812;
  const bottomOf = async (selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    return box!.y + box!.height;
  };
  // homes, gallons, turbines and tons of NOx, each with a source link, above the bottom of the first screen
  for (const answer of ['#answer-electricity', '#answer-water', '#answer-air']) {
    expect(await bottomOf(`${answer} .region-answer-main`), answer).toBeLessThanOrEqual(screen);
    expect(await bottomOf(`${answer} .region-answer-sub a[href^="/sources#source-"]`), answer).toBeLessThanOrEqual(screen);
  }
  const tons = page.locator('#answer-air .region-answer-sub .value', { hasText: 'tons a year' }).first();
  const box = await tons.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(screen);
});

test('the footprint chart and the map are in the server HTML, each with a text summary and a table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const chart = page.getByRole('figure', { name: /xAI's data centers in the Memphis area/ });
  await expect(chart.locator('svg path').first()).toBeAttached();
  await expect(chart.locator('.chart-summary')).toContainText('From 8 MW (5 Jun 2024)');
  await expect(
    page
      .getByRole('table', { name: /sums after each dated event/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('8');
  const map = page.getByRole('img', { name: /Map of xAI's sites/ }).first();
  await expect(map).toBeAttached();
  await expect(map.locator('desc')).toContainText('state');
  const places = page.getByRole('table', { name: /Places on the map/ });
  for (const name of ['Colossus 1', 'Colossus 2', 'Southaven plant', 'Boxtown', 'Whitehaven', 'Southaven']) {
    await expect(places.getByRole('row', { name: new RegExp(`^${name}\\b`) }).first()).toBeAttached();
  }
  await expect(places.locator('a[href^="/sources#source-"]').first()).toBeAttached();
  await context.close();
});

test('what is new links each event to its facility page, newest first', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('ul.news > li');
  await expect(items).toHaveCount(area.news.length);
  const first = area.news[0]!;
  await expect(items.first()).toContainText(first.title);
  await expect(items.first().getByRole('link', { name: first.facilityName })).toHaveAttribute(
    'href',
    first.page === 'overview' ? `/facilities/${first.facilityId}` : `/facilities/${first.facilityId}/${first.page}`,
  );
});

test('the facilities page sets every site side by side, with a source for each figure', async ({ page }) => {
  await page.goto('/facilities');
  const table = page.getByRole('table', { name: /by measure/ });
  for (const f of listFacilities()) await expect(table.getByRole('columnheader', { name: f.shortName })).toBeVisible();
  const kind = table.getByRole('row', { name: /^Kind/ });
  await expect(kind).toContainText('Power plant (gas turbines)');
  await expect(
    table
      .getByRole('row', { name: /^Grid power in service/ })
      .locator('a[href^="/sources#source-"]')
      .first(),
  ).toBeAttached();
  await expect(table.getByRole('row', { name: /^Water drawn on site/ })).toContainText('not known');
});

test('both area pages answer bad settings with 400 naming the parameter, and accept good ones', async ({ request }) => {
  for (const path of ['/', '/facilities']) {
    const bad = await request.get(`${path}?loadFactr=0.5`);
    expect(bad.status(), path).toBe(400);
    expect(await bad.text()).toContain('loadFactr');
    expect((await request.get(`${path}?loadFactor=0.5`)).status(), path).toBe(200);
  }
});

test.describe('the map', () => {
  test('draws every marker clear of every other, on a phone and on a desktop, each moved one joined to its true point', async ({ page }) => {
    await page.goto('/');
    // the drawing the screen shows (one of two: the phone's below 48rem, the desktop's above)
    const svg = page.locator('.locator .chart:visible svg[role="img"]');
    await expect(svg).toHaveCount(1);
    const boxes = await svg.locator('path.map-marker').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute('data-place')!, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }),
    );
    expect(boxes.map((b) => b.id).sort()).toEqual(area.map.places.map((p) => p.id).sort());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
        expect(overlap, `${a.id} and ${b.id}`).toBe(false);
      }
    }
    // Colossus 2 and MACROHARDRR (0.3 miles apart) are drawn apart: a line from a dot at each one's point
    const leaders = svg.locator('g.map-leader');
    expect(await leaders.count()).toBeGreaterThanOrEqual(2);
    await expect(svg.locator('g.map-leader[data-place="macrohardrr"] line')).toHaveCount(1);
    await expect(page.locator('.locator figcaption')).toContainText('their markers are drawn apart, each with a thin line to a dot at its true point');
  });

  test('keeps the map’s text at 11 px or more as drawn on the screen, and the page no wider than the screen', async ({ page }) => {
    await page.goto('/');
    const svg = page.locator('.locator .chart:visible svg[role="img"]');
    const sizes = await svg.evaluate((el) => {
      const s = el as SVGSVGElement;
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      return [...s.querySelectorAll('text')].map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
    });
    expect(sizes.length).toBeGreaterThan(area.map.places.length);
    for (const { text, px } of sizes) expect(px, text ?? '').toBeGreaterThanOrEqual(11);
    await expectNoSidewaysScroll(page);
  });

  test('lists each place once with its coordinates, and each distance once, referring to the places instead of repeating them', async ({ page }) => {
    await page.goto('/');
    const places = page.getByRole('table', { name: 'Places on the map' });
    await expect(places.locator('tbody tr')).toHaveCount(area.map.places.length);
    // to 4 decimals, through the one formatter: 35.060166 is shown as 35.0602
    await expect(places.getByRole('row', { name: /^Colossus 1\b/ })).toContainText('35.0602° N');
    await expect(places.getByRole('row', { name: /^Colossus 1\b/ })).not.toContainText('35.060166');
    const distances = page.getByRole('table', { name: /Distances between them/ });
    const rows = distances.locator('tbody tr');
    await expect(rows).toHaveCount(area.map.distances.length);
    const name = (id: string) => area.map.places.find((p) => p.id === id)!.name;
    for (const [i, d] of area.map.distances.entries()) {
      const cells = rows.nth(i).locator('th, td');
      await expect(cells).toHaveText([name(d.from), name(d.to), formatQuantity(d.q)]);
    }
    // no coordinates, no lists of inputs and no arithmetic in the table itself
    await expect(distances).not.toContainText('°');
    await expect(distances.locator('li, details')).toHaveCount(0);
    // the method, once
    await expect(page.getByText('the haversine formula on a sphere of radius 6,371 km')).toHaveCount(1);
  });

  test('still offers each distance’s arithmetic on screen, folded', async ({ page }) => {
    await page.goto('/');
    const how = page.locator('details', { has: page.getByText('How we got these distances', { exact: true }) });
    await expect(how).toHaveCount(1);
    await expect(how.getByRole('table')).toBeHidden();
    await how.getByText('How we got these distances', { exact: true }).click();
    const worked = how.getByRole('table', { name: 'Each distance, worked by hand' });
    await expect(worked.locator('tbody tr')).toHaveCount(area.map.distances.length);
    await expect(worked.getByRole('row', { name: /^Colossus 1 to Colossus 2/ })).toContainText('√(4.29² + 6.82²) = 8.06 miles');
    await expectNoAxeViolations(page);
  });
});
