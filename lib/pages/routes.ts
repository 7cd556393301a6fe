/**
 * The public addresses of the site's scenario pages, read from the registry: the front page
 * (the featured facility's overview) and /facilities/<id>/<section> for each section a
 * facility has. An address of a section the facility lacks is not a page.
 */
import { listFacilities } from '../data/load';
import { type Locale, splitLocale } from '../i18n/locales';
import { regionScenarioContext, scenarioContext } from '../scenario/context';
import { type ParseResult, parseScenario, type ScenarioContext } from '../scenario/scenario';
import { type AnySection, sectionAt } from './registry';

/**
 * A page whose settings come from its query: the front page (the Memphis area), the page of
 * every facility side by side, or a section of one facility. The first two take the settings of
 * the featured facility's place (`facilityId`), whose utility they set the sites against.
 */
export type PublicRoute = (
  | { kind: 'area'; facilityId: string; internal: string }
  /** The region's printed pages: its report and its two-page handout. */
  | { kind: 'regionPaper'; page: RegionPaper; facilityId: string; internal: string }
  | { kind: 'facilities'; facilityId: string; internal: string }
  | { kind: 'section'; facilityId: string; section: AnySection; internal: string }
) & { locale: Locale };

/**
 * The pages with a Spanish edition, under /es (issue #25): what is printed and shared. The front
 * page, each facility's page and both kinds of handout; every other page is in English only, and
 * a Spanish page links to it as such.
 */
export function hasSpanishEdition(route: { kind: PublicRoute['kind']; page?: RegionPaper; section?: AnySection }): boolean {
  if (route.kind === 'area') return true;
  if (route.kind === 'regionPaper') return route.page === 'handout';
  if (route.kind === 'section') return route.section?.id === 'overview' || route.section?.id === 'handout';
  return false;
}

const FACILITY_PATH = /^\/facilities\/([^/]+)(?:\/([^/]+))?\/?$/;

/** The region's printed pages, at /report and /handout. */
export const REGION_PAPERS = ['report', 'handout'] as const;
export type RegionPaper = (typeof REGION_PAPERS)[number];

export function featuredFacilityId(): string {
  const first = listFacilities()[0];
  if (first === undefined) throw new Error('No facility in data/facilities');
  return first.id;
}

/**
 * The public route at a path, with the internal path (under /view/<scenario>) that renders it; a
 * Spanish page's internal path starts with /es. An /es address of a page with no Spanish edition
 * is no page.
 */
export function matchPublicRoute(pathname: string): PublicRoute | undefined {
  const { locale, path } = splitLocale(pathname);
  const route = matchEnglishRoute(path);
  if (route === undefined || locale === 'en') return route && { ...route, locale };
  return hasSpanishEdition(route) ? { ...route, locale, internal: `/es${route.internal}` } : undefined;
}

type EnglishRoute = PublicRoute extends infer R ? (R extends unknown ? Omit<R, 'locale'> : never) : never;

function matchEnglishRoute(pathname: string): EnglishRoute | undefined {
  if (pathname === '/') return { kind: 'area', facilityId: featuredFacilityId(), internal: '' };
  const paper = REGION_PAPERS.find((p) => pathname === `/${p}`);
  if (paper !== undefined) return { kind: 'regionPaper', page: paper, facilityId: featuredFacilityId(), internal: `/${paper}` };
  if (pathname === '/facilities' || pathname === '/facilities/')
    return { kind: 'facilities', facilityId: featuredFacilityId(), internal: '/facilities' };
  const m = FACILITY_PATH.exec(pathname);
  if (!m) return undefined;
  const facilityId = safeDecode(m[1] as string);
  if (facilityId === undefined) return undefined;
  const section = sectionAt(facilityId, m[2] ?? '');
  if (section === undefined) return undefined;
  const internal = `/facilities/${encodeURIComponent(facilityId)}${section.slug === '' ? '' : `/${section.slug}`}`;
  return { kind: 'section', facilityId, section, internal };
}

/**
 * Whose settings a page takes: a facility's own (its sections, its data files), or the region's (the
 * front page, its report and handout, every facility side by side, the region's data files): the
 * featured facility's place for households and dates, and the region's tons cases (regionTonsCases()).
 */
export type SettingsOf = { facilityId: string; region: boolean };

export const regionSettings = (): SettingsOf => ({ facilityId: featuredFacilityId(), region: true });

/** The settings of a route: a facility's section takes its facility's, every other page the region's. */
export function settingsOfRoute(route: { kind: PublicRoute['kind']; facilityId: string }): SettingsOf {
  return { facilityId: route.facilityId, region: route.kind !== 'section' };
}

export function settingsContext(of: SettingsOf): ScenarioContext | undefined {
  if (!of.region) return scenarioContext(of.facilityId);
  return scenarioContext(of.facilityId) === undefined ? undefined : regionScenarioContext(of.facilityId);
}

/** Parses the settings of a public URL for whose settings they are; undefined when the facility does not exist. */
export function parseSettings(of: SettingsOf, params: URLSearchParams): ParseResult | undefined {
  const ctx = settingsContext(of);
  return ctx === undefined ? undefined : parseScenario(params, ctx);
}

/** Parses the scenario of a public URL for its facility; undefined when the facility does not exist. */
export function parseForFacility(facilityId: string, params: URLSearchParams): ParseResult | undefined {
  const ctx = scenarioContext(facilityId);
  return ctx === undefined ? undefined : parseScenario(params, ctx);
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
