import { expect, test } from '@playwright/test';

import { formatRange } from '../lib/core/format';
import type { KnownQuantity } from '../lib/core/quantity';
import { healthFor, type SiteHealth } from '../lib/health/model';
import { HEALTH_HEADING } from '../lib/pages/concerns-health';
import { scenarioContext } from '../lib/scenario/context';
import { defaultScenario } from '../lib/scenario/scenario';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers';
import { halfEmptyPages, pdfTextJoined, printToPdf } from './paper';

const SITES = ['colossus-1', 'southaven-plant'] as const;
const ROUND = { significantFigures: 2 };
const path = (id: string) => `/facilities/${id}/concerns`;

/** The site's figures for a tons scenario, computed here from the data, not read from a page. */
function expected(id: string, tons?: SiteHealth['scenario']['kind']) {
  const ctx = scenarioContext(id)!;
  const h = healthFor(id, { ...defaultScenario(ctx), ...(tons ? { tons } : {}) }) as SiteHealth;
  const damage = formatRange(h.damage.range as KnownQuantity, ROUND);
  const deaths = formatRange(h.deaths.range as KnownQuantity, ROUND).replace(/ deaths a year$/, '');
  return { h, damage, deaths };
}

for (const id of SITES) {
  test(`${id}: the Health section answers first, in dollars and deaths a year, with EPA's decision beside the dollars`, async ({
    page,
  }) => {
    // a long page checked in full, axe included: more than the default 30 s on a busy machine
    test.slow();
    const { h, damage, deaths } = expected(id);
    await page.goto(path(id));
    const section = page.getByRole('region', { name: HEALTH_HEADING.title });
    const answer = section.locator('.answer-short');
    await expect(answer).toContainText(`About ${damage} in health damage, and about ${deaths} premature deaths a year (our inference)`);
    await expect(answer).toContainText(h.scenario.label);
    // the answer is the section's first paragraph
    await expect(section.locator('p').first()).toHaveClass(/answer-short/);
    // EPA's decision beside it, in EPA's own quoted words, with who quotes them
    const epa = section.getByRole('complementary', { name: "EPA's decision of January 2026" });
    await expect(epa).toContainText(h.context.epaDecision.quotation);
    await expect(epa).toContainText(h.context.epaDecision.frDocument);
    const [answerBox, epaBox] = [await answer.boundingBox(), await epa.boundingBox()];
    if ((page.viewportSize()?.width ?? 0) >= 900) {
      // side by side on a wide screen: the decision starts level with the answer, to its right
      expect(epaBox!.x).toBeGreaterThan(answerBox!.x + answerBox!.width - 1);
      expect(Math.abs(epaBox!.y - answerBox!.y)).toBeLessThan(40);
    } else {
      // on a phone, right under the answer, before the tons are chosen
      expect(epaBox!.y).toBeGreaterThan(answerBox!.y);
      expect(epaBox!.y).toBeLessThan((await section.getByRole('heading', { name: 'Whose tons?' }).boundingBox())!.y);
    }
    // dollars per household of the county (households estimated from residents and the state's persons per household)
    await expect(section).toContainText(
      `That is about ${formatRange(h.perHousehold as KnownQuantity, ROUND)} for each household in ${h.place.region}`,
    );
    // beside the electricity: the damage per kWh the turbines make, and the state's price where it is known
    const e = h.electricity!;
    await expect(section).toContainText(`that is about ${formatRange(e.perKwh as KnownQuantity, ROUND)}`);
    if (e.shareOfPrice !== undefined)
      await expect(section).toContainText(`The damage is about ${formatRange(e.shareOfPrice as KnownQuantity, ROUND)} of the price`);
    else await expect(section).toContainText(`The price industrial customers pay in ${e.state} was not found`);
    // the short answer at the top of the page says it too, and links here
    await expect(page.locator('.answer-points')).toContainText(`About ${damage} in health damage`);
    await expect(section.getByRole('link', { name: 'Methodology, health' })).toHaveAttribute('href', '/methodology#health');
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: HEALTH_HEADING.title })).toHaveAttribute(
      'href',
      `#${HEALTH_HEADING.id}`,
    );
    await expectNoAxeViolations(page);
  });
}

