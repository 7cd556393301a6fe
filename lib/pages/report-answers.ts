/**
 * The answers a facility's report leads with, each from the figures its pages already declare:
 * its power as homes (for every household baseline) and, where the utility supplies that power,
 * as shares of the utility's load; its water in gallons a day against homes and the utility's
 * pumping; and, where it has a concerns file, its turbines and tons of NOx, permitted and
 * estimated, with who says each. A facility without a figure gets the answer "not known" and the
 * reason its data gives; nothing is special-cased by facility.
 */
import type { KnownQuantity, Quantity } from '../core/quantity';
import { findFacility, listFacilities } from '../data/load';
import type { Concerns } from '../data/schemas/concerns';
import type { ConcernsDetail, EmissionFigure } from './concerns';
import type { AirAnswer as ConcernsAirAnswer } from './concerns-top';
import { type Overview, type PowerFigure, type SupplyLink, waterCaseText } from './overview';
import type { PowerDetail } from './power';
import type { WaterDetail } from './water';
import type { SiteHealth } from '../health/model';
import { HEALTH_HEADING } from './health-heading';
import { scenarioToQuery } from '../scenario/scenario';
import { publicPath, withQuery } from './site';

/** Power figures that only the grid delivers: the ones a utility's load can be shared out to where another site supplies the rest. */
const GRID_KEYS: readonly PowerFigure['key'][] = ['gridSupplied', 'gridApproved'];

export type PowerRow = {
  key: PowerFigure['key'];
  label: string;
  power: KnownQuantity<'MW'>;
  /** Homes using as much electricity in a year, one per household baseline, in the place's order. */
  homes: Quantity<'households'>[];
  /** Shares of the utility's load, only where the utility delivers this power. */
  shares: { averageLoad: Quantity<'share'>; summerPeak: Quantity<'share'> } | undefined;
};

/** A figure the data records as not known (or not recorded at all), with why and where we looked. */
export type NotKnown = { what: string; reason: string; sourceIds: string[] };

/** Another site and what links the two: it supplies this one, this one supplies it, or one's estimate takes in the other. */
export type SiteLink = { facilityId: string; name: string; words: string; sourceIds: string[] };

/** A household baseline as the report's columns name it: its label and the monthly use the homes are counted with. */
export type BaselineColumn = { id: string; label: string; electricity: Quantity<'kWh/month'> };

export type PowerAnswer = {
  /** How the site gets its power: from the utility (its figures are shares of the utility), from another site, or it generates it. */
  supply: 'utility' | 'another site' | 'generates';
  rows: PowerRow[];
  /** The power figures the data gives as not known; when `rows` is empty and this too, no power figure was found at all. */
  unknown: NotKnown[];
  baselines: BaselineColumn[];
  /** The utility's load on an average day and its normal summer peak, where a row is shared out to them. */
  utilityLoads: { averageLoad: Quantity<'MW'>; summerPeak: Quantity<'MW'> } | undefined;
  loadFactor: KnownQuantity<'load factor'>;
  gpus: Quantity<'GPUs'> | undefined;
  suppliedBy: SupplyLink[];
  supplies: SupplyLink[];
  /** This site's power is partly counted inside another site's outside estimate (from `powerCountedWithin`). */
  countedWithin: SiteLink | undefined;
  /** Other sites whose power the estimate shown here partly takes in. */
  takesIn: SiteLink[];
  utilityStated: Quantity<'share'> | undefined;
  /** The row whose arithmetic is printed in full, as a worked example. */
  example: PowerRow | undefined;
  /** A view dated before the site's first power figure: its date, and the date of the first figure since (if any). */
  notYet: { date: string; firstOn: string | undefined } | undefined;
};

