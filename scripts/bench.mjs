#!/usr/bin/env node
// Throughput and latency of the built site, in one run on this machine (`npm run bench`).
// Starts `next start` on its own port, loads it with autocannon (20 connections), and
// prints one row per case next to a fully static page as the reference.
// Needs a build first (`npm run build`); the bench script runs one.
import os from 'node:os';
import process from 'node:process';

import autocannon from 'autocannon';

import { INTERNAL, portIsFree, randomScenarioPath, startServer, stopServer, waitReady } from './server.mjs';

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
  ['Power page, one repeated non-default scenario', { url: `${BASE}/facilities/colossus-1/power?loadFactor=0.8&household=tennessee` }],
  [
    'Power page, a new valid scenario on every request',
    { requests: [{ method: 'GET', headers: HEADERS, setupRequest: (req) => ({ ...req, path: randomScenarioPath() }) }] },
  ],
];

if (!(await portIsFree(BASE))) {
  console.error(`Port ${PORT} is already in use: stop that server, or set BENCH_PORT.`);
  process.exit(1);
}
const server = startServer(PORT);
try {
  await waitReady(BASE);
  // warm up each case once so that first-render costs are not counted
  for (const path of ['/methodology', '/view/default/facilities/colossus-1', '/', '/facilities/colossus-1/power?loadFactor=0.8&household=tennessee'])
    await fetch(`${BASE}${path}`, { headers: path.startsWith('/view/') ? INTERNAL : {} });
  const rows = [];
  for (const [name, options] of cases) rows.push(await run(name, options));
  const reference = rows[0]['req/s'];
  for (const r of rows) r['vs static'] = `${Math.round((r['req/s'] / reference) * 100)}%`;
  console.log(
    `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · ${CONNECTIONS} connections × ${DURATION} s per case\n`,
  );
  console.table(rows);
  const repeated = rows[3];
  const targets = [
    [`repeated scenario ≥ 50% of static throughput`, repeated['req/s'] >= 0.5 * reference],
    [
      `p99 < 100 ms for the static page, the default and the repeated scenario`,
      [rows[0], rows[2], rows[3]].every((r) => r['p99 ms'] < 100),
    ],
    [`no errors or non-2xx responses`, rows.every((r) => r.errors === 0 && r['non-2xx'] === 0)],
  ];
  for (const [what, ok] of targets) console.log(`${ok ? 'meets' : 'MISSES'}: ${what}`);
} finally {
  await stopServer(server);
}
