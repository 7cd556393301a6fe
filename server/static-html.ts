/**
 * The pages are complete when the server sends them: every figure, chart, table and form
 * works without JavaScript. So the site serves them without Next's client runtime (its
 * scripts, the page's inline React payload and the script preloads): a reader's phone
 * downloads and runs no framework code, and each page is a third of the size. The only
 * script left is the site's own `/print.js`, which wires up the print button.
 *
 * What is given up: Next's client-side navigation and prefetching. Every link is an ordinary
 * link to a small cached page.
 */

/** Scripts a page keeps: the site's own, served from public/. */
export const KEPT_SCRIPTS = ['/print.js'];

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;

function srcOf(attributes: string): string | undefined {
  return /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
}

/**
 * The page's HTML without Next's client runtime. Inline scripts hold their content with `<`
 * escaped (Next writes `\u003c`), so the first `</script>` after a `<script>` is its end.
 */
export function stripClientRuntime(html: string): string {
  return html
    .replace(SCRIPT, (whole, attributes: string) => {
      const src = srcOf(attributes);
      return src !== undefined && KEPT_SCRIPTS.includes(src) ? whole : '';
    })
    .replace(SCRIPT_PRELOAD, '');
}
