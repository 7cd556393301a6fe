import { feedResponse } from '@/server/feed-response';

/** Made when the server runs, not at build: the feed names the site's address, which is the server's configuration. */
export const dynamic = 'force-dynamic';

/** What's new across the sites, as an Atom feed (lib/feeds/atom.ts). A query string is ignored. */
export function GET(request: Request) {
  return feedResponse('atom', { ifNoneMatch: request.headers.get('if-none-match'), method: request.method });
}
