/**
 * The public addresses of the site's scenario pages, read from the registry: the front page
 * (the featured facility's overview) and /facilities/<id>/<section> for each section a
 * facility has. An address of a section the facility lacks is not a page.
 */
import { listFacilities } from '../data/load';
import { scenarioContext } from '../scenario/context';
import { type ParseResult, parseScenario } from '../scenario/scenario';
import { type AnySection, getSection, sectionAt } from './registry';

export type PublicRoute = {
  /** undefined on the front page, which shows the featured facility. */
  facilityId: string | undefined;
  section: AnySection;
};

const FACILITY_PATH = /^\/facilities\/([^/]+)(?:\/([^/]+))?\/?$/;

export function featuredFacilityId(): string {
  const first = listFacilities()[0];
  if (first === undefined) throw new Error('No facility in data/facilities');
  return first.id;
}

export function matchPublicRoute(pathname: string): PublicRoute | undefined {
  if (pathname === '/') return { facilityId: undefined, section: getSection('overview') };
  const m = FACILITY_PATH.exec(pathname);
  if (!m) return undefined;
  const facilityId = safeDecode(m[1] as string);
  if (facilityId === undefined) return undefined;
  const section = sectionAt(facilityId, m[2] ?? '');
  return section === undefined ? undefined : { facilityId, section };
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