test("the scenario links switch the tons: the advocates' potential to emit gives higher dollars than the permit's caps", async ({
  page,
}) => {
  const id = 'colossus-1';
  const byDefault = expected(id);
  const potential = expected(id, 'potential');
  expect((potential.h.damage.range as KnownQuantity).value).toBeGreaterThan((byDefault.h.damage.range as KnownQuantity).value);
  await page.goto(`${path(id)}?loadFactor=0.5`);
  const section = page.getByRole('region', { name: HEALTH_HEADING.title });
  await expect(section.locator('.tons-links a[aria-current="true"]')).toHaveText(byDefault.h.scenario.label);
  const link = section.getByRole('link', { name: potential.h.scenario.label });
  // a plain link to the same page, the view's other settings kept
  await expect(link).toHaveAttribute('href', `${path(id)}?loadFactor=0.5&tons=potential#${HEALTH_HEADING.id}`);
  await link.click();
  await expect(page).toHaveURL(/tons=potential/);
  await expect(section.locator('.answer-short')).toContainText(`About ${potential.damage} in health damage`);
  await expect(section.locator('.tons-links a[aria-current="true"]')).toHaveText(potential.h.scenario.label);
  await expect(section).toContainText(potential.h.scenario.saidBy);
});

test('a scenario known only from a report says "Reported, not confirmed" and who reports it', async ({ page }) => {
  const h = expected('southaven-plant', 'satellite').h;
  await page.goto(`${path('southaven-plant')}?tons=satellite`);
  const section = page.getByRole('region', { name: HEALTH_HEADING.title });
  await expect(section.getByText('Reported, not confirmed').first()).toBeVisible();
  await expect(section).toContainText(h.scenario.reportedBy!);
});

test('a bad or unavailable tons setting is a 400 naming tons and what is allowed', async ({ request }) => {
  for (const q of ['tons=nope', 'tons=model']) {
    const res = await request.get(`${path('colossus-1')}?${q}`);
    expect(res.status(), q).toBe(400);
    const text = await res.text();
    expect(text).toContain('tons');
    expect(text).toContain('permit, potential, estimate');
  }
});

test('works without JavaScript, fits a 375 px screen, and prints with no half-empty page', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  for (const id of SITES) {
    const { damage, h } = expected(id);
    await page.goto(path(id));
    const section = page.getByRole('region', { name: HEALTH_HEADING.title });
    await expect(section.locator('.answer-short')).toContainText(damage);
    await expectNoSidewaysScroll(page);
    await page.emulateMedia({ media: 'print' });
    const file = await printToPdf(page, testInfo.outputPath(`${id}-health.pdf`), 'Letter');
    await page.emulateMedia({ media: 'screen' });
    const text = pdfTextJoined(file);
    expect(text).toContain(HEALTH_HEADING.title.replace(/\s+/g, ''));
    expect(text).toContain(h.context.epaDecision.frDocument.replace(/\s+/g, ''));
    expect(halfEmptyPages(file)).toEqual([]);
  }
  await context.close();
});

test("Colossus 2's overview links to the Southaven plant's health figures and counts none of its own", async ({ page }) => {
  await page.goto('/facilities/colossus-2');
  const section = page.getByRole('region', { name: 'Health' });
  await expect(section).toContainText('burns no gas on site');
  await expect(section.getByRole('link')).toHaveAttribute('href', `/facilities/southaven-plant/concerns#${HEALTH_HEADING.id}`);
  await expect(section).not.toContainText('$');
});

test("Methodology's health section gives the method, its limits, what was not found and EPA's own words", async ({ page }) => {
  const h = expected('colossus-1').h;
  await page.goto('/methodology#health');
  await expect(page.locator('#health')).toHaveText('Health: tons, dollars and deaths');
  const body = page.locator('article');
  await expect(body).toContainText('an inference of this site');
  await expect(body).toContainText(h.context.epaDecision.quotation);
  for (const c of h.context.caveats) await expect(body).toContainText(c.text);
  for (const n of h.context.notFound) await expect(body).toContainText(n.what);
});
