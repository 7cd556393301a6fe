import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

import { EMBED_ROUTES, securityHeaders, UNFRAMED_ROUTES } from './server/security-headers';

const { version } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The packages the charts load at run time with createRequire (app/_components/charts/server-svg.tsx;
 * resvg for the charts' PNGs, server/chart-png.ts, with its native build for this platform, an
 * optional dependency), outside the bundler, and everything they depend on: file tracing cannot see them, so the
 * standalone output is told to include them.
 */
function runtimeLoaded(roots: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    const manifest = path.join('node_modules', name, 'package.json');
    if (seen.has(name) || !fs.existsSync(manifest)) continue;
    seen.add(name);
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    stack.push(...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }));
  }
  return [...seen].filter((n) => !n.startsWith('@types/')).map((n) => `./node_modules/${n}/**`);
}

/**
 * NEXT_OUTPUT=standalone builds a self-contained server in <distDir>/standalone (the Dockerfile and
 * `npm run test:standalone` do; see README, "Deploy"). The default build is for `next start`, which
 * does not support that output. NEXT_DIST_DIR lets the standalone build sit beside the default one.
 */
const standalone = process.env.NEXT_OUTPUT === 'standalone';

const nextConfig: NextConfig = {
  ...(standalone
    ? {
        output: 'standalone' as const,
        outputFileTracingIncludes: {
          '/**': [...runtimeLoaded(['recharts', 'react-dom', 'react', '@resvg/resvg-js']), './data/**', './fonts/**'],
        },
      }
    : {}),
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // reported by /healthz
  env: { APP_VERSION: version },
  reactStrictMode: true,
  poweredByHeader: false,
  // Next keeps no page cache of its own (cache-handler.mjs): the proxy's is the one cache.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // The same security headers on every route: pages, data downloads, images and error pages; the
  // embed pages alone may be framed (server/security-headers.ts).
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    return [
      { source: UNFRAMED_ROUTES, headers: securityHeaders(dev) },
      { source: EMBED_ROUTES, headers: securityHeaders(dev, { frameable: true }) },
    ];
  },
};

/** The site's words in each language are read by next-intl, configured in app/_i18n/request.ts. */
const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts');

export default withNextIntl(nextConfig);
