import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { formatRange, formatValue, styleFor } from '../lib/core/format';
import type { Quantity } from '../lib/core/quantity';
import { getSource, listFacilities } from '../lib/data/load';
import { getReport, type Report } from '../lib/pages/report';
import { publicPath, siteUrl } from '../lib/pages/site';
import { scenarioContext } from '../lib/scenario/context';
import { parseScenario } from '../lib/scenario/scenario';
import { facility } from './helpers';
import { halfEmptyPages, pdfPages, pdfText, pdfTextJoined, printsAddress, printToPdf, readQrCode } from './paper';

const QUERY = 'loadFactor=0.8';

/** The address the server prints as its own: its configuration, with the port Playwright started it on. */
function siteAddress(baseURL: string | undefined): string {
  return siteUrl({ ...process.env, PORT: new URL(baseURL ?? '').port });
}

/** The report's model for the view the tests print. */
function reportFor(id: string): Report {
  const ctx = scenarioContext(id);
  const parsed = ctx && parseScenario(new URLSearchParams(QUERY), ctx);
  const r = parsed?.ok ? getReport(id, parsed.scenario) : undefined;
  if (r === undefined) throw new Error(`no report for ${id}`);
  return r;
}

/**
 * The most pages a report may print. Seven for a report with any chart or a concerns file: the
 * brief's cap for Colossus 1, the fullest report, of which every other report has a subset of
 * the parts (its answers, two charts with their tables, the disagreements, residents' concerns,
 * the legal record and about fifty sources). One more where the report answers health: its
 * sentence cites six sources of its own (EPA's values per ton, CPI-U, the value of a statistical
 * life, EPA's decision), which take part of a page. Two for a report with nothing to chart and no
 * concerns file: the short report of a site with little data.
 */
function pageLimit(r: Report): number {
  if (r.charts.power === undefined && r.charts.water === undefined && r.answers.air === undefined) return 2;
  return r.answers.air?.health === undefined ? 7 : 8;
}

/**
 * A figure as the report writes it: its central value, or its range where the report gives it in
 * full (`range`); a count of homes without its unit's word (`bare`: the column head says "Homes").
 */
function written(q: Quantity, { range = false, bare = false } = {}): string | undefined {
  if (q.kind === 'unknown') return undefined;
  const text = range ? formatRange(q, styleFor(q)) : formatValue(q.value, q.unit, styleFor(q));
  return bare ? text.replace(/ households$/, '') : text;
}

/** The headline answers the report leads with, as it writes them. */
function headlines(r: Report): string[] {
  const p = r.answers.power;
  const home = p.baselines.findIndex((b) => b.id === r.overview.defaultBaseline.id);
  const power = p.rows.flatMap((row) => [
    written(row.power),
    written(row.homes[home] as Quantity, { bare: true }),
    ...(row.shares ? [written(row.shares.averageLoad)] : []),
  ]);
  const w = r.answers.water;
  const water = w.known ? [written(w.use)] : ['Not known.'];
  const air = (r.answers.air?.nox ?? []).map((n) => written(n.figure.tonsPerYear, { range: true }));
  return [...power, ...water, ...air].filter((s): s is string => s !== undefined);
}

