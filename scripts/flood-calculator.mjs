#!/usr/bin/env node
// Can a flood of new calculator URLs starve readers of cached pages? (`node scripts/flood-calculator.mjs`, after a build)
//
// Starts `next start` on FLOOD_PORT (default 4003) and measures: the cold render of new calculator results, one at a
// time (every result is a view no one asked for before); the cached front page alone; then the same page while another
// client asks for a new calculator result on every request (FLOOD_CONNECTIONS each side, default 10, FLOOD_SECONDS long).
// The render queue (RENDER_CONCURRENCY, RENDER_QUEUE) bounds the renders: beyond it a new view gets 503 at once.
import process from 'node:process';

import autocannon from 'autocannon';

import { startServer, stopServer, waitReady } from './server.mjs';

const PORT = Number(process.env.FLOOD_PORT ?? 4003);
const DURATION = Number(process.env.FLOOD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.FLOOD_CONNECTIONS ?? 10);
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
const STATES = ['AL', 'AZ', 'CA', 'GA', 'IA', 'MS', 'NC', 'NV', 'OH', 'OR', 'TN', 'TX', 'VA', 'WA'];
let n = 0;

/** A calculator result no one asked for before: a new megawatt figure each time, with water and gas. */
function newProposal() {
  n++;
  const state = STATES[n % STATES.length];
  return `/calculator?state=${state}&mw=${100 + n}&water=${1000 * n}&gas=${10 + (n % 90)}`;
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function load(url, options = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: HEADERS, ...options });
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    codes,
    errors: r.errors + r.timeouts,
  };
}

const base = `http://127.0.0.1:${PORT}`;
const server = startServer(PORT);
try {
  await waitReady(base);
  // cold renders, one at a time
  const cold = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const r = await fetch(`${base}${newProposal()}`, { headers: HEADERS });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`a new result answered ${r.status}`);
    cold.push(performance.now() - t);
  }
  console.log(
    `cold render of a new calculator result (20, one at a time): p50 ${pct(cold, 50).toFixed(0)} ms, p99 ${pct(cold, 99).toFixed(0)} ms`,
  );
  for (let i = 0; i < 3; i++) await fetch(`${base}/`, { headers: HEADERS });
  console.log('cached front page, alone:', await load(`${base}/`));
  const flood = { url: base, requests: [{ method: 'GET', headers: HEADERS, setupRequest: (req) => ({ ...req, path: newProposal() }) }] };
  const [f, cached] = await Promise.all([load(base, flood), load(`${base}/`)]);
  console.log('cached front page, during the flood:', cached);
  console.log('the flood of new calculator results:', f);
} finally {
  await stopServer(server);
}
