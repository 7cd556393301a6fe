#!/usr/bin/env node
// Page-weight and Lighthouse budget of the built site (`npm run budget`).
//
// Builds first when there is no build, or when a file under app/, lib/ or data/ (or a config
// file) is newer than it. Starts `next start` on a free port in its own process group, and for
// every page prints:
//   - the gzipped JavaScript it loads: the script files named by the HTML's <script src> tags,
//     plus any further script Lighthouse saw the page load, each fetched and gzipped here
//     (zlib, default level), so the figure does not depend on how the server compresses;
//   - Lighthouse 12 mobile scores (performance, accessibility, best practices, SEO), run with
//     Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), one page at a time;
// and whether each meets its target. Failing audits are listed by name.
//
// The JavaScript baseline, "Next's own runtime", is what the front page loads as Next renders it
// (/view/default, the internal route, which has no client component of ours): the framework's
// runtime. The site serves its pages without it (lib/static-html.ts), so readers' pages load only
// /print.js. A page meets the JS target when it loads at most the baseline + 15 KB gzipped.
//
// Usage: npm run budget [-- /path ...]   (only the given pages; default: every page)
//        BUDGET_RUNS=5 npm run budget           (Lighthouse runs per page; the median is kept; default 3)
//        BUDGET_NO_LIGHTHOUSE=1 npm run budget   (JavaScript only, a few seconds)
//        BUDGET_JSON_DIR=dir npm run budget      (also keep each page's Lighthouse JSON)
// Exit code 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import zlib from 'node:zlib';

import { INTERNAL, startServer, stopServer, waitReady } from './server.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BASELINE_PAGE = '/view/default';
const RUNS = Math.max(1, Number(process.env.BUDGET_RUNS ?? 3));
const JS_ALLOWANCE = 15 * 1024;
const REPORT_PAGE = /\/report$/;

/** Every page, as the site's own sitemap lists them (it is read from the registry of sections, like the e2e page list). */
async function allPages(base) {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['app', 'lib', 'data', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'cache-handler.mjs'];
  const changed = Math.max(...sources.map((s) => newestMtime(path.join(ROOT, s))));
  if (built > changed) return;
  console.log(built ? 'Sources changed since the last build: building.' : 'No build yet: building.');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const gzipCache = new Map();
async function gzippedSize(url) {
  if (!gzipCache.has(url)) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    gzipCache.set(url, zlib.gzipSync(body).length);
  }
  return gzipCache.get(url);
}

