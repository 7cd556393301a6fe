import { expect, test } from '@playwright/test';

import { getClaims } from '../lib/claims/ledger';
import { facility } from './helpers';

const PATH = `/facilities/${facility.id}/claims`;
const ledger = getClaims(facility.id)!;
const VERDICT_TEXT = {
  consistent: 'Consistent with the data',
  inconsistent: 'Inconsistent with the data',
  'cannot be checked': 'Cannot be checked',
};

test('lists every claim with who made it, when, its source and its verdict', async ({ page }) => {
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Claims checked');
  await expect(page.locator('article.claim')).toHaveCount(ledger.results.length);
  for (const r of ledger.results) {
    const entry = page.locator(`#claim-${r.claim.id}`);
    await expect(entry.getByRole('heading', { level: 3 })).toHaveText(r.claim.claim);
    await expect(entry.locator('.claim-verdict .verdict')).toHaveText(VERDICT_TEXT[r.verdict]);
    await expect(entry.locator('.claim-who a').first()).toHaveAttribute('href', `/sources#source-${r.claim.sourceIds[0]}`);
  }
});

test('explains the unit error, the missing source and where each side lands', async ({ page }) => {
  await page.goto(PATH);
  const hourly = page.locator('#claim-mw-every-hour');
  await expect(hourly.locator('.claim-verdict')).toContainText('Inconsistent with the data');
  await expect(hourly.locator('.claim-verdict')).toContainText('unit error');
  await expect(hourly).toContainText('150 MW per hour');

  const gpt4 = page.locator('#claim-four-times-gpt-4');
  await expect(gpt4.locator('.claim-verdict')).toContainText('Cannot be checked');
  await expect(gpt4.locator('.claim-verdict')).toContainText('no source');

  // MLGW's 5% of its daily load: 150 ÷ 2,000 on an average day is 7.5%; the note says 5% is the summer peak's share
  const share = page.locator('#claim-mlgw-electric-share');
  await expect(share.locator('.claim-verdict')).toContainText('Inconsistent with the data');
  await expect(share.locator('.claim-verdict')).toContainText('7.5%');
  await expect(share).toContainText('summer peak');

  // the arithmetic is one click away
  const homes = page.locator('#claim-homes-150-mw');
  await homes.locator('details.how summary').click();
  await expect(homes.locator('details.how')).toContainText('per home');
});

test('the what-if settings do not change the verdicts, and the page says so', async ({ page }) => {
  await page.goto(`${PATH}?loadFactor=0.5&household=us`);
  await expect(page.locator('.scenario-none')).toContainText('do not change this page');
  for (const r of ledger.results) {
    await expect(page.locator(`#claim-${r.claim.id} .claim-verdict .verdict`)).toHaveText(VERDICT_TEXT[r.verdict]);
  }
});

test('the methodology page gives the rule and the change log of the data', async ({ page }) => {
  await page.goto('/methodology');
  await expect(page.locator('#claims')).toHaveText('How claims are checked');
  await expect(page.locator('.change-log > li').first()).toContainText('2026');
});
