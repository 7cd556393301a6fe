import { describe, expect, it } from 'vitest';

import { listFacilities } from '../data/load';
import { languageAlternates, languagePaths } from './languages';
import { matchPublicRoute } from './routes';

describe('pages in two languages', () => {
  it('pairs the front page, the handout and each facility page and handout with their Spanish edition', () => {
    expect(languagePaths('/')).toEqual({ en: '/', es: '/es' });
    expect(languagePaths('/es')).toEqual({ en: '/', es: '/es' });
    expect(languagePaths('/handout')).toEqual({ en: '/handout', es: '/es/handout' });
    for (const f of listFacilities()) {
      expect(languagePaths(`/facilities/${f.id}`)).toEqual({ en: `/facilities/${f.id}`, es: `/es/facilities/${f.id}` });
      expect(languagePaths(`/es/facilities/${f.id}/handout`)?.en).toBe(`/facilities/${f.id}/handout`);
    }
  });

  it('gives a page with no Spanish edition no alternates, and its /es address is no page', () => {
    const id = listFacilities()[0]?.id as string;
    for (const p of ['/report', '/facilities', `/facilities/${id}/power`, `/facilities/${id}/concerns`]) {
      expect(languagePaths(p), p).toBeUndefined();
      expect(matchPublicRoute(`/es${p}`), p).toBeUndefined();
      expect(matchPublicRoute(p)?.locale, p).toBe('en');
    }
    expect(matchPublicRoute('/es/nothing')).toBeUndefined();
    expect(matchPublicRoute('/esp')).toBeUndefined();
  });

  it('renders a Spanish page from an internal path under /es', () => {
    const id = listFacilities()[0]?.id as string;
    expect(matchPublicRoute('/es')).toMatchObject({ kind: 'area', locale: 'es', internal: '/es' });
    expect(matchPublicRoute(`/es/facilities/${id}`)).toMatchObject({ locale: 'es', internal: `/es/facilities/${id}` });
  });

  it('names both languages and English as the default in the alternates, with the settings on each', () => {
    expect(languageAlternates('/es/handout', 'date=2026-01-01')).toEqual({
      en: '/handout?date=2026-01-01',
      es: '/es/handout?date=2026-01-01',
      'x-default': '/handout?date=2026-01-01',
    });
  });
});
