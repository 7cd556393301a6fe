/**
 * Response headers for every route (pages, data, images, errors). Scripts come from this
 * origin's files only: the pages carry no inline script, since the proxy serves every page
 * (the 400 and 404 pages too) without Next's client runtime, whose page data is inline
 * (lib/static-html.ts). Inline styles are allowed: the charts' SVG carries style attributes.
 * Nothing comes from elsewhere: no third-party script, frame, font or connection. In
 * development Next's dev tools need inline scripts and eval.
 *
 * No Cross-Origin-Opener-Policy: the site opens no windows and holds no reader's data, so
 * there is nothing for it to isolate, and it has a measured cost. A page with COOP cannot share
 * the browsing context it is opened from, so the browser starts a fresh renderer process for it:
 * in Lighthouse's mobile run that added 300-450 ms of blocking time to the front page (score
 * 85-89 against 98-100 for the same bytes without the header; 2026-11-28, README "Performance").
 */
export function contentSecurityPolicy(dev = false, { frameable = false }: Frames = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * `frameable`: the embed pages (/embed/…, issue #25), made to be framed by any site. They alone
 * send `frame-ancestors *` and no X-Frame-Options; every other route may not be framed at all.
 */
type Frames = { frameable?: boolean };

/** Every route but the embed pages (next.config.ts): the path pattern excludes /embed/… */
export const UNFRAMED_ROUTES = '/((?!embed/).*)';
export const EMBED_ROUTES = '/embed/:path*';

export function securityHeaders(dev = false, { frameable = false }: Frames = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev, { frameable }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    ...(frameable ? [] : [{ key: 'X-Frame-Options', value: 'DENY' }]),
  ];
}
