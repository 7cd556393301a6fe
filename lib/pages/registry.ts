/**
 * The registry of a facility's pages: one entry per section, and the only list of them. The
 * route that serves every section, the navigation, page titles, the sitemap, the open-data
 * sections, the Sources page's "Used on" links and the end-to-end tests' page list all read it.
 *
 * A section is offered for a facility only when the facility has the data it needs, rather
 * than shown empty. Each entry's component lives in app/_sections/ (lib/ draws nothing).
 */
import { findClaims, findConcerns, findFacility } from '../data/load';
import type { Scenario } from '../scenario/scenario';
import { getClaimsModel } from './claims';
import { getConcernsDetail } from './concerns';
import type { FigureRow } from './figures';
import { getOverview, type Overview } from './overview';
import { getFacilityHandout } from './handout';
import { getPowerDetail, powerFigureKeys } from './power';
import { getReport } from './report';
import { getWaterDetail } from './water';

/** What every section's model carries: the facility's overview (its context), its figures and its sources. */
export type PageModel = { figures: FigureRow[]; sourceIds: string[] };

type Words = { title: string; description: string };

export type SectionDef<Id extends string, M extends PageModel> = {
  id: Id;
  /** The last part of the page's address: /facilities/<id>/<slug> ("" for the overview). */
  slug: string;
  /** Its name in the navigation. */
  label: string;
  /** Whether the facility has the data the section needs. */
  appliesTo: (facilityId: string) => boolean;
  load: (facilityId: string, scenario?: Scenario) => M | undefined;
  overviewOf: (model: M) => Overview;
  /** The page's title and description, for the tab, search engines and link previews. */
  words: (model: M) => Words;
  /** Whether its figures go into the CSV/JSON downloads (the report repeats other pages' figures). */
  openData: boolean;
  /** Whether the what-if settings change what it shows (they always carry over in its links). */
  usesScenario: boolean;
};

const isFacility = (id: string) => findFacility(id) !== undefined;

/** The Power page counts homes and shares for a power figure: a facility with none (MACROHARDRR) has no Power page. */
function hasPowerFigure(id: string): boolean {
  const f = findFacility(id);
  return f !== undefined && f.timeline.some((e) => powerFigureKeys(f.kind).some((k) => e.changes[k]?.kind === 'known'));
}

/** Keeps each entry's model type (`as const` on the list then gives each id its model). */
function section<const Id extends string, M extends PageModel>(def: SectionDef<Id, M>): SectionDef<Id, M> {
  return def;
}

const facilityWords = (o: Overview) => ({ f: o.facility, place: o.place.name, u: o.place.utility.shortName });

/** " for xAI Colossus 2": whom a power plant generates for, where the data says. */
const generatesFor = (o: Overview) => (o.supplies.length === 0 ? '' : ` for ${o.supplies.map((x) => x.name).join(' and ')}`);

