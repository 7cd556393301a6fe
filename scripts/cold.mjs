#!/usr/bin/env node
// Cold render: how long each page takes when asked with settings no one used before (`npm run bench:cold`).
//
// One request at a time, each page with a new valid scenario on every request (so each is rendered,
// never served from the page cache), through the public address as a reader asks for it. Beside each
// page, in the same run, a bare Next page that renders a table of plain rows afresh on every request
// (app/bench-bare, `force-dynamic`, no data work), sized to send the same number of bytes. Prints each
// page's p50 and the ratio, with the target (3×) beside it.
//
// COLD_DIST_DIRS=.next-base,.next starts one server per build and asks each the same new views in turn,
// so that two builds (a change and its baseline) are compared in one run on one machine.
// Needs a build (`npm run build`); the npm script runs one.
import os from 'node:os';
import process from 'node:process';

import { INTERNAL, portIsFree, startServer, stopServer, waitReady } from './server.mjs';

const PORT = Number(process.env.COLD_PORT ?? 3400);
const SAMPLES = Number(process.env.COLD_SAMPLES ?? 30);
const WARMUP = 5;
const TARGET = 3;
const DIST_DIRS = (process.env.COLD_DIST_DIRS ?? process.env.NEXT_DIST_DIR ?? '.next').split(',');
const FACILITY = process.env.COLD_FACILITY ?? 'colossus-1';
const PAGES = (
  process.env.COLD_PAGES?.split(',') ?? [
    '/',
    '/facilities',
    `/facilities/${FACILITY}`,
    `/facilities/${FACILITY}/power`,
    `/facilities/${FACILITY}/water`,
    `/facilities/${FACILITY}/concerns`,
    `/facilities/${FACILITY}/claims`,
    `/facilities/${FACILITY}/report`,
  ]
).filter(Boolean);

/** The n-th scenario of a sequence that never repeats (19,095 of them), in canonical form (no default spelled out). */
function scenario(n) {
  const loadFactor = (5 + (n % 95)) / 100;
  const pue = (100 + Math.floor(n / 95)) / 100;
  const q = new URLSearchParams();
  q.set('loadFactor', String(loadFactor));
  q.set('pue', String(pue));
  return q.toString();
}
let counter = Number(process.env.COLD_OFFSET ?? 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One request: milliseconds to the last byte, the status and the bytes. */
async function timed(url, headers = {}) {
  const t0 = performance.now();
  const r = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
  const body = await r.arrayBuffer();
  return { ms: performance.now() - t0, status: r.status, bytes: body.byteLength };
}

const servers = DIST_DIRS.map((dist, i) => ({ dist, port: PORT + i, base: `http://127.0.0.1:${PORT + i}` }));
for (const s of servers) {
  if (!(await portIsFree(s.base))) {
    console.error(`Port ${s.port} is in use: stop that server, or set COLD_PORT.`);
    process.exit(1);
  }
}
for (const s of servers) s.child = startServer(s.port, { NEXT_DIST_DIR: s.dist });
const rows = [];
try {
  await Promise.all(servers.map((s) => waitReady(s.base)));
  // the bare page's bytes per row, to size it like each page
  const bareBytes = async (s, n) => (await timed(`${s.base}/bench-bare?rows=${n}`, INTERNAL)).bytes;
  const empty = await bareBytes(servers[0], 0);
  const perRow = ((await bareBytes(servers[0], 2000)) - empty) / 2000;
  for (const page of PAGES) {
    const times = servers.map(() => []);
    const bare = servers.map(() => []);
    const sizes = servers.map(() => 0);
    for (let k = 0; k < WARMUP + SAMPLES; k++) {
      const path = `${page}?${scenario(counter++)}`;
      for (const [i, s] of servers.entries()) {
        const r = await timed(`${s.base}${path}`);
        if (r.status !== 200) throw new Error(`${s.dist} ${path} answered ${r.status}`);
        if (k >= WARMUP) times[i].push(r.ms);
        sizes[i] = r.bytes;
      }
      const rowsN = Math.max(0, Math.round((sizes[0] - empty) / perRow));
      for (const [i, s] of servers.entries()) {
        const b = await timed(`${s.base}/bench-bare?rows=${rowsN}&n=${k}`, INTERNAL);
        if (k >= WARMUP) bare[i].push(b.ms);
      }
    }
    const row = { page, KB: Math.round(sizes[0] / 1024) };
    for (const [i, s] of servers.entries()) {
      const tag = servers.length > 1 ? ` ${s.dist}` : '';
      const p50 = median(times[i]);
      const b50 = median(bare[i]);
      if (servers.length > 1) row[`KB${tag}`] = Math.round(sizes[i] / 1024);
      row[`p50 ms${tag}`] = Number(p50.toFixed(1));
      row[`bare p50 ms${tag}`] = Number(b50.toFixed(1));
      row[`ratio${tag}`] = Number((p50 / b50).toFixed(1));
    }
    rows.push(row);
    console.error(JSON.stringify(row));
  }
} finally {
  await Promise.all(servers.map((s) => stopServer(s.child)));
}

console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · ${SAMPLES} new views a page, one at a time, load average ${os.loadavg()[0].toFixed(1)}\n`,
);
console.table(rows);
for (const s of servers) {
  const tag = servers.length > 1 ? ` ${s.dist}` : '';
  const worst = Math.max(...rows.map((r) => r[`ratio${tag}`]));
  console.log(
    `${worst <= TARGET ? 'meets' : 'MISSES'}${tag}: every page's cold render p50 within ${TARGET}× the bare page of the same size (worst ${worst}×)`,
  );
}
