import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from '@playwright/test';

import { getArea } from '../lib/pages/area';
import { PNG } from 'pngjs';

import { formatDate } from '../lib/core/format';
import { dataUpdatedOn, listFacilities, listSources } from '../lib/data/load';
import { addressWords } from '../lib/charts/attribution';
import { chartLinks, chartViewPath } from '../lib/pages/chart-routes';
import { getOverview } from '../lib/pages/overview';
import { type OverviewCardId, overviewCardIds, POWER_CARDS, WATER_CARD } from '../lib/pages/overview-cards';
import { siteUrl } from '../lib/pages/site';
import { PNG_SCALE } from '../server/chart-png';
import { expectNoAxeViolations, facility } from './helpers';

// Issue #25: every chart as SVG and PNG with its title, sources and date drawn in, and as an
// embed page that another site may frame (only /embed/… may be).

const F = facility.id;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const QUERY = 'loadFactor=0.5';

/** The text of each line of a band (`.chart-title`, `.chart-sources`…) in an SVG document, in order. */
function bandText(svg: string, kind: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...Array.from(doc.getElementsByTagName('text'))]
    .filter((t) => (t.getAttribute('class') ?? '').split(' ').includes(`chart-${kind}`))
    .map((t) => t.textContent ?? '');
}

test('a chart downloaded as SVG is the chart on the page, with its title, sources, date and address as text', async ({ page, request }) => {
  const links = chartLinks('supply', F, QUERY);
  const response = await request.get(links.svg);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const svg = await response.text();

  // the same heading and sources as the chart the page draws for the same view
  await page.goto(chartViewPath({ chart: 'supply', facilityId: F }, QUERY));
  const onPage = page.locator('section[aria-labelledby="supply-heading"] .chart-wide svg.recharts-surface');
  const pageText = async (kind: string) => onPage.locator(`.chart-${kind}`).allTextContents();
  expect(bandText(svg, 'title')).toEqual(await pageText('title'));
  expect(bandText(svg, 'title').join(' ')).toContain(facility.shortName);
  expect(bandText(svg, 'sources')).toEqual(await pageText('sources'));

  const sources = bandText(svg, 'sources').join(' ');
  expect(sources).toMatch(/^Sources?: /);
  const publishers = new Set(listSources().map((s) => s.publisher));
  expect(
    publishers.has(
      sources
        .replace(/^Sources?: /, '')
        .split(';')[0]!
        .trim(),
    ),
  ).toBe(true);
  expect(bandText(svg, 'date').join(' ')).toContain(`data updated ${formatDate(dataUpdatedOn())}`);
  // the site's address: this server's, as every printed address is (SITE_URL is unset in the tests)
  expect(bandText(svg, 'address').join('')).toBe(addressWords(siteUrl({ PORT: new URL(page.url()).port })));
});

/** The words of a card's SVG drawn in the text elements of one class, joined as one line. */
function cardText(doc: ReturnType<DOMParser['parseFromString']>, cls: string): string {
  return [...Array.from(doc.getElementsByTagName('text'))]
    .filter((t) => t.getAttribute('class') === cls)
    .map((t) => t.textContent ?? '')
    .join(' ');
}