export type WaterAnswer =
  | {
      known: true;
      use: Quantity<'gal/day'>;
      /** What the figure is under the view's water case, in words. */
      caseText: string;
      households: Quantity<'households'> | undefined;
      baseline: string | undefined;
      people: Quantity<'people'>;
      shareOfPumping: Quantity<'share'>;
      utilityStated: Quantity<'share'> | undefined;
      recycling: { name: string; capacity: Quantity<'gal/day'>; status: string; statusNote: string; sourceIds: string[] } | undefined;
    }
  | { known: false; reason: string; sourceIds: string[] };

export type NoxRow = { figure: EmissionFigure; times: Quantity<'ratio'> | undefined };

export type ReportAirAnswer = {
  permit: Pick<Concerns['permit'], 'issuedBy' | 'kind' | 'issuedOn' | 'expiresOn' | 'units' | 'sourceIds'>;
  inShort: ConcernsAirAnswer['inShort'];
  turbines: ConcernsAirAnswer['turbines'];
  /** The capacity of the turbines permitted, and the most reported running, where the site is a data center with turbines of its own. */
  turbineMw: { label: string; q: Quantity<'MW'> }[];
  /** The permit's cap, then every estimate of what the turbines emitted, each with who made it and its multiple of the cap. */
  nox: NoxRow[];
  /** "from under the cap to about 24 times it", where the cap and the estimates are known. */
  inWords: string | undefined;
  /** The health damage and deaths of the view's tons (the Concerns page's Health part), where the site burns gas; and its address. */
  health: ReportHealth | undefined;
};

/** What the report shows of the health figures: the ranges in round numbers, whose tons, EPA's decision, where the working is. */
export type ReportHealth = {
  damage: Quantity<'USD2025/yr'>;
  deaths: Quantity<'deaths/yr'>;
  scenarioLabel: string;
  epaDecision: { date: string; sourceIds: string[] };
  href: string;
};

function reportHealth(site: SiteHealth, href: string): ReportHealth {
  const { date, sourceIds } = site.context.epaDecision;
  // EPA's decision as the handouts cite it: its first record (the rule itself), the others are on the Concerns page
  return {
    damage: site.damage.range,
    deaths: site.deaths.range,
    scenarioLabel: site.scenario.label,
    epaDecision: { date, sourceIds: sourceIds.slice(0, 1) },
    href,
  };
}

/** Whether the utility of the site's place delivers its power: not to a power plant (it generates), nor where another site supplies it. */
function supplyOf(o: Overview): PowerAnswer['supply'] {
  if (o.facility.kind === 'power plant') return 'generates';
  return o.suppliedBy.length > 0 ? 'another site' : 'utility';
}

function siteName(id: string): string {
  return findFacility(id)?.name ?? id;
}

