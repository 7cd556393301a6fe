// Starting and stopping the server for the bench, soak, flood and budget scripts: `npm start`'s
// launcher (scripts/start.mjs), which runs a public and a render server, in a process group of its
// own, so that stopping it stops all three.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The server's memory settings, the same as `npm start` (package.json): a 384 MB cap on V8's
 * old generation, which otherwise grows lazily towards gigabytes before collecting, and two
 * malloc arenas, which keeps glibc from holding freed memory in many per-thread arenas.
 */
export const SERVER_MEMORY_ENV = { NODE_OPTIONS: '--max-old-space-size=384', MALLOC_ARENA_MAX: '2' };

/**
 * The proxy's internal routes answer only requests that carry its secret (proxy.ts). The scripts
 * start the server with one of their own, drawn here, so they can measure a page as Next renders it.
 */
export const INTERNAL = { 'x-internal-render': randomBytes(18).toString('base64url') };

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * The site as `npm start` runs it (scripts/start.mjs) on `port`, from the project root, with `env`
 * added to the servers' environment (RENDER_PORT there picks the render server's port, else the
 * system does; SEPARATE_RENDERER=0 renders in the public server, as `npm start` did before).
 */
export function startServer(port, env = {}) {
  return spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      ...SERVER_MEMORY_ENV,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      INTERNAL_RENDER_SECRET: INTERNAL['x-internal-render'],
      ...env,
    },
  });
}

/** Stops a child started in its own process group (the server, or any other), and everything it forked. */
export async function stopServer(child) {
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      return; // the group is gone
    }
    await sleep(1000);
  }
}

export async function portIsFree(base) {
  try {
    await fetch(`${base}/`);
    return false;
  } catch {
    return true;
  }
}

export async function waitReady(base) {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/methodology`);
      if (r.ok) return;
    } catch {
      // not yet listening
    }
    await sleep(500);
  }
  throw new Error(`server on ${base} did not start`);
}

/** Resident memory (MB) of every process in the server's process group, from /proc (Linux). */
export function groupRssMb(pgid) {
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // fields after the command name, which is in parentheses and may contain spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024);
}

/**
 * A new valid scenario's address, in canonical form (so the site serves it rather than redirecting):
 * parameters in the parser's order, defaults left out, numbers as the parser writes them.
 */
export function randomScenarioPath(page = '/facilities/colossus-1/power') {
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const q = new URLSearchParams();
  q.set('loadFactor', String((5 + Math.floor(Math.random() * 95)) / 100));
  const household = pick(['mlgw', 'tennessee', 'us']);
  if (household !== 'mlgw') q.set('household', household);
  const water = pick(['expected', 'high', 'recycling']);
  if (water !== 'expected') q.set('water', water);
  q.set('pue', String((100 + Math.floor(Math.random() * 201)) / 100));
  return `${page}?${q}`;
}

/** The nginx config of the production stack, with its placeholders filled in (deploy/nginx.conf). */
export function nginxConfig(port, upstreamPort, runDir) {
  const template = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  // as root, nginx's workers would run as nobody; run them as the user who owns the cache directory
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return template
    .replaceAll('@@USER@@', user)
    .replaceAll('@@RUN@@', runDir)
    .replaceAll('@@PORT@@', String(port))
    .replaceAll('@@UPSTREAM_PORT@@', String(upstreamPort));
}

/**
 * nginx on `port` in front of `next start` on 127.0.0.1:`upstreamPort`, with a fresh cache
 * directory under .prod/. Returns both children and a stop() for the pair.
 */
export async function startProdStack(port, upstreamPort, { stdio = 'ignore', env = {} } = {}) {
  const nginxBin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (nginxBin === undefined) throw new Error('nginx is not installed: run `npm run setup:prod` (Debian) or install nginx');
  const runDir = path.join(ROOT, '.prod', String(port));
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const conf = path.join(runDir, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(port, upstreamPort, runDir));
  // Node renders at a lower CPU priority than nginx: a burst of new scenarios then slows new views, not cached ones
  const next = spawn(
    'nice',
    ['-n', '10', process.execPath, 'node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(upstreamPort)],
    {
      cwd: ROOT,
      detached: true,
      stdio,
      env: {
        ...process.env,
        ...SERVER_MEMORY_ENV,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(upstreamPort),
        // readers reach the site through nginx: printed links and QR codes name its port, not Node's
        PUBLIC_PORT: String(port),
        INTERNAL_ORIGIN: `http://127.0.0.1:${upstreamPort}`,
        ...env,
      },
    },
  );
  await waitReady(`http://127.0.0.1:${upstreamPort}`);
  // nginx keys its cache by the local day (deploy/nginx.conf), which must be the sites' day: Central time
  const nginx = spawn(nginxBin, ['-p', runDir, '-c', conf], {
    cwd: ROOT,
    detached: true,
    stdio,
    env: { ...process.env, TZ: 'America/Chicago' },
  });
  await waitReady(`http://127.0.0.1:${port}`);
  return { next, nginx, runDir, stop: () => Promise.all([stopServer(nginx), stopServer(next)]) };
}

/** Every kind of cached page, the Power page among them: the pages bench and flood weigh one by one. */
export const CACHED_PAGES = [
  '/',
  '/facilities',
  '/facilities/colossus-1',
  '/facilities/colossus-1/power',
  '/facilities/colossus-1/report',
  '/methodology',
  '/sources',
];
