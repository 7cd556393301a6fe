#!/usr/bin/env node
// The production stack on one machine (`npm run start:prod`): nginx on PORT (default 3000) as a
// caching front, in front of `next start` on 127.0.0.1:UPSTREAM_PORT (default PORT + 1).
// Needs a build (`npm run build`) and nginx (`npm run setup:prod` installs it from Debian's
// packages). Stops both on Ctrl-C or SIGTERM; if either exits, the other is stopped too.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

import { startProdStack } from './server.mjs';

const port = Number(process.env.PORT ?? 3000);
const upstreamPort = Number(process.env.UPSTREAM_PORT ?? port + 1);
if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.error('start:prod: no build found. Run `npm run build` first.');
  process.exit(1);
}
const stack = await startProdStack(port, upstreamPort, { stdio: 'inherit' });
console.log(`start:prod: nginx on http://localhost:${port} → next start on 127.0.0.1:${upstreamPort} (cache in ${stack.runDir})`);
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
for (const child of [stack.nginx, stack.next]) child.on('exit', (code) => void stop(code ?? 1));
