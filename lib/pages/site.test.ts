import { describe, expect, it } from 'vitest';

import { siteUrl, siteUrlProblem } from './site';

describe('siteUrl', () => {
  it('is SITE_URL when set, without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/', PORT: '4000' })).toBe('https://example.org');
  });
  it('follows PORT when SITE_URL is unset, never a fixed 3000', () => {
    expect(siteUrl({ PORT: '4000' })).toBe('http://localhost:4000');
    expect(siteUrl({ SITE_URL: '  ', PORT: '4100' })).toBe('http://localhost:4100');
  });
  it('prefers the public port (nginx in front of Node) over the port Node listens on', () => {
    expect(siteUrl({ PORT: '3001', PUBLIC_PORT: '3000' })).toBe('http://localhost:3000');
  });
  it('falls back to 3000 only when no port is configured at all', () => {
    expect(siteUrl({})).toBe('http://localhost:3000');
  });
});

describe('siteUrlProblem', () => {
  it('accepts an unset or valid address', () => {
    expect(siteUrlProblem(undefined)).toBeUndefined();
    expect(siteUrlProblem('https://impact.example.org/memphis')).toBeUndefined();
  });
  it('names what is wrong with a bad one', () => {
    expect(siteUrlProblem('impact.example.org')).toMatch(/not an address/);
    expect(siteUrlProblem('ftp://example.org')).toMatch(/http:\/\/ or https:\/\//);
    expect(siteUrlProblem('https://example.org/?a=1')).toMatch(/without a query/);
  });
});
