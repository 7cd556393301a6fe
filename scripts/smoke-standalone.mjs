#!/usr/bin/env node
// Smoke test of the standalone server (`npm run test:standalone`, part of `npm test`): after a
// standalone build into .next-standalone/, assembles its standalone/ folder as the Dockerfile does (static files, public/, data/,
// the launcher scripts/start.mjs as start.mjs), starts `node start.mjs` from there (the container's command: server.js
// twice, a public server and a render server on 127.0.0.1), and checks what a deployment must do: pages with their
// charts drawn on the server, a download, the canonical redirect, the closed internal route (on both servers) and
// /healthz. Exits non-zero on the first failure.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { spawn } from 'node:child_process';

import { portIsFree, stopServer, waitReady } from './server.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
/** Where `npm run test:standalone` builds: beside the default build, which the other tests use. */
const DIST = process.env.NEXT_DIST_DIR ?? '.next-standalone';
const OUT = path.join(ROOT, DIST, 'standalone');
const PORT = Number(process.env.SMOKE_PORT ?? 3700);
const RENDER_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;

if (!fs.existsSync(path.join(OUT, 'server.js'))) {
  console.error(`smoke: ${DIST}/standalone/server.js is missing: run \`NEXT_OUTPUT=standalone NEXT_DIST_DIR=${DIST} next build\`.`);
  process.exit(1);
}
for (const [from, to] of [
  [`${DIST}/static`, `${DIST}/standalone/${DIST}/static`],
  ['public', `${DIST}/standalone/public`],
  ['data', `${DIST}/standalone/data`],
]) {
  fs.rmSync(path.join(ROOT, to), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, from), path.join(ROOT, to), { recursive: true });
}
fs.copyFileSync(path.join(ROOT, 'scripts', 'start.mjs'), path.join(OUT, 'start.mjs'));
if (!(await portIsFree(BASE))) {
  console.error(`smoke: port ${PORT} is in use; set SMOKE_PORT.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['start.mjs'], {
  cwd: OUT,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PORT: String(PORT), RENDER_PORT: String(RENDER_PORT), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
});
let stdout = '';
server.stdout.on('data', (d) => (stdout += d));
let stderr = '';
server.stderr.on('data', (d) => (stderr += d));

const failures = [];
function check(what, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

try {
  await waitReady(BASE);
  const get = (p, init) => fetch(`${BASE}${p}`, { redirect: 'manual', ...init });
  for (const p of [
    '/',
    '/facilities',
    '/facilities/colossus-1',
    '/facilities/colossus-1/power',
    '/facilities/colossus-1/report',
    '/sources',
  ]) {
    const r = await get(p);
    const html = await r.text();
    check(
      `${p}: 200, the page's own HTML, no Next runtime`,
      r.status === 200 && html.includes('</html>') && !html.includes('self.__next_f'),
    );
  }
  const power = await (await get('/facilities/colossus-1/power')).text();
  check('the Power page carries charts drawn on the server (recharts loaded at run time)', power.includes('recharts-surface'));
  // a chart's PNG: resvg's native package and the fonts in fonts/ are in the standalone output
  const png = await get('/facilities/colossus-1/charts/supply.png');
  const bytes = new Uint8Array(await png.arrayBuffer());
  check(
    "a chart's PNG answers 200 image/png, drawn by resvg",
    png.status === 200 && png.headers.get('content-type') === 'image/png' && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47,
  );
  const csv = await get('/facilities/colossus-1/data.csv');
  check('the CSV download answers 200 with an ETag', csv.status === 200 && /^"/.test(csv.headers.get('etag') ?? ''));
  for (const [p, type] of [
    ['/feed.xml', 'application/atom+xml'],
    ['/calendar.ics', 'text/calendar'],
  ]) {
    const r = await get(p);
    const text = await r.text();
    check(
      `${p} answers 200 as ${type}, with an ETag`,
      r.status === 200 &&
        (r.headers.get('content-type') ?? '').startsWith(type) &&
        /^"/.test(r.headers.get('etag') ?? '') &&
        text.length > 0,
    );
  }
  const moved = await get('/facilities/colossus-1/power?utm_source=x&loadFactor=0.5');
  check(
    'a non-canonical query gets 308',
    moved.status === 308 && (moved.headers.get('location') ?? '').endsWith('/facilities/colossus-1/power?loadFactor=0.5'),
  );
  const inner = await get('/view/default', { headers: { 'x-internal-render': '1' } });
  check('the internal route answers 404 to outsiders', inner.status === 404);
  const health = await get('/healthz');
  const body = health.status === 200 ? await health.json() : {};
  check('/healthz answers with the data version', typeof body.dataVersion === 'string' && body.dataVersion.length > 0);
  check(
    `start.mjs runs server.js twice: pages drawn by a render server on 127.0.0.1:${RENDER_PORT}`,
    body.renders?.separateProcess === true && stdout.includes(`node server.js on 127.0.0.1:${RENDER_PORT}`),
  );
  const renderInner = await fetch(`http://127.0.0.1:${RENDER_PORT}/view/default`, { headers: { 'x-internal-render': '1' } });
  check("the render server's internal route answers 404 without the secret", renderInner.status === 404);
  check('no error was logged', !/\[proxy\]|Error:/.test(stderr));
} catch (e) {
  check(`the server answered (${e instanceof Error ? e.message : e})`, false);
} finally {
  await stopServer(server);
}
if (failures.length > 0) {
  if (stderr) console.error(`server stderr:\n${stderr.slice(0, 4000)}`);
  process.exit(1);
}
console.log('smoke: the standalone server passes.');
