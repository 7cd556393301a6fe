import { describe, expect, it } from 'vitest';

import { localeOfInternalPath, localePath, splitLocale } from './locales';

describe('locales in paths', () => {
  it('reads the language from the /es prefix only', () => {
    expect(splitLocale('/es')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/es/')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/es/handout')).toEqual({ locale: 'es', path: '/handout' });
    expect(splitLocale('/essay')).toEqual({ locale: 'en', path: '/essay' });
    expect(splitLocale('/facilities/es')).toEqual({ locale: 'en', path: '/facilities/es' });
  });
  it('puts the prefix back', () => {
    expect(localePath('es', '/')).toBe('/es');
    expect(localePath('es', '/calculator')).toBe('/es/calculator');
    expect(localePath('en', '/calculator')).toBe('/calculator');
  });
  it("tells an internal render's language from the segment after its key", () => {
    expect(localeOfInternalPath('/view/abc/es')).toBe('es');
    expect(localeOfInternalPath('/view/abc/es/facilities/x')).toBe('es');
    expect(localeOfInternalPath('/view-calculator/k/es/packet')).toBe('es');
    expect(localeOfInternalPath('/view/abc/facilities/es')).toBe('en');
    expect(localeOfInternalPath('/view/abc/essay')).toBe('en');
    expect(localeOfInternalPath('/es')).toBe('en');
  });
});
