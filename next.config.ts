import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { NextConfig } from 'next';

import { securityHeaders } from './server/security-headers';

const { version } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const nextConfig: NextConfig = {
  // reported by /healthz
  env: { APP_VERSION: version },
  reactStrictMode: true,
  poweredByHeader: false,
  // Next keeps no page cache of its own (cache-handler.mjs): the proxy's is the one cache.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // The same security headers on every route: pages, data downloads, images and error pages.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') }];
  },
};

export default nextConfig;
