import { feedResponse } from '@/server/feed-response';

/** Made when the server runs, not at build: the calendar names the site's address, which is the server's configuration. */
export const dynamic = 'force-dynamic';

/** Every dated decision, as an iCalendar file (lib/feeds/calendar.ts). A query string is ignored. */
export function GET(request: Request) {
  return feedResponse('calendar', { ifNoneMatch: request.headers.get('if-none-match'), method: request.method });
}
