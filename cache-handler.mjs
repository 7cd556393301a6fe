/**
 * Next's own page cache, switched off: it keeps nothing. The one cache of finished pages lives in
 * the proxy (server/page-cache.ts), bounded in bytes and stored compressed; a second copy here
 * would hold the same pages uncompressed, and Next's default would write every new scenario's
 * page to disk without bound.
 */
export default class NoPageCache {
  async get() {
    return null;
  }

  async set() {}

  async revalidateTag() {}

  resetRequestCache() {}
}
