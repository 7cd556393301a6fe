/**
 * Renders a printed page to PDF, for people who prepare handouts: a facility's report or two-page
 * handout, or the region's (without --facility):
 *
 *   npm run report -- [--facility colossus-1] [--page report|handout] [--scenario 'loadFactor=0.8&household=us'] [--format Letter|A4] --out report.pdf
 *   npm run report -- --page packet --scenario 'state=GA&mw=300&water=500000' [--format Letter|A4] --out packet.pdf
 *
 * `--page packet` prints the calculator's hearing packet (/calculator/packet) for a proposal's settings.
 *
 * It checks the facility and the settings as the site does, finds a Chromium (CHROMIUM_PATH,
 * /usr/bin/chromium, or Playwright's own), builds the site if needed, serves it on a free
 * local port for the time it takes, and prints the report page with page numbers. Every
 * facility has a report (a site with little data gets a short one).
 *
 * The link and QR code printed on the report name the site's address as this command's own
 * environment gives it (SITE_URL, else PUBLIC_PORT or PORT on this machine: lib/pages/site.ts),
 * never the temporary port, which is gone once the PDF is written.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium } from '@playwright/test';

import { calculatorQuery } from '../lib/calculator/settings';
import { PACKET_PATH, parseCalculatorParams } from '../lib/calculator/route';
import { listFacilities } from '../lib/data/load';
import { parseSettings, REGION_PAPERS, type RegionPaper, regionSettings } from '../lib/pages/routes';
import { scenarioKey } from '../server/scenario-route';
import { publicPath, siteUrl, siteUrlProblem, withQuery } from '../lib/pages/site';

type Args = { facility?: string; page: RegionPaper | 'packet'; scenario: string; out?: string; format: 'Letter' | 'A4' };

function fail(message: string): never {
  console.error(`report: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { page: 'report', scenario: '', format: 'Letter' };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    if (name === '--help' || name === '-h') {
      console.log(
        "usage: npm run report -- [--facility <id>] [--page report|handout|packet] [--scenario '<query>'] [--format Letter|A4] --out <file.pdf>\n" +
          "without --facility, the region's page (the Memphis area); --page packet: the calculator's hearing packet for --scenario 'state=GA&mw=300'",
      );
      process.exit(0);
    }
    if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
    i++;
    if (name === '--facility') args.facility = value;
    else if (name === '--page') {
      const page = value === 'packet' ? value : REGION_PAPERS.find((p) => p === value);
      if (page === undefined) fail(`--page must be one of ${REGION_PAPERS.join(', ')}, packet (got "${value}")`);
      args.page = page;
    } else if (name === '--scenario') args.scenario = value.replace(/^\?/, '');
    else if (name === '--out') args.out = value;
    else if (name === '--format') {
      if (value !== 'Letter' && value !== 'A4') fail(`--format must be Letter or A4 (got "${value}")`);
      args.format = value;
    } else fail(`unknown option ${name} (allowed: --facility, --page, --scenario, --format, --out)`);
  }
  return args;
}

/** CHROMIUM_PATH if set (and only it), else Debian's Chromium, else Playwright's own browser. */
function browserPath(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return fs.existsSync(chosen) ? chosen : undefined;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function errorLines(errors: { param: string; message: string; received?: string; suggestion?: string; allowed: string }[]): string {
  return errors
    .map(
      (e) =>
        `  ${e.param} ${e.message}${e.received !== undefined ? ` (you gave "${e.received}")` : ''}.${e.suggestion ? ` Did you mean ${e.suggestion}?` : ''} Allowed: ${e.allowed}.`,
    )
    .join('\n');
}

/** The calculator's hearing packet for the settings, checked as the site checks them. */
function packetPath(args: Args): string {
  if (args.facility !== undefined) fail('--page packet is of a proposal, not a facility: leave out --facility');
  const result = parseCalculatorParams(new URLSearchParams(args.scenario));
  if (result.ok === 'empty') fail("--page packet needs the proposal's settings, e.g. --scenario 'state=GA&mw=300'");
  if (result.ok === false) fail(`the settings are not valid:\n${errorLines(result.errors)}`);
  return withQuery(PACKET_PATH, calculatorQuery(result.settings));
}

/** A facility's or the region's printed page for the scenario, checked as the site checks it. */
function scenarioPath(args: Args & { page: RegionPaper }, facilities: string[]): string {
  // the region's page reads its settings as the front page does: with the featured facility's place
  const settingsOf = args.facility === undefined ? regionSettings() : { facilityId: args.facility, region: false };
  const result = parseSettings(settingsOf, new URLSearchParams(args.scenario));
  if (result === undefined) fail(`unknown facility "${args.facility}" (known: ${facilities.join(', ')})`);
  if (!result.ok) fail(`the scenario is not valid:\n${errorLines(result.errors)}`);
  const key = scenarioKey(settingsOf, result.scenario);
  const where = args.facility === undefined ? `/${args.page}` : publicPath(args.facility, args.page);
  return withQuery(where, key === 'default' ? '' : key);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const facilities = listFacilities().map((f) => f.id);
  if (args.out === undefined) fail('--out is required (the PDF file to write)');
  const page = args.page;
  const where = page === 'packet' ? packetPath(args) : scenarioPath({ ...args, page }, facilities);
  const badSite = siteUrlProblem(process.env.SITE_URL);
  if (badSite !== undefined) fail(badSite);
  const executablePath = browserPath();
  if (executablePath === undefined) {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is "${process.env.CHROMIUM_PATH}", which does not exist` : 'no Chromium found';
    fail(`${where}. Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-dejavu-core), or set CHROMIUM_PATH to its binary.`);
  }

  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    console.log('report: building the site first…');
    const build = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
    const code = await new Promise<number | null>((resolve) => build.on('exit', resolve));
    if (code !== 0) fail('the build failed');
  }

  // the address the paper names: where readers reach the site, not this command's temporary server
  const printed = siteUrl(process.env);
  if (!process.env.SITE_URL?.trim())
    console.log(`report: the printed link and QR code name ${printed}; set SITE_URL to the site's public address to print that instead.`);
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: printed },
  });
  const stop = () => {
    try {
      process.kill(-(server.pid as number), 'SIGKILL');
    } catch {
      // already stopped
    }
  };
  try {
    const url = `http://127.0.0.1:${port}${where}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 120) fail(`the site did not start on port ${port}`);
      await sleep(250);
    }
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.pdf({ path: args.out, format: args.format, printBackground: true });
    } finally {
      await browser.close();
    }
    console.log(`report: wrote ${args.out} (${args.format}) from ${url}`);
  } finally {
    stop();
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
