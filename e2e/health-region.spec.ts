/**
 * The region's health answer: on the front page at a phone's width, the figures regionHealth() gives
 * (read from lib, not written here), the tons setting changing it and refused with a 400 where no site
 * has a confirmed scenario of that kind, the handouts' line, all without JavaScript.
 */
import { expect, type Page, test } from '@playwright/test';

import { formatRange, styleFor, unitLabel } from '../lib/core/format';
import type { Quantity } from '../lib/core/quantity';
import { healthFor, regionHealth } from '../lib/health/model';
import { HEALTH_HEADING } from '../lib/pages/concerns-health';
import { regionScenarioContext } from '../lib/scenario/context';
import { parseScenario } from '../lib/scenario/scenario';

/** A range as the answer writes it: the formatter's range without its unit's words (the sentence gives them). */
function bareRange(q: Quantity): string {
  if (q.kind !== 'known') throw new Error('expected a known figure');
  const text = formatRange(q, styleFor(q));
  const word = unitLabel(q.unit);
  return text.endsWith(` ${word}`) ? text.slice(0, -word.length - 1) : text;
}

function regionAt(query: string) {
  const r = parseScenario(new URLSearchParams(query), regionScenarioContext('colossus-1'));
  if (!r.ok) throw new Error(query);
  return regionHealth(r.scenario);
}

test.use({ javaScriptEnabled: false });

async function healthRow(page: Page, path: string) {
  await page.goto(path);
  return page.locator('#answer-health');
}

test('the front page at 375 px: the health row in the answers, with the figures regionHealth() gives, the parts named', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const row = await healthRow(page, '/');
  const r = regionHealth();
  await expect(row.locator('.region-answer-main')).toContainText(bareRange(r.damage.range));
  await expect(row.locator('.region-answer-sub')).toContainText(bareRange(r.deaths.range));
  await expect(row).toContainText(r.named);
  await expect(row.locator('a[href="/methodology#health"]')).toBeAttached();
  for (const p of r.parts) await expect(row.locator(`a[href="/facilities/${p.facilityId}/concerns#${HEALTH_HEADING.id}"]`)).toBeAttached();
  await expect(row.locator('a[href^="/sources#source-"]').first()).toBeAttached();
  // the row fits the phone's width, and comes straight after the air answer
  const box = (await row.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  const air = (await page.locator('#answer-air').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(air.y + air.height - 1);
  await expect(page.locator('#health-work')).toBeAttached();
});

test('/?tons=potential changes the row; /?tons=nope is a 400 naming tons and the values allowed', async ({ page, request }) => {
  const potential = regionAt('tons=potential');
  expect(bareRange(potential.damage.range)).not.toBe(bareRange(regionHealth().damage.range));
  const row = await healthRow(page, '/?tons=potential');
  await expect(row.locator('.region-answer-main')).toContainText(bareRange(potential.damage.range));
  await expect(row).toContainText(potential.named);
  for (const bad of ['nope', 'satellite']) {
    const res = await request.get(`/?tons=${bad}`);
    expect(res.status()).toBe(400);
    const body = await res.text();
    expect(body).toContain('tons');
    expect(body).toContain('permit, model, potential, estimate');
  }
  const model = regionAt('tons=model');
  await expect((await healthRow(page, '/?tons=model')).locator('.region-answer-main')).toContainText(bareRange(model.damage.range));
});

test("the handouts: the region's and each gas site's carry the range; Colossus 2's says its figures are the plant's", async ({ page }) => {
  const region = await healthRow(page, '/handout');
  await expect(region).toContainText(bareRange(regionHealth().damage.range));
  for (const id of ['colossus-1', 'southaven-plant']) {
    const h = healthFor(id);
    if (h?.kind !== 'site') throw new Error(id);
    await expect(await healthRow(page, `/facilities/${id}/handout`)).toContainText(bareRange(h.damage.range));
  }
  await expect(await healthRow(page, '/facilities/colossus-2/handout')).toContainText("Its health figures are the plant's");
});
