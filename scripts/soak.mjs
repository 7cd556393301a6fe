#!/usr/bin/env node
// A soak test of the built site (`npm run soak`): autocannon for 60 s at 50 connections over
// a mix of URLs (pages, data downloads, valid and invalid what-if settings, unknown paths),
// printing throughput, latency percentiles, status counts and the server's memory before
// and after. Targets: no 5xx, no connection errors, memory back within 20% of its start.
// Needs a build first (`npm run build`; the npm script runs one).
import os from 'node:os';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

import autocannon from 'autocannon';

import { groupRssMb, portIsFree, startServer, stopServer, waitReady } from './server.mjs';

const PORT = Number(process.env.SOAK_PORT ?? 3350);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 50;
const F = '/facilities/colossus-1';

const FIXED = [
  // pages, at the defaults and with settings
  '/',
  '/methodology',
  '/sources',
  F,
  `${F}/power`,
  `${F}/water`,
  `${F}/concerns`,
  `${F}/claims`,
  `${F}/report`,
  `${F}/power?loadFactor=0.7&household=us`,
  `${F}/water?water=recycling`,
  // data downloads
  `${F}/data.csv`,
  `${F}/data.json?loadFactor=0.5`,
  // invalid settings: 400 with a page or JSON naming the parameter
  '/?loadFactor=abc',
  `${F}/power?household=mars&pue=9`,
  `${F}/data.json?loadFactr=0.5`,
  '/?date=<script>alert(1)</script>',
  // unknown paths: 404
  '/no-such-page',
  '/facilities/no-such-place',
  `${F}/nothing-here`,
];

/** A new valid scenario: these are rendered, not served from the cache, and fill it. */
function randomScenario() {
  const lf = (5 + Math.floor(Math.random() * 96)) / 100;
  const household = ['mlgw', 'tennessee', 'us'][Math.floor(Math.random() * 3)];
  return `/?loadFactor=${lf}&household=${household}`;
}

const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/json' };

if (!(await portIsFree(BASE))) {
  console.error(`Port ${PORT} is already in use: stop that server, or set SOAK_PORT.`);
  process.exit(1);
}
const server = startServer(PORT);
try {
  await waitReady(BASE);
  // warm up: every URL once, so that "before" is a server that has served each page
  for (const path of FIXED) await fetch(`${BASE}${path}`, { headers: HEADERS }).then((r) => r.arrayBuffer());
  await sleep(2000);
  const before = groupRssMb(server.pid);

  let i = 0;
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: HEADERS,
    requests: [
      {
        method: 'GET',
        // one request in ten is a new scenario; the rest cycle through the fixed mix
        setupRequest: (req) => ({ ...req, path: i++ % 10 === 9 ? randomScenario() : FIXED[i % FIXED.length] }),
      },
    ],
  });

  await sleep(10_000); // let the server settle (timers, sockets, garbage collection)
  const after = groupRssMb(server.pid);
  const change = (after - before) / before;

  console.log(
    `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · ${CONNECTIONS} connections × ${DURATION} s · ${FIXED.length} fixed URLs + a new scenario every 10th request\n`,
  );
  console.table([
    {
      'req/s': Math.round(result.requests.average),
      requests: result.requests.total,
      'p50 ms': result.latency.p50,
      'p90 ms': result.latency.p90,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
    },
  ]);
  console.table([
    {
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
      errors: result.errors,
      timeouts: result.timeouts,
    },
  ]);
  console.log(
    `memory (resident, server process group): ${before} MB before, ${after} MB after (${change >= 0 ? '+' : ''}${Math.round(change * 100)}%)`,
  );
  const targets = [
    ['no 5xx responses', result['5xx'] === 0],
    ['no connection errors or timeouts', result.errors === 0 && result.timeouts === 0],
    ['memory back within 20% of its start', Math.abs(change) <= 0.2],
  ];
  for (const [what, ok] of targets) console.log(`${ok ? 'meets' : 'MISSES'}: ${what}`);
  process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await stopServer(server);
}
