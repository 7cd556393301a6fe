import { type ChildProcess, spawn } from 'node:child_process';

import { expect, type Page, test } from '@playwright/test';

import { listDecisions } from '../lib/data/load';
import { lastDayOf } from '../lib/core/clock';

// The clock decides what is still ahead, never a typed word. Two servers with frozen clocks, half an hour either side of
// the midnight (Memphis time) after Colossus 1's permit expires on 2 January 2027: every dated decision is shown as ahead up
// to and on its date, and as passed with no outcome after it, on the What's next page, the region page and the site's page.
// Desktop project only (playwright.config.ts).

const PERMIT = listDecisions().find((d) => d.id === 'colossus-1-air-permit')!;
const CLOCKS = [
  { name: 'the evening of the expiry', at: '2027-01-02T23:30:00-06:00', today: '2027-01-02', port: 3161 },
  { name: 'the morning after', at: '2027-01-03T00:30:00-06:00', today: '2027-01-03', port: 3162 },
];
const servers: ChildProcess[] = [];

async function start(port: number, clock: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    CLOCK_NOW: clock,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    detached: true,
    env,
    stdio: 'ignore',
  });
  servers.push(server);
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start with CLOCK_NOW=${clock} did not start`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await Promise.all(CLOCKS.map((c) => start(c.port, c.at)));
});

test.afterAll(() => {
  for (const s of servers) if (s.pid !== undefined) process.kill(-s.pid, 'SIGTERM');
});

/** The status line of a decision's entry on /next. */
async function statusOf(page: Page, id: string): Promise<string> {
  return (await page.locator(`#decision-${id} .decision-status`).innerText()).replace(/\s+/g, ' ');
}

for (const clock of CLOCKS) {
  test(`on ${clock.name}, every dated decision is ahead through its date and passed after it`, async ({ page }) => {
    const base = `http://127.0.0.1:${clock.port}`;
    await page.goto(`${base}/next`);
    const dated = listDecisions().filter((d) => d.when !== undefined && d.outcome === undefined);
    expect(dated.length).toBeGreaterThan(2);
    for (const d of dated) {
      const status = await statusOf(page, d.id);
      const passed = lastDayOf(d.when!.date) < clock.today;
      if (passed) expect(status, d.id).toContain('Date passed; outcome not yet in our data');
      else expect(status, d.id).not.toContain('passed');
    }
    // the count of decisions still ahead follows the clock too
    const ahead = dated.filter((d) => lastDayOf(d.when!.date) >= clock.today).length;
    await expect(page.locator('.lede')).toContainText(`${ahead} with a date still ahead`);

    // the permit, where residents look first: the region page's answers and Colossus 1's page
    const permitLine = (p: Page) => p.locator('.next-decisions li', { hasText: PERMIT.title });
    for (const path of ['/', `/facilities/${PERMIT.facilityIds[0]}`]) {
      await page.goto(`${base}${path}`);
      const line = (await permitLine(page).innerText()).replace(/\s+/g, ' ');
      if (clock.today > PERMIT.when!.date) expect(line, path).toContain('Date passed; outcome not yet in our data');
      else expect(line, path).toMatch(/^2 Jan 2027 · (Pending|Scheduled)/);
    }
  });
}

test('the evening before a date passes, no cache may keep a page past midnight in Memphis', async () => {
  const { port } = CLOCKS[0]!;
  for (const path of ['/', '/next', `/facilities/${PERMIT.facilityIds[0]}`]) {
    const header = (await fetch(`http://127.0.0.1:${port}${path}`)).headers.get('cache-control') ?? '';
    const seconds = Object.fromEntries(
      header
        .split(',')
        .map((d) => d.trim().split('='))
        .filter((kv) => kv.length === 2)
        .map(([k, v]) => [k, Number(v)]),
    );
    // 23:30 → midnight: 1,800 seconds left, and nothing may be served stale after that
    expect((seconds['s-maxage'] ?? 0) + (seconds['stale-while-revalidate'] ?? 0), `${path}: ${header}`).toBeLessThanOrEqual(1800);
    expect((seconds['max-age'] ?? 0) + (seconds['stale-while-revalidate'] ?? 0), `${path}: ${header}`).toBeLessThanOrEqual(1800);
  }
});