test("a headline answer as a card: the front page's answer, with its title, sources and date, as SVG, PNG and embed", async ({
  page,
  request,
}) => {
  const links = chartLinks('electricity', undefined, '');
  const svg = await (await request.get(links.svg)).text();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const main = cardText(doc, 'card-main');
  await page.goto('/');
  const onPage = (await page.locator('#answer-electricity .region-answer-main').textContent()) ?? '';
  expect(main).toBe(onPage.replace(/\s+/g, ' ').trim());
  expect(bandText(svg, 'title').join(' ')).toContain('electricity');
  expect(bandText(svg, 'sources').join(' ')).toMatch(/^Sources?: /);
  expect(bandText(svg, 'date').join(' ')).toContain(`data updated ${formatDate(dataUpdatedOn())}`);
  const png = await request.get(links.png);
  expect([...(await png.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const embed = await request.get(links.embed);
  expect(embed.status()).toBe(200);
  expect(await embed.text()).toContain('card-main');
});

test("the health answer as a card: the front page's own words, the deaths and whose tons, with sources, as SVG, PNG and embed", async ({
  page,
  request,
}) => {
  const links = chartLinks('health', undefined, '');
  const svg = await (await request.get(links.svg)).text();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  await page.goto('/');
  const onPage = (await page.locator('#answer-health .region-answer-main').textContent()) ?? '';
  expect(cardText(doc, 'card-main')).toBe(onPage.replace(/\s+/g, ' ').trim());
  const health = getArea()!.answers.health;
  if (health?.kind !== 'figures') throw new Error('the region has health figures');
  expect(doc.documentElement!.textContent).toContain(health.named);
  expect(bandText(svg, 'title').join(' ')).toContain('health');
  expect(bandText(svg, 'sources').join(' ')).toMatch(/^Sources?: /);
  const png = await request.get(links.png);
  expect([...(await png.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect((await request.get(links.embed)).status()).toBe(200);
  // the block under the answers offers it
  await expect(page.locator('.embed-this').filter({ hasText: 'the health answer' })).toHaveCount(1);
});

test("the air answer as a card: the front page's own words, with the tons of NOx beside", async ({ page, request }) => {
  const links = chartLinks('air', undefined, '');
  const svg = await (await request.get(links.svg)).text();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const main = cardText(doc, 'card-main');
  await page.goto('/');
  const onPage = (await page.locator('#answer-air .region-answer-main').textContent()) ?? '';
  // the card keeps a site's name on one line (no-break spaces); the words are the page's
  expect(main.replace(/\s+/g, ' ')).toBe(onPage.replace(/\s+/g, ' ').trim());
  expect(doc.documentElement!.textContent).toContain('Tons of nitrogen oxides (NOx) a year');
  expect([...(await (await request.get(links.png)).body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect((await request.get(links.embed)).status()).toBe(200);
  await expect(page.locator('.embed-this').filter({ hasText: 'the air answer' })).toHaveCount(1);
});

/** A page's text with its white space made single spaces, as the card's lines are joined. */
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

test("a facility overview's headline figures as cards: each card's figure is the page's, with its homes, the view's load factor, title, sources and date", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/facilities/${F}?${QUERY}`);
  const query = new URL(page.url()).search.slice(1);
  expect(query).toBe(QUERY);
  const cards: { chart: OverviewCardId; at: ReturnType<typeof page.locator> }[] = Object.entries(POWER_CARDS).map(([key, chart]) => ({
    chart,
    at: page.locator(`article.card:has(#power-${key})`),
  }));
  cards.push({ chart: WATER_CARD, at: page.locator('article.card:has(#water-use)') });
  let checked = 0;
  for (const { chart, at } of cards) {
    if ((await at.count()) === 0 || (await at.locator('.embed-this').count()) === 0) continue;
    checked++;
    const links = chartLinks(chart, F, query);
    const response = await request.get(links.svg);
    expect(response.status(), links.svg).toBe(200);
    const svg = await response.text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // the figure in large type is the card's on the page, word for word
    expect(cardText(doc, 'card-main'), chart).toBe(flat(await at.locator('.big').textContent()));
    // its first comparison (homes, for power) as the page words it, and the view's load factor for power
    const sub = cardText(doc, 'card-sub').replace(/\s+/g, ' ');
    const first = flat(
      await at
        .locator('ul.comparisons > li')
        .first()
        .locator('.cmp-value, .cmp-label')
        .allTextContents()
        .then((t) => t.join(' ')),
    );
    expect(sub, chart).toContain(first);
    if (chart !== WATER_CARD) expect(sub, chart).toContain('50% of each figure (a load factor of 0.5)');
    expect(bandText(svg, 'title').join(' '), chart).toContain(facility.shortName);
    expect(bandText(svg, 'sources').join(' '), chart).toMatch(/^Sources?: /);
    expect(bandText(svg, 'date').join(' '), chart).toContain(`data updated ${formatDate(dataUpdatedOn())}`);
    // the PNG: a PNG of the same drawing, at twice its size
    const png = await request.get(links.png);
    expect(png.headers()['content-type']).toBe('image/png');
    const image = PNG.sync.read(await png.body());
    expect(image.width).toBe(Number(doc.documentElement!.getAttribute('width')) * PNG_SCALE);
    expect(image.height).toBe(Number(doc.documentElement!.getAttribute('height')) * PNG_SCALE);
    // the embed page: the card, and a link back to the card on the view it was taken from
    const embed = await request.get(links.embed);
    expect(embed.status()).toBe(200);
    const html = await embed.text();
    expect(html).toContain('card-main');
    expect(html).toContain(`href="${chartViewPath({ chart, facilityId: F }, query).replaceAll('&', '&amp;')}"`);
  }
  expect(checked).toBe(overviewCardIds(getOverview(F)!).length);
  expect(checked).toBeGreaterThan(1);
});

test('a facility figure that is not known, or a facility with no water figure, gets no card and no embed block', async ({
  page,
  request,
}) => {
  const overviews = listFacilities().map((f) => getOverview(f.id)!);
  const unknown = overviews.flatMap((o) => o.power.filter((p) => p.power.kind === 'unknown').map((p) => ({ o, p })));
  expect(unknown.length).toBeGreaterThan(0);
  for (const { o, p } of unknown) {
    await page.goto(`/facilities/${o.facility.id}`);
    // the page still shows the card, saying why the figure is not known, but offers nothing to embed
    await expect(page.locator(`article.card:has(#power-${p.key}) .value-unknown`).first()).toBeVisible();
    await expect(page.locator(`article.card:has(#power-${p.key}) .embed-this`)).toHaveCount(0);
    for (const href of Object.values(chartLinks(POWER_CARDS[p.key], o.facility.id, ''))) {
      expect((await request.get(href)).status(), href).toBe(404);
    }
  }
  const dry = overviews.filter((o) => o.water === undefined);
  expect(dry.length).toBeGreaterThan(0);
  for (const o of dry) expect((await request.get(chartLinks(WATER_CARD, o.facility.id, '').svg)).status()).toBe(404);
});

test("a facility card's address takes the overview's settings: 400 for bad ones, 308 to the canonical address", async ({ request }) => {
  const embed = chartLinks(POWER_CARDS.gridSupplied, F, '').embed;
  expect((await request.get(`${embed}?loadFactor=abc`, { maxRedirects: 0 })).status()).toBe(400);
  expect((await request.get(`${chartLinks(WATER_CARD, F, '').png}?water=nope`, { maxRedirects: 0 })).status()).toBe(400);
  const spelled = await request.get(`${embed}?loadFactor=1`, { maxRedirects: 0 });
  expect(spelled.status()).toBe(308);
  expect(
    new URL(spelled.headers()['location']!, 'http://site').pathname + new URL(spelled.headers()['location']!, 'http://site').search,
  ).toBe(embed);
  // an embed page may be framed by any site; the overview it comes from, by none
  const framed = (await request.get(chartLinks(WATER_CARD, F, QUERY).embed)).headers()['content-security-policy'];
  expect(framed).toContain('frame-ancestors *');
  const overview = (await request.get(`/facilities/${F}?${QUERY}`)).headers()['content-security-policy'];
  expect(overview).toContain("frame-ancestors 'none'");
});

test('a chart downloaded as PNG is a PNG of the same drawing, at twice its size', async ({ request }) => {
  for (const chart of ['supply', 'nox'] as const) {
    const links = chartLinks(chart, F, '');
    const svg = await (await request.get(links.svg)).text();
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement!;
    const response = await request.get(links.png);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const image = PNG.sync.read(body);
    expect(image.width).toBe(Number(root.getAttribute('width')) * PNG_SCALE);
    expect(image.height).toBe(Number(root.getAttribute('height')) * PNG_SCALE);
  }
});

test("every chart's embed block links to a working SVG, PNG and embed page, with the view's settings", async ({ page, request }) => {
  test.setTimeout(120_000);
  const views = ['/', `/facilities/${F}`, `/facilities/${F}/power?${QUERY}`, `/facilities/${F}/water`, `/facilities/${F}/concerns`];
  let blocks = 0;
  for (const view of views) {
    await page.goto(view);
    const query = new URL(page.url()).search;
    for (const block of await page.locator('.embed-this').all()) {
      blocks++;
      const hrefs = await block.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs, view).toHaveLength(3);
      for (const href of hrefs) {
        expect(new URL(href, 'http://x').search, href).toBe(query);
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        const type = response.headers()['content-type'] ?? '';
        expect(type, href).toMatch(href.includes('.svg') ? /^image\/svg\+xml/ : href.includes('.png') ? /^image\/png$/ : /^text\/html/);
      }
      // the code to paste frames the embed page that the block links to, at the site's address
      const code = await block.locator('textarea').inputValue();
      expect(code).toMatch(/^<iframe src="http:\/\/[^"]+" title="[^"]+"/);
      expect(code).toContain(`${hrefs[2]!.replaceAll('&', '&amp;')}"`);
      await expect(block.locator('textarea')).toHaveAttribute('readonly', '');
    }
  }
  expect(blocks).toBeGreaterThanOrEqual(views.length);
});

test('an embed page renders when framed by another page, and a normal page does not', async ({ page, baseURL }) => {
  const embed = `${baseURL}${chartLinks('supply', F, QUERY).embed}`;
  const normal = `${baseURL}/facilities/${F}/power`;
  const card = `${baseURL}${chartLinks(WATER_CARD, F, QUERY).embed}`;
  // a page of another site that frames both: served here, from another port of this machine (another origin)
  const story = `<!doctype html><html lang="en"><title>A newsroom's story</title><h1>Story</h1>
    <iframe id="embed" src="${embed}" width="320" height="700"></iframe>
    <iframe id="normal" src="${normal}" width="320" height="300"></iframe>
    <iframe id="card" src="${card}" width="320" height="640"></iframe>
    <iframe id="overview" src="${baseURL}/facilities/${F}" width="320" height="300"></iframe></html>`;
  const newsroom = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(story));
  await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
  const { port } = newsroom.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/story`);
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('.drawing.narrow svg[role="img"]')).toBeVisible();
    await expect(frame.locator('h1')).toContainText(facility.shortName);
    await expect(frame.getByRole('link', { name: /full view/ })).toHaveAttribute(
      'href',
      chartViewPath({ chart: 'supply', facilityId: F }, QUERY),
    );
    // the framed site page is refused by the browser, which shows its error page in the frame instead
    const refused = await (await page.locator('#normal').elementHandle())!.contentFrame();
    await expect.poll(() => refused!.url()).toMatch(/^chrome-error:/);
    // a facility's headline figure as a card is framed too, and its overview is refused as every page is
    await expect(page.frameLocator('#card').locator('.drawing.narrow svg .card-main').first()).toBeVisible();
    const overview = await (await page.locator('#overview').elementHandle())!.contentFrame();
    await expect.poll(() => overview!.url()).toMatch(/^chrome-error:/);
  } finally {
    newsroom.close();
  }
});

test.describe('at 300 px, as a narrow column of a news page frames it', () => {
  test.use({ viewport: { width: 300, height: 700 } });

  test('an embed page shows its phone drawing, fits, and passes axe', async ({ page }) => {
    for (const path of [
      chartLinks('supply', F, '').embed,
      chartLinks('map', undefined, '').embed,
      chartLinks(POWER_CARDS.estimated, F, '').embed,
      chartLinks(WATER_CARD, F, '').embed,
    ]) {
      await page.goto(path);
      await expect(page.locator('.drawing.narrow svg').first()).toBeVisible();
      await expect(page.locator('.drawing.wide')).toBeHidden();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(300);
      await expectNoAxeViolations(page);
    }
  });
});