export function powerAnswer(o: Overview, power: PowerDetail | undefined): PowerAnswer {
  const supply = supplyOf(o);
  const h = power?.households;
  const rows: PowerRow[] = (h?.figures ?? []).flatMap((f, i) => {
    const shown = o.power.find((p) => p.key === f.key);
    if (shown === undefined || shown.power.kind !== 'known') return [];
    const sharesShown = supply === 'utility' || (supply === 'another site' && GRID_KEYS.includes(f.key as PowerFigure['key']));
    return [
      {
        key: shown.key,
        label: shown.label,
        power: shown.power,
        homes: (h?.rows ?? []).map((r) => r.byEnergy[i] as Quantity<'households'>),
        shares: sharesShown ? { averageLoad: shown.shareOfAverageLoad, summerPeak: shown.shareOfSummerPeak } : undefined,
      },
    ];
  });
  const unknown: NotKnown[] = o.power.flatMap((p) =>
    p.power.kind === 'unknown' ? [{ what: p.label, reason: p.power.reason, sourceIds: p.power.sourceIds }] : [],
  );
  const within = o.facility.powerCountedWithin;
  const estimate = o.power.find((p) => p.key === 'estimated')?.power;
  const takesIn = listFacilities().flatMap((f) => {
    const w = f.powerCountedWithin;
    // only where the estimate shown is the one that takes the other site in (it cites the same source)
    if (w === undefined || w.facilityId !== o.facility.id || estimate === undefined) return [];
    if (!w.sourceIds.some((id) => estimate.sourceIds.includes(id))) return [];
    return [{ facilityId: f.id, name: f.name, words: w.reason, sourceIds: w.sourceIds }];
  });
  return {
    supply,
    rows,
    unknown,
    // the baselines are the columns of the homes counted: none where no figure is
    baselines:
      rows.length === 0
        ? []
        : (h?.rows ?? []).map((r) => ({ id: r.baseline.id, label: r.baseline.label, electricity: r.baseline.electricityKwhPerMonth })),
    utilityLoads: rows.some((r) => r.shares !== undefined)
      ? { averageLoad: o.place.utility.averageLoadMw, summerPeak: o.place.utility.summerPeakMw }
      : undefined,
    loadFactor: o.loadFactor,
    gpus: o.facility.kind === 'data center' ? o.gpus : undefined,
    suppliedBy: o.suppliedBy,
    supplies: o.supplies,
    countedWithin: within && {
      facilityId: within.facilityId,
      name: siteName(within.facilityId),
      words: within.reason,
      sourceIds: within.sourceIds,
    },
    takesIn,
    utilityStated: supply === 'utility' ? o.utilityStatedElectricShare : undefined,
    example: rows.find((r) => r.key === 'gridApproved') ?? rows[0],
    // only for a dated view: at the data's own date, no figure is simply none at all
    notYet:
      o.scenario.date !== undefined && power?.notYet ? { date: power.notYet.date, firstOn: power.notYet.first?.eventDate } : undefined,
  };
}

export function waterAnswer(o: Overview, water: WaterDetail | undefined): WaterAnswer {
  const w = o.water;
  const plant = water?.recycling.plant;
  if (w !== undefined)
    return {
      known: true,
      use: w.use,
      caseText: waterCaseText(o),
      households: w.households,
      baseline: w.baseline?.label,
      people: w.people,
      shareOfPumping: w.shareOfPumping,
      utilityStated: w.utilityStatedShare,
      recycling: plant && {
        name: plant.name,
        capacity: plant.capacityGallonsPerDay,
        status: plant.status,
        statusNote: plant.statusNote,
        sourceIds: plant.statusSourceIds,
      },
    };
  const why = o.waterNotFound;
  return {
    known: false,
    reason: why?.reason ?? `No figure for ${o.facility.shortName}'s water use is in this site's data.`,
    sourceIds: why?.sourceIds ?? [],
  };
}

export function airAnswer(o: Overview, concerns: ConcernsDetail | undefined): ReportAirAnswer | undefined {
  if (concerns === undefined) return undefined;
  const a = concerns.answer;
  // a power plant's permitted turbines are its power, in the answer above; a data center's are turbines beside its grid power
  const turbineMw =
    o.facility.kind === 'power plant'
      ? []
      : o.power.filter((p) => p.key === 'turbinesPermitted' || p.key === 'turbinesReported').map((p) => ({ label: p.label, q: p.power }));
  const nox: NoxRow[] = [
    { figure: concerns.noxCap, times: undefined },
    ...concerns.noxAgainstCap
      .filter((x) => x.figure.kind === 'estimate')
      .map((x) => ({ figure: x.figure, times: x.times.kind === 'known' ? x.times : undefined })),
  ];
  const { issuedBy, kind, issuedOn, expiresOn, units, sourceIds } = concerns.concerns.permit;
  return {
    permit: { issuedBy, kind, issuedOn, expiresOn, units, sourceIds },
    inShort: a.inShort,
    turbines: a.turbines,
    turbineMw,
    nox,
    inWords: a.nox.inWords,
    health:
      concerns.healthDamage.site.kind === 'site'
        ? reportHealth(
            concerns.healthDamage.site,
            `${withQuery(publicPath(o.facility.id, 'concerns'), scenarioToQuery(o.scenario, o.scenarioContext))}#${HEALTH_HEADING.id}`,
          )
        : undefined,
  };
}