export const SECTIONS = [
  section({
    id: 'overview',
    slug: '',
    label: 'Overview',
    appliesTo: isFacility,
    load: getOverview,
    overviewOf: (o) => o,
    words: (o) => {
      const { f, place, u } = facilityWords(o);
      // a power plant generates power rather than drawing it, and has no water figure to set against anything
      if (f.kind === 'power plant')
        return {
          title: `${f.shortName}, ${place}: gas turbines and the power they generate`,
          description: `${f.name} at ${f.address}: the power its gas turbines are permitted to generate${generatesFor(o)}, set against ${place} homes, with sources.`,
        };
      return {
        title: `${f.shortName}, ${place}: power and water`,
        description: `${f.name} at ${f.address}: grid power, gas turbines${o.water === undefined ? '' : ' and water use'} set against ${place} homes and ${u}, with sources.`,
      };
    },
    openData: true,
    usesScenario: true,
  }),
  section({
    id: 'power',
    slug: 'power',
    label: 'Power',
    appliesTo: hasPowerFigure,
    load: getPowerDetail,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place, u } = facilityWords(m.overview);
      return {
        title: `Power: ${f.shortName}, ${place}`,
        description:
          f.kind === 'power plant'
            ? `${f.name}: the power its gas turbines are permitted to generate${generatesFor(m.overview)} over time, and how many homes use as much electricity by each baseline, with sources.`
            : `${f.name}: grid power and gas turbines over time, how many homes that is by each baseline, and its share of ${u}, with sources.`,
      };
    },
    openData: true,
    usesScenario: true,
  }),
  section({
    id: 'water',
    slug: 'water',
    label: 'Water',
    appliesTo: (id) => findFacility(id)?.water !== undefined,
    load: getWaterDetail,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place, u } = facilityWords(m.overview);
      return {
        title: `Water: ${f.shortName}, ${place}`,
        description: `${f.name}: every report of its daily water use, against homes and ${u}'s pumping, the aquifer, the recycling plant and the water of its electricity, with sources.`,
      };
    },
    openData: true,
    usesScenario: true,
  }),
  section({
    id: 'concerns',
    slug: 'concerns',
    label: 'Concerns',
    appliesTo: (id) => findConcerns(id) !== undefined,
    load: getConcernsDetail,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place } = facilityWords(m.overview);
      const c = m.concerns;
      // only what the page has: a power plant's page has no grid CO2 for the same energy (it generates its own)
      const parts = [
        'its gas turbines and air permit',
        'estimates of their pollution',
        ...(c.gridFactors.length > 0 ? ["the grid's CO2 for the same energy"] : []),
        `the ${c.neighbourhood ? "neighbourhood's" : "area's"} health context${c.energyBurden.length > 0 ? ' and energy burden' : ''}`,
      ];
      return {
        title: `Concerns: ${f.shortName}, ${place}`,
        description: `${f.name}: ${parts.join(', ')}, and the legal record, with sources.`,
      };
    },
    openData: true,
    usesScenario: true,
  }),
  section({
    id: 'claims',
    slug: 'claims',
    label: 'Claims checked',
    appliesTo: (id) => findClaims(id) !== undefined,
    load: getClaimsModel,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place, u } = facilityWords(m.overview);
      return {
        title: `Claims checked: ${f.shortName}, ${place}`,
        description: `Public claims about ${f.name} from the company, ${u}, advocates, public records and the press, each checked against the data by the same rule, with the arithmetic.`,
      };
    },
    openData: true,
    usesScenario: false,
  }),
  section({
    id: 'report',
    slug: 'report',
    label: 'Printable report',
    // every facility has one: a site with little data gets a short report that says what is not known
    appliesTo: isFacility,
    load: getReport,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place } = facilityWords(m.overview);
      const topics = m.answers.air === undefined ? 'power and water' : 'power, water and air';
      return {
        title: `Report: ${f.shortName}, ${place}`,
        description: `A printable report on ${f.name}: its ${topics} answered first, what is not known, and every source.`,
      };
    },
    openData: false,
    usesScenario: true,
  }),
  section({
    id: 'handout',
    slug: 'handout',
    label: 'Handout',
    appliesTo: isFacility,
    load: getFacilityHandout,
    overviewOf: (m) => m.overview,
    words: (m) => {
      const { f, place } = facilityWords(m.overview);
      return {
        title: `Handout: ${f.shortName}, ${place}`,
        description: `A two-page handout on ${f.name}: what it asks of ${place} in electricity, water and air, one chart, and every source with its address.`,
      };
    },
    openData: false,
    usesScenario: true,
  }),
] as const;

export type AnySection = (typeof SECTIONS)[number];
export type SectionId = AnySection['id'];
export type ModelOf<K extends SectionId> = NonNullable<ReturnType<Extract<AnySection, { id: K }>['load']>>;

export function getSection<K extends SectionId>(id: K): Extract<AnySection, { id: K }> {
  return SECTIONS.find((s) => s.id === id) as Extract<AnySection, { id: K }>;
}

/** The sections a facility has, in the order the site links them. */
export function sectionsFor(facilityId: string): AnySection[] {
  return SECTIONS.filter((s) => s.appliesTo(facilityId));
}

/** The section at an address's last part ("" for the overview), if the facility has it. */
export function sectionAt(facilityId: string, slug: string): AnySection | undefined {
  return sectionsFor(facilityId).find((s) => s.slug === slug);
}

/** A section's model for a facility and scenario, with what every model has. */
export function loadSection(s: AnySection, facilityId: string, scenario?: Scenario): (PageModel & { overview: Overview }) | undefined {
  const model = (s.load as (id: string, sc?: Scenario) => PageModel | undefined)(facilityId, scenario);
  if (model === undefined) return undefined;
  return { ...model, overview: (s.overviewOf as (m: PageModel) => Overview)(model) };
}
