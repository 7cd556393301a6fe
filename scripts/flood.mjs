#!/usr/bin/env node
// Can one client flooding new scenarios slow every reader down? (`npm run flood`)
//
// For each stack — the default (`npm start`: Node alone, a public server with a render server
// beside it, scripts/start.mjs) and the production one (`npm run start:prod`: nginx's cache in
// front of Node) — it measures a cached page alone, then the same page while another client asks
// for a new valid scenario on every request, each side with FLOOD_CONNECTIONS connections
// (default 10). Then it compares each cached page, as the production stack serves it, with nginx
// serving the same page's gzip bytes as a precompressed static file: the limit to aim at. Prints
// every figure and whether each target is met. FLOOD_STACKS=start measures `npm start` alone
// (SEPARATE_RENDERER=0 in the environment measures it rendering in one process, as before).
// Needs a build and nginx; the npm script installs nginx if missing and builds first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';

import autocannon from 'autocannon';

import { CACHED_PAGES, portIsFree, randomScenarioPath, startProdStack, startServer, stopServer, waitReady } from './server.mjs';

const PORT = Number(process.env.FLOOD_PORT ?? 3600);
const DURATION = Number(process.env.FLOOD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.FLOOD_CONNECTIONS ?? 10);
const CACHED = '/';
// Browsers ask for compressed pages; so does every request here.
const HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
const PROD = (process.env.FLOOD_STACKS ?? 'start,prod').split(',').includes('prod');

async function load(url, options = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: HEADERS, ...options });
  const statuses = {};
  for (const k of ['1xx', '2xx', '3xx', '4xx', '5xx']) if (r[k] > 0) statuses[k] = r[k];
  return {
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    statuses: Object.entries(statuses)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
    errors: r.errors + r.timeouts,
    raw: r,
  };
}

const newScenarios = (base) => ({
  url: base,
  requests: [{ method: 'GET', headers: HEADERS, setupRequest: (req) => ({ ...req, path: randomScenarioPath() }) }],
});

/** The cached page alone, then beside a flood of new scenarios. */
async function floodRun(name, base) {
  for (let i = 0; i < 3; i++) await fetch(`${base}${CACHED}`, { headers: HEADERS });
  const alone = await load(`${base}${CACHED}`);
  const [flood, cached] = await Promise.all([load(base, newScenarios(base)), load(`${base}${CACHED}`)]);
  const busy = flood.raw.statusCodeStats?.['503']?.count ?? 0;
  return [
    { stack: name, side: `cached page ${CACHED}, alone`, ...alone },
    {
      stack: name,
      side: `cached page ${CACHED}, during the flood`,
      ...cached,
      'vs alone': `${Math.round((cached['req/s'] / alone['req/s']) * 100)}%`,
    },
    { stack: name, side: 'new scenarios (the flood)', ...flood, '503 busy': busy },
  ];
}

