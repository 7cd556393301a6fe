import { type ChildProcess, spawn } from 'node:child_process';

import { expect, test } from '@playwright/test';

// `next dev` works: pages are rendered on each request by Next itself, with its runtime, neither
// cached nor stripped by the proxy. One server, started here; desktop project only (playwright.config.ts).

const PORT = Number(process.env.E2E_DEV_PORT ?? 3150);
const BASE = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dev = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-p', String(PORT)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('next dev did not start');
});

test.afterAll(() => {
  if (dev?.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
});

test('next dev serves pages with Next’s runtime, uncached, and still validates the settings', async () => {
  test.setTimeout(180_000);
  const page = await fetch(`${BASE}/facilities/colossus-1/power`);
  expect(page.status).toBe(200);
  expect(page.headers.get('x-page-cache')).toBeNull();
  const html = await page.text();
  expect(html).toContain('recharts-surface'); // the charts, drawn on the server
  expect(html).toMatch(/<script[^>]+src="\/_next\/static\//); // Next's runtime, not stripped in development
  const bad = await fetch(`${BASE}/facilities/colossus-1/power?loadFactor=abc`);
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('loadFactor');
});

test('next dev serves the calculator and its packet, and still validates their settings', async () => {
  test.setTimeout(180_000);
  const page = await fetch(`${BASE}/calculator?state=GA&mw=300`);
  expect(page.status).toBe(200);
  // React marks where text parts meet with empty comments in development
  expect((await page.text()).replaceAll('<!-- -->', '')).toContain('homes in Georgia use as much electricity in a year');
  expect((await fetch(`${BASE}/calculator/packet?state=GA&mw=300`)).status).toBe(200);
  const bad = await fetch(`${BASE}/calculator?state=GA&mw=abc`);
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('<code>mw</code>');
});
