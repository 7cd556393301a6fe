/**
 * The page cache: each scenario's page is rendered once and then served from here.
 * It lives in memory only, and holds at most PAGE_CACHE_MAX_ENTRIES pages, dropping the
 * least recently used, so a stream of new scenarios cannot grow memory or disk without bound.
 */
const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 100);
const entries = new Map();

export default class PageCache {
  async get(key) {
    const entry = entries.get(key);
    if (entry === undefined) return null;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    entries.delete(key);
    if (data === null) return;
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag() {
    // Pages are rebuilt with the data; nothing here is revalidated by tag.
  }

  resetRequestCache() {}
}
