#!/usr/bin/env node
// Throughput and latency of the built site, in one run on this machine (`npm run bench`).
// Starts `next start` on its own port, loads it with autocannon (20 connections), and
// prints one row per case next to a fully static page as the reference.
// Needs a build first (`npm run build`); the bench script runs one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

import autocannon from 'autocannon';

import { CACHED_PAGES, INTERNAL, portIsFree, randomScenarioPath, startProdStack, startServer, stopServer, waitReady } from './server.mjs';

/**
 * Where the bare copies go: Next serves .next/static/ itself, at /_next/static/, as plain files
 * (compressed per request, as it does every response), outside the proxy and the page cache.
 * Files added there are seen when the server starts, so they are written before it does.
 */
const BARE_DIR = path.join(process.cwd(), '.next', 'static', '__bench');

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

// Browsers ask for compressed pages; so does every case here.
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };

async function run(name, options) {
  const result = await autocannon({ url: BASE, connections: CONNECTIONS, duration: DURATION, headers: HEADERS, ...options });
  return {
    case: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const cases = [
  ['static page (/methodology), reference', { url: `${BASE}/methodology` }],
  // for comparison, not a target: the overview as Next prerenders it, with its client runtime and inline page data,
  // served without the scenario layer (readers get the page without the runtime: lib/static-html.ts); the internal
  // route answers only requests marked as the proxy's own (proxy.ts)
  [
    'for comparison: overview as Next renders it (with its runtime), direct',
    { url: `${BASE}/view/default/facilities/colossus-1`, headers: { ...HEADERS, ...INTERNAL } },
  ],
  ['front page, default scenario', { url: `${BASE}/` }],
  ['front page, one repeated non-default scenario', { url: `${BASE}/?loadFactor=0.8&household=tennessee` }],
  [
    'Power page, a new valid scenario on every request',
    { requests: [{ method: 'GET', headers: HEADERS, setupRequest: (req) => ({ ...req, path: randomScenarioPath() }) }] },
  ],
];

if (!(await portIsFree(BASE)) || !(await portIsFree(`http://127.0.0.1:${PORT + 1}`))) {
  console.error(`Port ${PORT} or ${PORT + 1} is already in use: stop that server, or set BENCH_PORT.`);
  process.exit(1);
}

// 1. the bytes of each cached page, to serve the same bytes as a bare static file
fs.rmSync(BARE_DIR, { recursive: true, force: true });
fs.mkdirSync(BARE_DIR, { recursive: true });
let server = startServer(PORT);
try {
  await waitReady(BASE);
  for (const [i, p] of CACHED_PAGES.entries()) {
    const r = await fetch(`${BASE}${p}`, { headers: { 'accept-encoding': 'identity' } });
    if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    fs.writeFileSync(path.join(BARE_DIR, `p${i}.html`), Buffer.from(await r.arrayBuffer()));
  }
} finally {
  await stopServer(server);
}

const rows = [];
const bare = [];
const onePerPage = { duration: Math.max(3, Math.round(DURATION / 2)) };
server = startServer(PORT);
try {
  await waitReady(BASE);
  // warm up each case once so that first-render costs are not counted
  for (const p of ['/methodology', '/view/default/facilities/colossus-1', '/', '/?loadFactor=0.8&household=tennessee', ...CACHED_PAGES])
    await fetch(`${BASE}${p}`, { headers: p.startsWith('/view/') ? INTERNAL : {} });
  for (const [name, options] of cases) rows.push(await run(name, options));
  // 2. each cached page (npm start), and the same bytes as a bare static file, in the same run
  for (const [i, p] of CACHED_PAGES.entries()) {
    const page = await run(p, { url: `${BASE}${p}`, ...onePerPage });
    const file = await run(`bare /_next/static file, same bytes`, { url: `${BASE}/_next/static/__bench/p${i}.html`, ...onePerPage });
    bare.push({
      page: p,
      KB: Math.round(fs.statSync(path.join(BARE_DIR, `p${i}.html`)).size / 1024),
      'npm start req/s': page['req/s'],
      'bare file req/s': file['req/s'],
      'npm start ratio': Number((page['req/s'] / file['req/s']).toFixed(2)),
      errors: page.errors + file.errors + page['non-2xx'] + file['non-2xx'],
    });
  }
} finally {
  await stopServer(server);
}
// 3. the same pages through the production stack, where nginx compresses each once and keeps it
const stack = await startProdStack(PORT, PORT + 1);
try {
  for (const p of CACHED_PAGES) for (let k = 0; k < 2; k++) await fetch(`${BASE}${p}`, { headers: HEADERS });
  for (const row of bare) {
    const prod = await run(row.page, { url: `${BASE}${row.page}`, ...onePerPage });
    row['start:prod req/s'] = prod['req/s'];
    row['start:prod ratio'] = Number((prod['req/s'] / row['bare file req/s']).toFixed(2));
    row.errors += prod.errors + prod['non-2xx'];
  }
} finally {
  await stack.stop();
  fs.rmSync(BARE_DIR, { recursive: true, force: true });
}

const reference = rows[0]['req/s'];
for (const r of rows) r['vs static'] = `${Math.round((r['req/s'] / reference) * 100)}%`;
console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · ${CONNECTIONS} connections × ${DURATION} s per case (${onePerPage.duration} s per page below)\n`,
);
console.table(rows);
console.log(
  'Each cached page against the same bytes served by next start as a bare static file (both compressed by Next per request), and through start:prod:',
);
console.table(bare);
const repeated = rows[3];
const targets = [
  [`repeated scenario ≥ 50% of the static page's throughput`, repeated['req/s'] >= 0.5 * reference],
  [`p99 < 100 ms for the static page, the default and the repeated scenario`, [rows[0], rows[2], rows[3]].every((r) => r['p99 ms'] < 100)],
  [
    `start:prod: every cached page ≥ 0.9× the bare static file (lowest ${Math.min(...bare.map((b) => b['start:prod ratio']))}×)`,
    bare.every((b) => b['start:prod ratio'] >= 0.9),
  ],
  [
    `npm start: every cached page ≥ 0.9× the bare static file (lowest ${Math.min(...bare.map((b) => b['npm start ratio']))}×)`,
    bare.every((b) => b['npm start ratio'] >= 0.9),
  ],
  [
    `no errors or non-2xx responses on cached pages`,
    bare.every((b) => b.errors === 0) && rows.slice(0, 4).every((r) => r.errors === 0 && r['non-2xx'] === 0),
  ],
];
for (const [what, ok] of targets) console.log(`${ok ? 'meets' : 'MISSES'}: ${what}`);
