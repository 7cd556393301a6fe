import { siteUrl, siteUrlProblem } from '@/lib/pages/site';

/**
 * Runs once when a server process starts (not during `next build`). Printed links, share links, QR
 * codes and the sitemap name the site's address: a bad SITE_URL stops the server, and an unset one
 * is named once, since those links then point at this machine: by the public server, not by the
 * render server that `npm start` runs beside it (scripts/start.mjs sets SITE_ROLE=render there).
 */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const problem = siteUrlProblem(process.env.SITE_URL);
  if (problem !== undefined) throw new Error(problem);
  if (process.env.NODE_ENV === 'production' && !process.env.SITE_URL?.trim() && process.env.SITE_ROLE !== 'render') {
    console.warn(
      `[site] SITE_URL is not set: printed pages, share links, QR codes and the sitemap will point at ${siteUrl()}. Set SITE_URL to the public address.`,
    );
  }
}