for (const f of listFacilities()) {
  const PATH = publicPath(f.id, 'report');
  const report = reportFor(f.id);

  test.describe(`the report of ${f.shortName}`, () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const format of ['Letter', 'A4'] as const) {
        test(`prints as a ${format} PDF with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: answers, charts, settings, link and sources`, async ({
          browser,
          baseURL,
        }, info) => {
          const context = await browser.newContext({ javaScriptEnabled });
          const page = await context.newPage();
          const response = await page.goto(`${PATH}?${QUERY}`);
          expect(response?.status()).toBe(200);
          const file = await printToPdf(page, info.outputPath(`report-${f.id}-${format}.pdf`), format);
          await context.close();

          const address = siteAddress(baseURL);
          const pages = pdfPages(file);
          const flat = pdfText(file);
          expect(pages).toBeGreaterThanOrEqual(1);
          expect(pages, `${f.id}: at most ${pageLimit(report)} pages`).toBeLessThanOrEqual(pageLimit(report));
          // no page more than half empty, but the last
          expect(halfEmptyPages(file)).toEqual([]);
          for (const h of headlines(report)) expect(flat, h).toContain(h);
          // the health sentence, in the round numbers it is written in
          const health = report.answers.air?.health;
          if (health !== undefined && health.damage.kind === 'known')
            expect(flat).toContain(`About ${formatRange(health.damage, { significantFigures: 2 })} in health damage`);
          // the settings in words (where the load factor changes a figure), and the link back to the view
          if (report.answers.power.rows.length > 0) expect(flat).toContain('load factor 0.8');
          // the address of the view, written under its QR code (it may break across lines)
          expect(pdfTextJoined(file)).toContain(`${address}${publicPath(f.id)}?${QUERY}`);
          expect(flat).not.toContain('127.0.0.1');
          // a chart's title and its axis' dates, drawn as SVG text
          if (report.charts.power) {
            expect(flat).toContain(`${f.shortName}: power at the site, in MW`);
            expect(flat).toMatch(/(Jan|Jul) 20\d\d/);
          }
          if (report.charts.water) expect(flat).toContain(`${f.shortName}: reports of daily water use, in gallons a day`);
          // a site with nothing to chart lists its dated events
          for (const e of report.events) expect(flat).toContain(e.title);
          // page numbers
          expect(flat).toMatch(new RegExp(`Page 1 of ${pages}`));
          // every source with its address (URLs may break across lines)
          const joined = pdfTextJoined(file);
          for (const id of report.sourceIds) expect(printsAddress(joined, getSource(id)), id).toBe(true);
        });
      }
    }

    test('its QR code opens the exact view on this server, at its own port', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ deviceScaleFactor: 4 });
      const page = await context.newPage();
      await page.goto(`${PATH}?${QUERY}`);
      const url = await readQrCode(page, '.paper-qr .qr');
      await context.close();
      const port = new URL(baseURL ?? '').port;
      expect(url).toBe(`${siteAddress(baseURL)}${publicPath(f.id)}?${QUERY}`);
      if (!process.env.SITE_URL && !process.env.PUBLIC_PORT) expect(url).toContain(`:${port}/`);
      if (port !== '3000') expect(url).not.toContain('localhost:3000');
    });

    test('nothing overflows the printed page', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      // US Letter less the 12 mm side margins, in CSS pixels
      await page.setViewportSize({ width: Math.floor(8.5 * 96 - (2 * 12 * 96) / 25.4), height: 1000 });
      await page.goto(PATH);
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.report *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5);
      });
      expect(overflow).toEqual([]);
    });
  });
}

test.describe('the report command', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/report.ts', ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  test('writes a PDF of another facility than Colossus 1, whose link names the site, not its own temporary server', async ({}, info) => {
    const other = listFacilities().find((x) => x.id !== facility.id && x.kind === 'power plant') ?? listFacilities()[1];
    if (other === undefined) throw new Error('the data has one facility');
    const out = info.outputPath('handout.pdf');
    const r = run(['--facility', other.id, '--scenario', 'household=us', '--format', 'A4', '--out', out], {
      SITE_URL: 'https://example.org',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(out);
    expect(text).toContain('U.S. average home');
    // the address under the QR code may break across lines
    expect(pdfTextJoined(out)).toContain(`https://example.org${publicPath(other.id)}?household=us`);
    expect(text).not.toContain('127.0.0.1');
  });

  test("prints the region's two-page handout too, and refuses a page it does not know", async ({}, info) => {
    const out = info.outputPath('region-handout.pdf');
    const r = run(['--page', 'handout', '--out', out], { SITE_URL: 'https://example.org' });
    expect(r.status, r.stderr).toBe(0);
    expect(pdfPages(out)).toBeLessThanOrEqual(2);
    expect(pdfText(out)).toContain('What the sites ask of the region');
    expect(pdfTextJoined(out)).toContain('https://example.org/handout');
    const bad = run(['--page', 'pamphlet', '--out', path.join('test-results', 'x.pdf')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--page must be one of report, handout');
  });

  test('says so, and fails, for an unknown facility', () => {
    const r = run(['--facility', 'nope', '--out', path.join('test-results', 'x.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown facility "nope"');
  });

  test('names each bad setting, as the site does', () => {
    const r = run(['--facility', facility.id, '--scenario', 'loadFactor=2&houshold=us', '--out', path.join('test-results', 'x.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('loadFactor must be from 0.05 to 1');
    expect(r.stderr).toContain('Did you mean household?');
  });

  test('says what to install when there is no browser', () => {
    const r = run(['--facility', facility.id, '--out', path.join('test-results', 'x.pdf')], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install chromium');
  });
});
