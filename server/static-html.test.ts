import { describe, expect, it } from 'vitest';

import { stripClientRuntime } from './static-html';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<link rel="canonical" href="http://localhost:3000/facilities/colossus-1"/>',
  '</head><body><main><p>150 MW &lt;script&gt; stays text</p>',
  '<details><summary>How we got this</summary><p>300 MW ÷ 2,000 MW</p></details>',
  '<form method="get" action="/"><input name="loadFactor"/></form></main>',
  '<script src="/print.js" defer=""></script>',
  '<script>self.__next_f.push([1,"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

describe('stripClientRuntime', () => {
  const out = stripClientRuntime(page);

  it("removes Next's scripts, its inline page data and its script preloads", () => {
    expect(out).not.toContain('/_next/static/chunks/b.js');
    expect(out).not.toContain('/_next/static/chunks/c.js');
    expect(out).not.toContain('__next_f');
    expect(out.match(/<script/g)).toHaveLength(1);
  });

  it("keeps the site's own script, the stylesheet, links and every piece of content", () => {
    expect(out).toContain('<script src="/print.js" defer=""></script>');
    expect(out).toContain('href="/_next/static/chunks/a.css"');
    expect(out).toContain('rel="canonical"');
    expect(out).toContain('<p>150 MW &lt;script&gt; stays text</p>');
    expect(out).toContain('<details><summary>How we got this</summary>');
    expect(out).toContain('<form method="get" action="/">');
    expect(out.endsWith('</body></html>')).toBe(true);
  });

  it('changes nothing the second time', () => {
    expect(stripClientRuntime(out)).toBe(out);
  });
});
