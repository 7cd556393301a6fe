import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

import { expect, test } from '@playwright/test';

import { pdfText, readQrCode } from './paper';

// `npm start` on another port with no SITE_URL: every address the site prints names that port, never a fixed 3000,
// and the server says once that SITE_URL is unset (its render server, which draws the pages, says nothing and names
// the public port). One launcher, started here; desktop project only (playwright.config.ts).

const PORT = Number(process.env.E2E_ADDRESS_PORT ?? 3160);
const RENDER_PORT = Number(process.env.E2E_ADDRESS_RENDER_PORT ?? PORT + 1);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let output = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    RENDER_PORT: String(RENDER_PORT),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SITE_URL;
  // as `npm start` runs it (package.json: scripts/start.mjs), on ports of its own
  server = spawn(process.execPath, ['scripts/start.mjs'], { detached: true, env });
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
  throw new Error(`npm start did not start: ${output}`);
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

test('the render server listens on 127.0.0.1 only, and its internal routes answer only the shared secret', async () => {
  // the one line saying what runs where
  expect(output).toContain(`start: the site on http://localhost:${PORT}`);
  expect(output).toContain(`127.0.0.1:${RENDER_PORT}`);
  const health = (await (await fetch(`${BASE}/healthz`)).json()) as { renders: { separateProcess: boolean } };
  expect(health.renders.separateProcess).toBe(true);
  // any address of this machine but the loopback one: the render server is not there, the public one is
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;
  if (outside !== undefined) {
    expect((await fetch(`http://${outside}:${PORT}/healthz`)).status).toBe(200);
    await expect(fetch(`http://${outside}:${RENDER_PORT}/healthz`)).rejects.toThrow();
  }
  for (const value of ['1', 'internal', '']) {
    const r = await fetch(`http://127.0.0.1:${RENDER_PORT}/view/default`, { headers: { 'x-internal-render': value } });
    expect(r.status, `x-internal-render: ${value}`).toBe(404);
  }
});

test('when the render server dies, the launcher stops the public one and exits non-zero', async () => {
  test.setTimeout(60_000);
  const launcher = server;
  if (launcher?.pid === undefined) throw new Error('no launcher');
  const exited = new Promise<number | null>((resolve) => launcher.on('exit', (code) => resolve(code)));
  // the launcher's children (Linux's /proc): the render server is the one it gave SITE_ROLE=render
  const children = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8').trim().split(/\s+/);
  const renderPid = children.find((pid) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes('SITE_ROLE=render'));
  expect(children).toHaveLength(2);
  expect(renderPid).toBeDefined();
  process.kill(Number(renderPid), 'SIGKILL');
  expect(await exited).toBe(1);
  await expect(fetch(`${BASE}/healthz`)).rejects.toThrow();
  server = undefined;
});
