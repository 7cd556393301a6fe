#!/usr/bin/env node
// Do two builds serve the same pages? (`node scripts/same-pages.mjs .next-base .next`)
//
// Starts one server per build and asks both for every page in the sitemap, each with its default
// settings and with a few others, and for the 404 page; prints each page whose HTML differs, with
// the first difference. A change meant to make rendering faster must leave every page as it was.
// What legitimately differs between two builds (the names of CSS files, which carry a hash of the
// build, and the ids recharts numbers in the order it draws, `recharts47-clip`) is set aside before
// comparing; every page is also checked for an id used twice.
import process from 'node:process';

import { portIsFree, startServer, stopServer, waitReady } from './server.mjs';

const [a = '.next-base', b = '.next'] = process.argv.slice(2);
const PORT = Number(process.env.SAME_PORT ?? 3500);
const SCENARIOS = ['', 'loadFactor=0.5', 'loadFactor=0.73&pue=1.4', 'household=us&water=high'];

const normalise = (html) => html.replace(/\/_next\/static\/[^"' )]+/g, '/_next/static/…').replace(/\brecharts\d+(?!\d)/g, 'recharts#');

function repeatedIds(html) {
  const seen = new Set();
  const repeated = new Set();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

async function page(base, path) {
  const r = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
  const html = await r.text();
  const twice = repeatedIds(html);
  if (twice.length > 0) {
    console.log(`REPEATED IDS ${base}${path}: ${twice.join(', ')}`);
    process.exitCode = 1;
  }
  return `${r.status} ${r.headers.get('location') ?? ''}\n${normalise(html)}`;
}

function firstDifference(x, y) {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at ${i}:\n  ${a}: …${x.slice(Math.max(0, i - 80), i + 120)}…\n  ${b}: …${y.slice(Math.max(0, i - 80), i + 120)}…`;
}

const servers = [a, b].map((dist, i) => ({ dist, base: `http://127.0.0.1:${PORT + i}` }));
for (const s of servers) {
  if (!(await portIsFree(s.base))) {
    console.error(`${s.base} is in use: stop that server, or set SAME_PORT.`);
    process.exit(1);
  }
}
for (const [i, s] of servers.entries()) s.child = startServer(PORT + i, { NEXT_DIST_DIR: s.dist, SITE_URL: 'http://localhost:3000' });
let differ = 0;
let compared = 0;
try {
  await Promise.all(servers.map((s) => waitReady(s.base)));
  const sitemap = await (await fetch(`${servers[0].base}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const asks = [...new Set(paths)].flatMap((p) => SCENARIOS.map((q) => (q === '' ? p : `${p}?${q}`)));
  asks.push('/no-such-page', '/facilities/colossus-1?loadFactor=7');
  for (const path of asks) {
    const [x, y] = await Promise.all(servers.map((s) => page(s.base, path)));
    compared++;
    if (x !== y) {
      differ++;
      console.log(`DIFFERS ${path} ${firstDifference(x, y)}`);
    }
  }
} finally {
  await Promise.all(servers.map((s) => stopServer(s.child)));
}
console.log(`${compared} pages compared, ${differ} differ`);
process.exit(differ === 0 ? (process.exitCode ?? 0) : 1);
