import process from 'node:process';

import { afterEach, describe, expect, it } from 'vitest';

import { freePort, startPair } from './start.mjs';

// Stand-ins for the two servers: a Node process that listens on `port` after `delayMs`
// (or never, with delayMs < 0) and answers every request with `name`. With `needs`, it first
// connects to that port and exits with code 3 if nothing listens there.
function fakeServer(name, port, delayMs = 0, needs = undefined) {
  const code = `const http = require('node:http');
    const listen = () => {
      if (${delayMs} >= 0) setTimeout(() => http.createServer((_q, s) => s.end(${JSON.stringify(name)})).listen(${port}, '127.0.0.1'), ${delayMs});
      else setInterval(() => {}, 1000);
    };
    const needs = ${JSON.stringify(needs ?? null)};
    if (needs === null) listen();
    else require('node:net').connect(needs, '127.0.0.1').on('connect', function () { this.destroy(); listen(); }).on('error', () => process.exit(3));`;
  return { name, port, command: process.execPath, args: ['-e', code], env: process.env };
}

const alive = (child) => child.exitCode === null && child.signalCode === null;
const pairs = [];
afterEach(async () => {
  for (const p of pairs.splice(0)) {
    p.stop(0);
    await p.done;
  }
});

async function start(pub, render, options = {}) {
  const logs = [];
  const pair = startPair({ pub, render, log: (line) => logs.push(line), ...options });
  pairs.push(pair);
  await pair.started;
  return { pair, logs };
}

describe('startPair (npm start: a public and a render server)', () => {
  it('starts the public server only once the render server listens', async () => {
    const [pubPort, renderPort] = [await freePort(), await freePort()];
    // the render server listens only after 600 ms; the public one exits if it finds nothing there
    const { pair } = await start(fakeServer('public', pubPort, 0, renderPort), fakeServer('render', renderPort, 600));
    expect(pair.children).toHaveLength(2);
    for (let i = 0; i < 50; i++) {
      try {
        expect(await (await fetch(`http://127.0.0.1:${pubPort}/`)).text()).toBe('public');
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(pair.children.every(alive)).toBe(true);
  });

  it('stops the public server and exits non-zero when the render server dies', async () => {
    const [pubPort, renderPort] = [await freePort(), await freePort()];
    const { pair, logs } = await start(fakeServer('public', pubPort), fakeServer('render', renderPort));
    const [render, pub] = pair.children;
    render.kill('SIGKILL');
    expect(await pair.done).toBe(1);
    expect(alive(pub)).toBe(false);
    expect(logs.join('\n')).toContain('the render server exited (SIGKILL)');
  });

  it('stops the render server and exits non-zero when the public server dies', async () => {
    const [pubPort, renderPort] = [await freePort(), await freePort()];
    const { pair } = await start(fakeServer('public', pubPort), fakeServer('render', renderPort));
    const [render, pub] = pair.children;
    pub.kill('SIGTERM');
    expect(await pair.done).toBe(1);
    expect(alive(render)).toBe(false);
  });

  it('stops both and exits 0 when asked to (a signal to the launcher)', async () => {
    const [pubPort, renderPort] = [await freePort(), await freePort()];
    const { pair } = await start(fakeServer('public', pubPort), fakeServer('render', renderPort));
    pair.stop(0);
    expect(await pair.done).toBe(0);
    expect(pair.children.some(alive)).toBe(false);
  });

  it('never starts the public server when the render server does not listen in time', async () => {
    const [pubPort, renderPort] = [await freePort(), await freePort()];
    const { pair, logs } = await start(fakeServer('public', pubPort), fakeServer('render', renderPort, -1), { readyTimeoutMs: 800 });
    expect(await pair.done).toBe(1);
    expect(pair.children).toHaveLength(1);
    expect(logs.join('\n')).toContain('did not listen');
  });

  it('runs the public server alone when there is no render server', async () => {
    const pubPort = await freePort();
    const { pair } = await start(fakeServer('public', pubPort, 0), undefined);
    expect(pair.children).toHaveLength(1);
    pair.children[0].kill('SIGTERM');
    expect(await pair.done).toBe(1);
  });
});
