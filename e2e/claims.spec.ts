import { expect, type Locator, test } from '@playwright/test';

import { CLAIMANT_GROUPS, GROUP_OF_KIND } from '../lib/claims/groups';
import { getClaims, VERDICTS } from '../lib/claims/ledger';
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

/** The group each claim on the page belongs to, by its claimant's kind in the data file (not by where the page puts it). */
const groupOfClaim = new Map(ledger.results.map((r) => [`claim-${r.claim.id}`, GROUP_OF_KIND[r.claim.claimantKind]]));
const companyHeading = CLAIMANT_GROUPS.find((g) => g.id === 'company')!.heading;

test("groups the claims by who made them: the company's own claims first, before the press's", async ({ page }) => {
  // the data must hold both for the order to mean anything
  expect([...groupOfClaim.values()]).toContain('company');
  expect([...groupOfClaim.values()]).toContain('press');
  await page.goto(PATH);
  const sections = page.locator('section.claim-group');
  await expect(sections.first().getByRole('heading', { level: 2 })).toHaveText(companyHeading);

  const onPage = await page
    .locator('article.claim')
    .evaluateAll((els) => els.map((el) => ({ id: el.id, section: el.closest('section.claim-group')?.id ?? '' })));
  expect(onPage).toHaveLength(ledger.results.length);
  // each claim sits in the part of the page for its claimant's side
  for (const c of onPage) expect(c.section, c.id).toBe(`from-${groupOfClaim.get(c.id)}`);
  const positions = (group: string) => onPage.flatMap((c, i) => (groupOfClaim.get(c.id) === group ? [i] : []));
  expect(Math.max(...positions('company'))).toBeLessThan(Math.min(...positions('press')));
});

test('the claims page keeps its headings in order: h1, then an h2 for each part, an h3 for each claim', async ({ page }) => {
  await page.goto(PATH);
  const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((els) => els.map((el) => Number(el.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i + 1}`).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
  });
  for (const section of await page.locator('section.claim-group').all()) {
    await expect(section.locator('h2')).toHaveCount(1);
    await expect(section.locator('article.claim h3')).toHaveCount(await section.locator('article.claim').count());
  }
});

/** The verdict of every claim entry within a part of the page, as the page shows it. */
function verdictsShown(within: Locator): Promise<string[]> {
  return within.locator('article.claim .claim-verdict > .verdict').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

test('the summary at the top of the claims page counts each group as the page shows it, and links to it', async ({ page }) => {
  await page.goto(PATH);
  const summary = page.locator('section.claims-summary');
  // the summary comes before the rule and before every claim
  const order = await page
    .locator('section.claims-summary, #rule-heading, article.claim')
    .evaluateAll((els) => els.map((el) => (el.matches('section.claims-summary') ? 'summary' : el.tagName.toLowerCase())));
  expect(order[0]).toBe('summary');

  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(await page.locator('section.claim-group').count());
  for (const row of await rows.all()) {
    const href = await row.locator('th a').getAttribute('href');
    expect(href).toMatch(/^#from-/);
    const group = page.locator(`section${href}`);
    await expect(group).toHaveCount(1);
    await expect(row.locator('th a')).toHaveText((await group.locator('h2').textContent()) ?? '');
    const shown = await verdictsShown(group);
    await expect(row.locator('td[data-label="Claims"]')).toHaveText(String(shown.length));
    for (const v of VERDICTS) {
      const n = shown.filter((text) => text === VERDICT_TEXT[v]).length;
      await expect(row.locator(`td[data-verdict="${v}"]`), `${href}: ${v}`).toHaveText(String(n));
    }
  }
  const all = await verdictsShown(page.locator('main'));
  await expect(summary.locator('tfoot td[data-label="Claims"]')).toHaveText(String(all.length));
  for (const v of VERDICTS) {
    const n = all.filter((text) => text === VERDICT_TEXT[v]).length;
    await expect(summary.locator(`tfoot td[data-verdict="${v}"]`)).toHaveText(String(n));
  }
});

test("the claims summary's links jump to each group without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  await page.locator('section.claims-summary').getByRole('link', { name: companyHeading }).click();
  await expect(page).toHaveURL(/#from-company$/);
  await expect(page.locator('#from-company h2')).toBeInViewport();
  await context.close();
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
