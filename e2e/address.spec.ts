import { type ChildProcess, spawn } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { pdfText, readQrCode } from './paper';

// `npm start` on another port with no SITE_URL: every address the site prints names that port, never a fixed 3000,
// and the server says once that SITE_URL is unset. One server, started here; desktop project only (playwright.config.ts).

const PORT = Number(process.env.E2E_ADDRESS_PORT ?? 3160);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let output = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  // as `npm start` runs it (package.json), on a port of its own
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], { detached: true, env });
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start did not start: ${output}`);
});

test.afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
});

test('with no SITE_URL, pages, the sitemap, PDFs and QR codes name the port the site runs on, and the server says so once', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const own = `http://localhost:${PORT}`;
  for (const path of ['/', '/handout', '/facilities/colossus-1/report', '/sitemap.xml', '/robots.txt']) {
    const text = await (await fetch(`${BASE}${path}`)).text();
    expect(text, path).toContain(own);
    expect(text, path).not.toContain('localhost:3000');
  }
  const page = await browser.newPage({ deviceScaleFactor: 4 });
  await page.goto(`${BASE}/handout`);
  expect(await readQrCode(page, '.paper-qr .qr')).toBe(`${own}/handout`);
  const file = info.outputPath('handout.pdf');
  await page.pdf({ path: file, format: 'Letter' });
  await page.close();
  expect(pdfText(file)).toContain(own);
  expect(pdfText(file)).not.toContain('localhost:3000');
  // the warning, once, with the address the pages will carry
  const warnings = output.split('\n').filter((l) => l.includes('SITE_URL is not set'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(own);
});
