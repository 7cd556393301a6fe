import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

// Printing does not depend on the viewport: this file runs in the desktop project only (see playwright.config.ts).

import { getSource } from '../lib/data/load';
import { formatValue } from '../lib/core/format';
import { getReport } from '../lib/pages/report';
import { facility, knownValue } from './helpers';

const PATH = `/facilities/${facility.id}/report`;
const report = getReport(facility.id)!;

function pdfText(file: string): { pages: number; text: string } {
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // -raw keeps words in reading order; hyphenated URLs broken across lines are rejoined below
  const text = execFileSync('pdftotext', ['-raw', file, '-']).toString();
  return { pages, text };
}

for (const javaScriptEnabled of [true, false]) {
  for (const format of ['Letter', 'A4'] as const) {
    test(`prints as a ${format} PDF with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: figures, charts, scenario and sources`, async ({
      browser,
    }, info) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const response = await page.goto(`${PATH}?loadFactor=0.8`);
      expect(response?.status()).toBe(200);
      const file = info.outputPath(`report-${format}.pdf`);
      await page.pdf({ path: file, format });
      await context.close();

      const { pages, text } = pdfText(file);
      expect(pages).toBeGreaterThanOrEqual(3);
      // a handout, not a book: at most 7 pages, each chart with its data table and every source listed
      expect(pages).toBeLessThanOrEqual(7);
      const flat = text.replace(/\s+/g, ' ');
      // headline figures
      for (const p of report.overview.power) expect(flat).toContain(formatValue(knownValue(p.power), 'MW'));
      // the scenario in words, and the link back to it
      expect(flat).toContain('load factor 0.8');
      expect(flat).toContain(`${PATH.replace('/report', '')}?loadFactor=0.8`);
      // chart axis labels, drawn as SVG text
      expect(flat).toMatch(/Jul 2024/);
      expect(flat).toMatch(/\bMW\b/);
      // page numbers
      expect(flat).toMatch(/Page 1 of \d/);
      // every source with its address (URLs may break across lines)
      const joined = text.replace(/Page \d+ of \d+/g, '').replace(/\s+/g, '');
      for (const id of report.sourceIds) expect(joined).toContain((getSource(id).url ?? 'Addressnotrecorded.').replace(/\s+/g, ''));
    });
  }
}

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

test.describe('the report command', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/report.ts', ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  test('writes a PDF for a valid facility and scenario', async ({}, info) => {
    const out = info.outputPath('handout.pdf');
    const r = run(['--facility', facility.id, '--scenario', 'household=us', '--format', 'A4', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(out).text).toContain('U.S. average home');
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
