#!/usr/bin/env node
// The site at the size of a national tracker (`npm run bench:scale`).
//
// For each size (SCALE_SIZES, default 10, 30, 100 facilities), writes a copy of data/ with
// synthetic facilities added (lib/data/synthetic.ts) to a temporary folder, builds the site on it
// (DATA_DIR, into .next-scale/<n>), and measures the build's time and peak memory (every process of
// the build, summed), the number of pages (the sitemap's addresses), and, served by `next start`,
// the cold render p50 of a synthetic facility's page and of the region's front page (a new
// scenario on every request, one at a time), and the time of the server's first front page, which lays
// out the map once for every later view. It checks that the front page, its map, /facilities
// and the sitemap hold every facility. Prints a table, the targets, and as its last line one JSON
// object with the figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

import { groupRssMb, portIsFree, startServer, stopServer, waitReady } from './server.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SIZES = (process.env.SCALE_SIZES ?? '10,30,100').split(',').map(Number);
const PORT = Number(process.env.SCALE_PORT ?? 3700);
const SAMPLES = Number(process.env.SCALE_SAMPLES ?? 15);
const BASE = `http://127.0.0.1:${PORT}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed:\n${out.slice(-3000)}`)),
    );
  });
}

/** `next build` on `dataDir` into `distDir`: seconds, peak memory of the whole build (MB), and its output. */
async function build(dataDir, distDir) {
  // next build adds the types of a new distDir to tsconfig.json; the project's own file is put back after
  const tsconfig = fs.readFileSync(path.join(ROOT, 'tsconfig.json'));
  const t0 = performance.now();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir, NEXT_DIST_DIR: distDir },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let peak = 0;
  let done = false;
  const exited = new Promise((resolve) => child.on('exit', (code) => ((done = true), resolve(code))));
  while (!done) {
    peak = Math.max(peak, groupRssMb(child.pid));
    await sleep(200);
  }
  const code = await exited;
  fs.writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig);
  if (code !== 0) throw new Error(`next build with ${dataDir} failed:\n${out.slice(-4000)}`);
  return { seconds: (performance.now() - t0) / 1000, peakRssMb: peak, out };
}

/** Cold render p50 (ms) of `page`, each request with a scenario never asked before. */
async function coldP50(page, offset) {
  const times = [];
  for (let k = 0; k < 3 + SAMPLES; k++) {
    const n = offset + k;
    const q = `loadFactor=${(5 + (n % 95)) / 100}&pue=${(100 + Math.floor(n / 95)) / 100}`;
    const t0 = performance.now();
    const r = await fetch(`${BASE}${page}?${q}`, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${page}?${q} answered ${r.status}`);
    if (k >= 3) times.push(performance.now() - t0);
  }
  return Number(median(times).toFixed(1));
}

async function text(p) {
  const r = await fetch(`${BASE}${p}`);
  if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
  return r.text();
}

if (!(await portIsFree(BASE))) {
  console.error(`Port ${PORT} is in use: stop that server, or set SCALE_PORT.`);
  process.exit(1);
}

const rows = [];
const problems = [];
for (const n of SIZES) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bench-scale-${n}-`));
  const dataDir = path.join(tmp, 'data');
  const distDir = `.next-scale/${n}`;
  try {
    const ids = JSON.parse(await run(process.execPath, ['--import', 'tsx', 'scripts/synthetic-data.ts', dataDir, String(n)]));
    const facilityIds = fs.readdirSync(path.join(dataDir, 'facilities')).map((f) => f.replace(/\.json$/, ''));
    fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
    console.error(`[bench:scale] ${n} facilities (${ids.length} synthetic): building…`);
    const b = await build(dataDir, distDir);
    const server = startServer(PORT, { DATA_DIR: dataDir, NEXT_DIST_DIR: distDir });
    try {
      await waitReady(BASE);
      const sitemap = await text('/sitemap.xml');
      const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
      // the process's first front page: it lays out the locator map of every site, which later views reuse
      const t0 = performance.now();
      const front = await text('/');
      const firstFront = Math.round(performance.now() - t0);
      const list = await text('/facilities');
      for (const id of facilityIds) {
        if (!urls.includes(`/facilities/${id}`)) problems.push(`${n}: the sitemap lacks /facilities/${id}`);
        if (!list.includes(`/facilities/${id}`)) problems.push(`${n}: /facilities does not link ${id}`);
        if (!front.includes(`/facilities/${id}`)) problems.push(`${n}: the front page does not link ${id}`);
      }
      const mapMarkers = (front.match(/class="map-marker/g) ?? []).length;
      for (const u of urls.filter((p) => /^\/facilities\/[^/]+$/.test(p))) {
        const r = await fetch(`${BASE}${u}`, { redirect: 'manual' });
        await r.arrayBuffer();
        if (r.status !== 200) problems.push(`${n}: ${u} answered ${r.status}`);
      }
      const last = ids.at(-1) ?? facilityIds.at(-1);
      rows.push({
        facilities: n,
        'build s': Number(b.seconds.toFixed(1)),
        'build peak RSS MB': b.peakRssMb,
        pages: urls.length,
        'map markers (front page)': mapMarkers,
        [`cold p50 ms, /facilities/<synthetic>`]: await coldP50(`/facilities/${last}`, 0),
        'cold p50 ms, /': await coldP50('/', 200),
        'first / ms': firstFront,
        'front page KB': Math.round(Buffer.byteLength(front) / 1024),
      });
      console.error(`[bench:scale] ${JSON.stringify(rows.at(-1))}`);
    } finally {
      await stopServer(server);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  }
}

console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version} · load average ${os.loadavg()[0].toFixed(1)}\n`,
);
console.table(rows);
const at = (n) => rows.find((r) => r.facilities === n);
if (at(10) && at(30) && at(100)) {
  const perA = (at(30)['build s'] - at(10)['build s']) / 20;
  const perB = (at(100)['build s'] - at(30)['build s']) / 70;
  console.log(`${at(100)['build s'] < 120 ? 'meets' : 'MISSES'}: the 100-facility build in under 2 minutes (${at(100)['build s']} s)`);
  // on a busy machine a build's noise can exceed what 20 facilities add: then there is no slope to compare with
  if (perA <= 0) console.log(`cannot judge: build time did not grow from 10 to 30 facilities (${perA.toFixed(2)} s a facility): noise`);
  else
    console.log(
      `${perB <= 1.5 * perA ? 'meets' : 'MISSES'}: build time grows linearly: ${perB.toFixed(2)} s a facility from 30 to 100, ≤ 1.5× the ${perA.toFixed(2)} s from 10 to 30`,
    );
}
console.log(
  problems.length === 0
    ? 'meets: every page answers, and the sitemap, the front page and /facilities hold every facility'
    : `MISSES:\n  ${problems.join('\n  ')}`,
);
const by = (key) => Object.fromEntries(rows.map((r) => [String(r.facilities), r[key]]));
console.log(
  JSON.stringify({
    buildSeconds: by('build s'),
    pages: by('pages'),
    peakRssMb: by('build peak RSS MB'),
    coldRenderMsP50: Object.fromEntries(
      rows.map((r) => [
        String(r.facilities),
        { facility: r['cold p50 ms, /facilities/<synthetic>'], region: r['cold p50 ms, /'], regionFirst: r['first / ms'] },
      ]),
    ),
  }),
);
