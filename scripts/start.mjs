#!/usr/bin/env node
// `npm start` (and the container's command): the site on PORT, with new views rendered in a second process.
//
// Rendering a page is synchronous CPU work. In one process it holds the event loop that also serves
// cached pages, so one client asking for a new scenario on every request slows every reader down
// (`npm run flood`). This launcher starts two servers from the same build:
//   - the public one on PORT (default 3000), which validates each request, keeps the page cache and
//     serves every page (proxy.ts);
//   - a render one on 127.0.0.1:RENDER_PORT (default: a free port the system picks), at a lower CPU
//     priority (nice 10), which the public one asks for each page it does not have yet
//     (INTERNAL_ORIGIN), with a secret drawn here that both share (INTERNAL_RENDER_SECRET). It is
//     not reachable from outside the machine, and its internal routes answer only that secret.
// Both get the memory settings of scripts/server.mjs (a 384 MB old generation, two malloc arenas).
// SIGINT, SIGTERM and SIGHUP are passed on to both; when either exits, the other is stopped and the
// launcher exits non-zero. SEPARATE_RENDERER=0 runs the public server alone, rendering on its own
// event loop (the former `npm start`).
//
// Beside a standalone build's server.js (the container: Dockerfile), it runs `node server.js`;
// elsewhere `next start` from the project root, which needs a build (`npm run build`).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NICE = ['/usr/bin/nice', '/bin/nice'].find((p) => fs.existsSync(p));

/** A port on 127.0.0.1 that nothing listens on now, as the system hands it out. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** True once something accepts connections on 127.0.0.1:`port`. */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts `render` (when given), waits until it listens on its port, then starts `pub`; from then on
 * each stops the other when it exits. A server is { name, command, args, env, port }.
 * Returns the children, a stop(code) for both, and `done`: a promise of the exit code (0 after
 * stop(0); 1 when a server exited of its own accord or the render server never listened).
 */
export function startPair({ pub, render, readyTimeoutMs = 120_000, log = console.error }) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  let stopping = false;
  let exitCode = 0;
  let settle = (/** @type {number} */ _code) => {};
  const done = new Promise((resolve) => (settle = resolve));
  const running = (c) => c.exitCode === null && c.signalCode === null;
  const finishIfAllGone = () => {
    if (stopping && children.every((c) => !running(c))) settle(exitCode);
  };

  function stop(code) {
    if (!stopping) {
      stopping = true;
      exitCode = code;
      for (const c of children) if (running(c)) c.kill('SIGTERM');
      // a server that ignores SIGTERM is killed after 10 s
      setTimeout(() => children.forEach((c) => running(c) && c.kill('SIGKILL')), 10_000).unref();
    }
    finishIfAllGone();
  }

  function launch(server) {
    const child = spawn(server.command, server.args, { stdio: 'inherit', env: server.env, cwd: server.cwd });
    children.push(child);
    child.on('error', (e) => {
      log(`start: the ${server.name} server could not start: ${e.message}`);
      stop(1);
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`start: the ${server.name} server exited (${signal ?? `code ${code}`}); stopping the other`);
        stop(1);
      }
      finishIfAllGone();
    });
    return child;
  }

  const started = (async () => {
    if (render !== undefined) {
      const child = launch(render);
      const deadline = Date.now() + readyTimeoutMs;
      while (!(await accepts(render.port))) {
        if (stopping) return;
        if (Date.now() > deadline) {
          log(`start: the ${render.name} server did not listen on 127.0.0.1:${render.port} within ${readyTimeoutMs / 1000} s`);
          stop(1);
          return;
        }
        if (!running(child)) return;
        await sleep(100);
      }
    }
    if (!stopping) launch(pub);
  })();
  return { children, stop, done, started };
}

/** NODE_OPTIONS with a 384 MB cap on V8's old generation, unless it already sets one. */
function withHeapCap(options = '') {
  return options.includes('--max-old-space-size') ? options : `${options} --max-old-space-size=384`.trim();
}

/** The command that runs one server: the standalone build's server.js beside this file, or `next start`. */
function serverCommand({ standalone, port, loopback, nice = 0 }) {
  const node = standalone
    ? { args: [path.join(HERE, 'server.js')], env: { HOSTNAME: loopback ? '127.0.0.1' : (process.env.HOSTNAME ?? '0.0.0.0') } }
    : {
        args: [
          path.join(HERE, '..', 'node_modules', 'next', 'dist', 'bin', 'next'),
          'start',
          '-p',
          String(port),
          ...(loopback ? ['-H', '127.0.0.1'] : []),
        ],
        env: {},
      };
  return nice > 0 && NICE !== undefined
    ? { command: NICE, args: ['-n', String(nice), process.execPath, ...node.args], env: node.env }
    : { command: process.execPath, args: node.args, env: node.env };
}

async function main() {
  const standalone = fs.existsSync(path.join(HERE, 'server.js'));
  const cwd = standalone ? HERE : path.join(HERE, '..');
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!standalone && !fs.existsSync(path.join(cwd, distDir, 'BUILD_ID'))) {
    console.error('start: no build found. Run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const separate = process.env.SEPARATE_RENDERER !== '0';
  const renderPort = separate ? Number(process.env.RENDER_PORT ?? (await freePort())) : undefined;
  const renderNice = Number(process.env.RENDER_NICE ?? 10);
  const secret = process.env.INTERNAL_RENDER_SECRET || randomBytes(24).toString('base64url');
  const shared = {
    ...process.env,
    NODE_OPTIONS: withHeapCap(process.env.NODE_OPTIONS),
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    INTERNAL_RENDER_SECRET: secret,
  };
  const pubCommand = serverCommand({ standalone, port, loopback: false });
  const pub = {
    name: 'public',
    cwd,
    port,
    ...pubCommand,
    env: {
      ...shared,
      ...pubCommand.env,
      PORT: String(port),
      ...(separate ? { INTERNAL_ORIGIN: `http://127.0.0.1:${renderPort}`, SITE_ROLE: 'public' } : {}),
    },
  };
  let render;
  if (renderPort !== undefined) {
    const renderCommand = serverCommand({ standalone, port: renderPort, loopback: true, nice: renderNice });
    render = {
      name: 'render',
      cwd,
      port: renderPort,
      ...renderCommand,
      env: {
        ...shared,
        ...renderCommand.env,
        PORT: String(renderPort),
        // pages name the port readers use (lib/pages/site.ts), not this one
        PUBLIC_PORT: process.env.PUBLIC_PORT || String(port),
        INTERNAL_ORIGIN: `http://127.0.0.1:${renderPort}`,
        SITE_ROLE: 'render',
      },
    };
  }
  const what = standalone ? 'node server.js' : 'next start';
  console.log(
    render === undefined
      ? `start: the site on http://localhost:${port} (${what}), rendering new views in the same process (SEPARATE_RENDERER=0)`
      : `start: the site on http://localhost:${port} (${what}); new views rendered by a second ${what} on 127.0.0.1:${renderPort}, nice ${renderNice}, reached with a shared secret`,
  );
  const pair = startPair({ pub, render });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => pair.stop(0));
  process.exit(await pair.done);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
