// Starting and stopping `next start` for the bench, soak and budget scripts: in its own process
// group, so that stopping it also stops next-server, which `next start` forks.
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

/** `next start` on `port`, run from the project root, with `env` added to the server's environment. */
export function startServer(port, env = {}) {
  return spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
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