/** The page's HTML (its gzipped size) and the script files its HTML names. */
async function fetchPage(base, page) {
  const internal = page === BASELINE_PAGE ? INTERNAL : {};
  const response = await fetch(`${base}${page}`, { headers: { 'accept-encoding': 'identity', ...internal } });
  if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`);
  const html = await response.text();
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.push(new URL(m[1].replaceAll('&amp;', '&'), base).href);
  return { htmlGzip: zlib.gzipSync(html).length, urls };
}

/** Runs the Lighthouse CLI (mobile, the default) in its own process group; returns its JSON result. */
async function lighthouse(url) {
  const bin = path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const child = spawn(
    process.execPath,
    [
      bin,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROME_PATH } },
  );
  running.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  running.delete(child);
  if (code !== 0) throw new Error(`lighthouse ${url} exited ${code}: ${err.slice(-2000)}`);
  return JSON.parse(out);
}

function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => (categoryId === 'performance' ? `${a.id} ${a.displayValue ?? ''} (${Math.round(a.score * 100)})` : `${a.id}: ${a.title}`));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const running = new Set();

async function main() {
  const requested = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const withLighthouse = !process.env.BUDGET_NO_LIGHTHOUSE;
  if (withLighthouse && !fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}: set CHROME_PATH`);

  buildIfNeeded();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  // SITE_URL is the address Lighthouse visits, for pages rendered at request time (prerendered
  // pages keep the address they were built with)
  const server = startServer(port, { SITE_URL: base });
  running.add(server);
  const stop = async () => {
    for (const child of running) await stopServer(child);
  };
  process.on('SIGINT', () => stop().then(() => process.exit(130)));
  try {
    await waitReady(base);
    const pages = requested.length ? requested : await allPages(base);
    const { urls: baselineUrls } = await fetchPage(base, BASELINE_PAGE);
    let baseline = 0;
    for (const u of baselineUrls) baseline += await gzippedSize(u);
    const jsLimit = baseline + JS_ALLOWANCE;

    const rows = [];
    const notes = [];
    // One discarded run first: a fresh Chromium's first page pays for its own start-up (caches,
    // font lookup), which is not the page's cost; without this the first page measured scores worst.
    if (withLighthouse) await lighthouse(`${base}${pages[0]}`);
    for (const page of pages) {
      const fetched = await fetchPage(base, page);
      const urls = new Set(fetched.urls);
      const row = { page, 'HTML gzip': kb(fetched.htmlGzip) };
      let lhr;
      if (withLighthouse) {
        await fetch(`${base}${page}`); // warm: the first render of a scenario is not what a reader waits for
        // Lighthouse's performance score varies from run to run (more so on a shared machine): run it
        // BUDGET_RUNS times (3 by default) and keep the run with the median performance score, as
        // Lighthouse's own documentation recommends; every run's score is printed.
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${base}${page}`));
        runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
        lhr = runs[Math.floor((runs.length - 1) / 2)];
        row['perf runs'] = runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)).join('/');
        if (process.env.BUDGET_JSON_DIR) {
          fs.mkdirSync(process.env.BUDGET_JSON_DIR, { recursive: true });
          const name = page === '/' ? 'front' : page.slice(1).replaceAll('/', '_');
          fs.writeFileSync(path.join(process.env.BUDGET_JSON_DIR, `${name}.json`), JSON.stringify(lhr));
        }
        for (const r of lhr.audits['network-requests']?.details?.items ?? [])
          if (r.resourceType === 'Script' && r.url.startsWith(base)) urls.add(r.url);
      }
      let js = 0;
      const extra = [];
      for (const u of urls) {
        const size = await gzippedSize(u);
        js += size;
        if (!baselineUrls.includes(u)) extra.push(`${new URL(u).pathname.split('/').pop()} ${kb(size)}`);
      }
      row['scripts'] = urls.size;
      row['JS gzip'] = kb(js);
      row['over baseline'] = kb(js - baseline);
      const checks = [[`JS ≤ ${kb(jsLimit)}`, js <= jsLimit]];
      if (lhr) {
        const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
        row.perf = score('performance');
        row.a11y = score('accessibility');
        row.bp = score('best-practices');
        row.seo = score('seo');
        // Lighthouse's own CPU benchmark at the time of the run: low means a busy machine and a noisy score
        row['cpu index'] = Math.round(lhr.environment.benchmarkIndex);
        const perfTarget = REPORT_PAGE.test(page) ? 100 : 95;
        checks.push(
          [`perf ≥ ${perfTarget}`, row.perf >= perfTarget],
          ['a11y 100', row.a11y === 100],
          ['bp 100', row.bp === 100],
          ['seo 100', row.seo === 100],
        );
        for (const [id, label] of [
          ['performance', 'performance'],
          ['accessibility', 'accessibility'],
          ['best-practices', 'best practices'],
          ['seo', 'SEO'],
        ]) {
          const failing = failingAudits(lhr, id);
          if (failing.length) notes.push(`${page} · ${label}: ${failing.join('; ')}`);
        }
      }
      const missed = checks.filter(([, ok]) => !ok).map(([what]) => what);
      row.result = missed.length ? `MISSES ${missed.join(', ')}` : 'meets';
      if (extra.length) notes.push(`${page} · scripts beyond the baseline: ${extra.join(', ')}`);
      rows.push(row);
      if (withLighthouse) console.error(`  ${page}: done`);
    }

    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · Node ${process.version}` +
        (withLighthouse ? ' · Lighthouse mobile (simulated throttling)' : ''),
    );
    console.log(
      `JS baseline, "Next's own runtime": the ${baselineUrls.length} scripts ${BASELINE_PAGE} loads, ${kb(baseline)} gzipped ` +
        `(Next's runtime, as Next renders the front page before the site strips it). Limit: baseline + ${kb(JS_ALLOWANCE)} = ${kb(jsLimit)}.`,
    );
    console.log(`Targets: performance ≥ 95 (100 on the report), accessibility, best practices and SEO 100, JS within the limit.`);
    if (withLighthouse)
      console.log(
        `Performance is simulated (4× CPU slowdown) from this machine's own timings: on a shared machine it varies run to run; "cpu index" is Lighthouse's benchmark during the run.`,
      );
    console.log('');
    console.table(rows);
    for (const n of notes) console.log(`- ${n}`);
    const failed = rows.filter((r) => r.result !== 'meets').length;
    console.log(failed ? `\n${failed} of ${rows.length} pages miss a target.` : `\nEvery page meets its targets.`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await stop();
  }
}

await main();