/** Waits until the renders the flood left queued are done, so the next measurement starts clean. */
async function drained(base) {
  for (let i = 0; i < 120; i++) {
    const { renders } = await (await fetch(`${base}/healthz`)).json();
    if (renders.running === 0 && renders.queued === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the render queue did not drain');
}

/** nginx serving each page's gzip bytes as a precompressed static file, on `port`. */
async function startStaticNginx(port, pages) {
  const runDir = path.join(process.cwd(), '.prod', `static-${port}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, 'www'), { recursive: true });
  for (const [i, { body }] of pages.entries()) {
    fs.writeFileSync(path.join(runDir, 'www', `p${i}.html`), body);
    fs.writeFileSync(path.join(runDir, 'www', `p${i}.html.gz`), gzipSync(body));
  }
  const conf = `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto; daemon off; pid ${runDir}/nginx.pid; error_log ${runDir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  types { text/html html; } default_type text/html;
  client_body_temp_path ${runDir}/t1; proxy_temp_path ${runDir}/t2; fastcgi_temp_path ${runDir}/t3; uwsgi_temp_path ${runDir}/t4; scgi_temp_path ${runDir}/t5;
  server { listen ${port} reuseport; root ${runDir}/www; gzip_static on; }
}
`;
  fs.writeFileSync(path.join(runDir, 'nginx.conf'), conf);
  const child = spawn('/usr/sbin/nginx', ['-p', runDir, '-c', path.join(runDir, 'nginx.conf')], { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 40; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/p0.html`)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('static nginx did not start');
}

for (const port of [PORT, PORT + 1, PORT + 2]) {
  if (!(await portIsFree(`http://127.0.0.1:${port}`))) {
    console.error(`Port ${port} is in use: stop that server, or set FLOOD_PORT.`);
    process.exit(1);
  }
}

const base = `http://127.0.0.1:${PORT}`;
const rows = [];
const ratios = [];

// the render server on the port start:prod's upstream takes later
const server = startServer(PORT, { RENDER_PORT: String(PORT + 1) });
try {
  await waitReady(base);
  rows.push(...(await floodRun('npm start', base)));
} finally {
  await stopServer(server);
}

/** start:prod under the flood, then each cached page as it serves it beside nginx serving the page as a file. */
async function prodRun() {
  const stack = await startProdStack(PORT, PORT + 1);
  let staticNginx;
  try {
    rows.push(...(await floodRun('start:prod', base)));
    await drained(base);
    // each page's bytes as the site sends them uncompressed, for nginx's static copy
    const pages = [];
    for (const p of CACHED_PAGES) {
      const response = await fetch(`${base}${p}`, { headers: { 'accept-encoding': 'identity' } });
      if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
      pages.push({ path: p, body: Buffer.from(await response.arrayBuffer()) });
    }
    staticNginx = await startStaticNginx(PORT + 2, pages);
    for (const [i, p] of pages.entries()) {
      const site = await load(`${base}${p.path}`);
      const file = await load(`http://127.0.0.1:${PORT + 2}/p${i}.html`);
      ratios.push({
        page: p.path,
        'gzip KB': (gzipSync(p.body).byteLength / 1024).toFixed(1),
        'start:prod req/s': site['req/s'],
        'start:prod p99 ms': site['p99 ms'],
        'nginx static .gz req/s': file['req/s'],
        ratio: Number((site['req/s'] / file['req/s']).toFixed(2)),
        errors: site.errors + file.errors,
      });
    }
  } finally {
    if (staticNginx) await stopServer(staticNginx);
    await stack.stop();
  }
}
if (PROD) await prodRun();

console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · ${CONNECTIONS} connections a side × ${DURATION} s\n`,
);
console.table(rows.map(({ raw: _raw, ...r }) => r));
if (PROD) console.table(ratios);

const row = (stackName, side) => rows.find((r) => r.stack === stackName && r.side.startsWith(side));
const prodAlone = row('start:prod', `cached page ${CACHED}, alone`);
const prodFlood = row('start:prod', `cached page ${CACHED}, during`);
const defAlone = row('npm start', `cached page ${CACHED}, alone`);
const defFlood = row('npm start', `cached page ${CACHED}, during`);
const floods = rows.filter((r) => r.side.startsWith('new scenarios'));
const prodTargets = !PROD
  ? []
  : [
      [
        `start:prod: the cached page keeps ≥ 50% of its unloaded throughput during the flood (${prodFlood['vs alone']})`,
        prodFlood['req/s'] >= 0.5 * prodAlone['req/s'],
      ],
      [`start:prod: the cached page's p99 < 150 ms during the flood (${prodFlood['p99 ms']} ms)`, prodFlood['p99 ms'] < 150],
      [
        `start:prod: every cached page ≥ 0.8× nginx serving it as a precompressed file (lowest ${Math.min(...ratios.map((r) => r.ratio))}×)`,
        ratios.every((r) => r.ratio >= 0.8),
      ],
    ];
const targets = [
  ...prodTargets,
  [
    `npm start: the cached page keeps ≥ 50% of its unloaded throughput during the flood (${defFlood['vs alone']})`,
    defFlood['req/s'] >= 0.5 * defAlone['req/s'],
  ],
  [`npm start: the cached page's p99 < 300 ms during the flood (${defFlood['p99 ms']} ms)`, defFlood['p99 ms'] < 300],
  [
    'the flood gets pages or 503 with Retry-After, never another 5xx, an error or a timeout',
    floods.every((r) => r.errors === 0 && (r.raw['5xx'] ?? 0) === (r['503 busy'] ?? 0)),
  ],
  ['no errors on the cached side', rows.filter((r) => r.side.startsWith('cached')).every((r) => r.errors === 0)],
];
for (const [what, ok] of targets) console.log(`${ok ? 'meets' : 'MISSES'}: ${what}`);
