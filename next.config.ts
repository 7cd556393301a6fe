import { fileURLToPath } from 'node:url';

import type { NextConfig } from 'next';

import { securityHeaders } from './server/security-headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages for each scenario are cached in memory, bounded (see cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // The same security headers on every route: pages, data downloads, images and error pages.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') }];
  },
};

export default nextConfig;
