/**
 * Everything the concerns page of a facility shows: the answer to "is the air near me worse?"
 * and the contents (concerns-top.ts), the turbines over time, what the air permit allows, the
 * estimates of emissions with who made them, the CO2 of the same energy from the grid (by TVA's
 * rate and by EPA's, side by side), the neighbourhood and its health context, energy burden, and
 * the legal record with related events at other sites (concerns-legal.ts).
 */
import { gridEmissions, inMetricTonnes, timesCap, turbineHistory, type TurbineRow } from '../concerns/air';
import { findConcerns, findFacility, getPlace, listLandmarks } from '../data/load';
import { distanceMiles } from '../geo/points';
import { getOverview, type Overview } from './overview';
import { annualEnergyMwh } from '../power/power';
import { type KnownQuantity, type Quantity, unknown } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import type { Concerns } from '../data/schemas/concerns';
import type { Facility } from '../data/schemas/facility';
import type { Place } from '../data/schemas/place';
import { citedSourceIdsOf } from '../data/event-dating';
import { type FigureRow, FigureList, pageSourceIds, slugify, uniqueKeys } from './figures';
import { formatDate, formatValue } from '../core/format';
import { type RelatedLegal, relatedLegal } from './concerns-legal';
import { addHealthFigures, type ConcernsHealth, concernsHealth, healthCitedIds } from './concerns-health';
import { type AirAnswer, airAnswer, type ContentsEntry, concernsContents } from './concerns-top';

export type EmissionFigure = Concerns['emissionFigures'][number];

export type GridRow = {
  factor: Concerns['gridFactors'][number];
  tons: Quantity<'short tons/yr'>;
  tonnes: Quantity<'tonnes/yr'>;
};

export type ConcernsDetail = {
  overview: Overview;
  facility: Facility;
  place: Place;
  concerns: Concerns;
  turbines: TurbineRow[];
  nox: EmissionFigure[];
  formaldehyde: EmissionFigure[];
  noxCap: EmissionFigure;
  /** Each other NOx figure as a multiple of the permit's cap. */
  noxAgainstCap: { figure: EmissionFigure; times: Quantity<'ratio'> }[];
  grid: { power: Quantity<'MW'>; powerLabel: string; energy: Quantity<'MWh/yr'>; rows: GridRow[] };
  /** The answer at the top of the page, from the figures below. */
  answer: AirAnswer;
  /** The sections the page shows, for its contents and its headings. */
  contents: ContentsEntry[];
  /** Legal events at other sites that bear on this one, each linked to its entry on that site's page. */
  related: RelatedLegal[];
  /** The straight line from the site's point to the neighbourhood's point on the map, where the map has it (beside a reported distance). */
  neighbourhoodMapMiles: Quantity<'miles'> | undefined;
  /** The health part: damage and deaths for the view's tons scenario, with links to the others (or, for a site that burns no gas, where its tons are counted). */
  healthDamage: ConcernsHealth;
  /** Every figure the page shows, declared once. */
  figures: FigureRow[];
  sourceIds: string[];
};

export function getConcernsDetail(facilityId: string, scenario?: Scenario): ConcernsDetail | undefined {
  const facility = findFacility(facilityId);
  const concerns = findConcerns(facilityId);
  const overview = getOverview(facilityId, scenario);
  if (facility === undefined || concerns === undefined || overview === undefined) return undefined;
  const place = getPlace(facility.placeId);

  const nox = concerns.emissionFigures.filter((e) => e.pollutant === 'NOx');
  const noxCap = nox.find((e) => e.kind === 'permit cap');
  if (noxCap === undefined) throw new Error(`data/concerns/${facilityId}.json has no NOx permit cap`);
  const cap = { name: 'the permit cap for NOx', quantity: noxCap.tonsPerYear };
  const noxAgainstCap = nox
    .filter((e) => e !== noxCap)
    .map((figure) => ({ figure, times: timesCap({ name: lowerFirst(figure.label), quantity: figure.tonsPerYear }, cap) }));

  const supplied = overview.power.find((p) => p.key === 'gridSupplied');
  const power: Quantity<'MW'> = supplied?.power ?? unknown('MW', 'no grid power in service is recorded for this date');
  const powerLabel = supplied?.label ?? 'Grid power in service';
  const energy = annualEnergyMwh({ name: powerLabel.toLowerCase(), quantity: power }, overview.loadFactor);
  const rows: GridRow[] = concerns.gridFactors.map((factor) => {
    const tons = gridEmissions(
      { name: 'electricity in a year', quantity: energy },
      { name: `${factor.label} (${factor.gas})`, quantity: factor.lbPerMwh },
    );
    return { factor, tons, tonnes: inMetricTonnes({ name: `${factor.gas} in short tons`, quantity: tons }) };
  });

  const n = concerns.neighbourhood;
  const h = concerns.health;
  const turbines = turbineHistory(facility, overview.scenario.date);
  const related = relatedLegal(concerns);
  const healthDamage = concernsHealth(facilityId, overview.scenario, overview.scenarioContext);
  if (healthDamage === undefined) return undefined;
  const cited = [
    ...healthCitedIds(healthDamage),
    ...(concerns.air ? [concerns.air.inShort, ...concerns.air.studies] : []).flatMap((s) => s.sourceIds),
    ...concerns.permit.sourceIds,
    ...turbines.flatMap((r) => citedSourceIdsOf(r.event)),
    ...concerns.disagreements.flatMap((d) => d.sourceIds),
    ...(n?.nearbySources ?? []).flatMap((s) => s.sourceIds),
    ...h.statements.flatMap((s) => s.sourceIds),
    ...h.leftOut.flatMap((s) => s.sourceIds),
    ...concerns.legalTimeline.flatMap(citedSourceIdsOf),
    ...related.flatMap((r) => r.events.flatMap(citedSourceIdsOf)),
  ];
  const model = {
    overview,
    facility,
    place,
    concerns,
    turbines,
    nox,
    formaldehyde: concerns.emissionFigures.filter((e) => e.pollutant === 'formaldehyde'),
    noxCap,
    noxAgainstCap,
    grid: { power, powerLabel, energy, rows },
    neighbourhoodMapMiles: mapDistanceTo(facility, n?.name),
    contents: concernsContents(concerns),
    related,
    healthDamage,
  };
  const answer = airAnswer(model);
  const figures = concernsFigures({ ...model, answer });
  return { ...model, answer, figures, sourceIds: pageSourceIds(figures, cited) };
}

/** The map's distance from the facility to a landmark of that name (a neighbourhood's centre point), if the map has one. */
function mapDistanceTo(facility: Facility, name: string | undefined): Quantity<'miles'> | undefined {
  const landmark = listLandmarks().find((l) => l.name === name);
  if (landmark === undefined) return undefined;
  return distanceMiles({ id: facility.id, name: facility.shortName, kind: facility.kind, ...facility.location }, { ...landmark });
}

/** The figures the concerns page shows, declared once (see figures.ts). */
function concernsFigures(d: Omit<ConcernsDetail, 'figures' | 'sourceIds'>): FigureRow[] {
  const list = new FigureList();
  const dates = uniqueKeys(d.turbines.map((t) => t.event.date));
  d.turbines.forEach((t, i) => {
    const id = `air.turbines.${dates[i]}`;
    const what = `${t.event.date}: ${t.event.title}`;
    list
      .add(`${id}.reportedCount`, `${what}: gas turbines reported on site`, t.reportedCount)
      .add(`${id}.reportedMw`, `${what}: capacity of the turbines reported on site`, t.reportedMw)
      .add(`${id}.runningCount`, `${what}: gas turbines seen or reported running`, t.runningCount)
      .add(`${id}.permittedCount`, `${what}: gas turbines permitted`, t.permittedCount)
      .add(`${id}.permittedMw`, `${what}: capacity of the turbines permitted`, t.permittedMw);
  });
  const c = d.concerns;
  for (const s of d.answer.studies) {
    for (const f of s.figures) list.add(`air.studies.${s.id}.${f.id}`, `${s.by} (${s.method}): rise, ${lowerFirst(f.label)}`, f.rise);
  }
  list.add('air.permit.units', `Turbines the air permit allows (${c.permit.issuedBy})`, c.permit.units);
  const limitIds = uniqueKeys(c.permit.limits.map((l) => slugify(l.pollutant)));
  c.permit.limits.forEach((l, i) => {
    list.add(`air.permit.limit.${limitIds[i]}`, `Permit cap: ${l.pollutant}, a year`, l.tonsPerYear, { note: l.note });
  });
  for (const e of c.emissionFigures) {
    list.add(`air.emissions.${e.id}`, `${e.pollutant}: ${e.label}, a year`, e.tonsPerYear, {
      note: `${e.kind}, by ${e.estimatedBy}; basis: ${e.basis}; confidence: ${e.confidence}.`,
    });
  }
  for (const x of d.noxAgainstCap) {
    list.add(`air.emissions.${x.figure.id}.timesCap`, `NOx: ${x.figure.label}, as a multiple of the permit's cap`, x.times);
  }
  list.add('air.grid.energy', `Yearly energy at ${d.grid.powerLabel.toLowerCase()} (at this view's load factor)`, d.grid.energy);
  for (const g of d.grid.rows) {
    const id = `air.grid.${g.factor.id}`;
    list
      .add(`${id}.lbPerMwh`, `${g.factor.label}: ${g.factor.gas} per MWh`, g.factor.lbPerMwh, { note: `Basis: ${g.factor.basis}.` })
      .add(`${id}.tons`, `${g.factor.gas} of the same energy from the grid, by ${g.factor.label}`, g.tons)
      .add(`${id}.tonnes`, `${g.factor.gas} of the same energy from the grid, by ${g.factor.label}, metric`, g.tonnes);
  }
  const n = c.neighbourhood;
  if (n !== undefined) {
    const where = `${n.name} (${n.zip})`;
    list
      .add('neighbourhood.distance', `${where}: distance from the site`, n.distanceMiles)
      .add('neighbourhood.mapDistance', `${where}: straight line between the map's points`, d.neighbourhoodMapMiles)
      .add('neighbourhood.blackShare', `${where}: share of residents who are Black`, n.blackShare)
      .add('neighbourhood.medianIncome', `${where}: median household income`, n.medianHouseholdIncomeUsd)
      .add('neighbourhood.toxicReleaseFacilities', `${where}: industrial facilities reporting toxic releases`, n.toxicReleaseFacilities);
  }
  addHealthFigures(list, d.healthDamage);
  const h = c.health;
  const risk = h.airToxicsCancerRisk;
  if (risk !== undefined) {
    list
      .add('health.airToxicsCancerRisk.place', `Cancer risk from air toxics, here (${risk.study})`, risk.place)
      .add('health.airToxicsCancerRisk.state', `Cancer risk from air toxics, the state (${risk.study})`, risk.state)
      .add('health.airToxicsCancerRisk.nation', `Cancer risk from air toxics, the nation (${risk.study})`, risk.nation);
  }
  const burdenIds = uniqueKeys(c.energyBurden.map((b) => slugify(b.label)));
  c.energyBurden.forEach((b, i) => {
    list.add(`energyBurden.${burdenIds[i]}`, `${b.label}: ${b.measure} (${b.scope})`, b.share, { note: `Study: ${b.study}.` });
  });
  return list.rows;
}

/** One sentence for the NOx chart, written from the same figures it draws. */
export function describeNox(detail: ConcernsDetail): string {
  const cap = detail.noxCap.tonsPerYear;
  const others = detail.nox.filter((e) => e !== detail.noxCap && e.tonsPerYear.kind === 'known');
  const lowest = others.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || low(e) < low(a) ? e : a), undefined);
  const highest = others.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || high(e) > high(a) ? e : a), undefined);
  const units = detail.concerns.permit.units;
  const turbines = units.kind === 'known' ? formatValue(units.value, 'turbines') : 'turbines';
  const first =
    cap.kind === 'known'
      ? `The permit caps NOx at ${formatValue(cap.value, 'short tons/yr')} for its ${turbines}`
      : `The permit's cap on NOx for its ${turbines} was not found`;
  if (lowest === undefined || highest === undefined) return `${first}.`;
  const figure = (e: EmissionFigure, v: number) => `${formatValue(v, 'short tons/yr')} (${lowerFirst(e.label)}, ${formatDate(asOf(e))})`;
  if (others.length === 1)
    return `${first}; the one other figure is ${figure(lowest, lowest.tonsPerYear.kind === 'known' ? lowest.tonsPerYear.value : 0)}.`;
  return `${first}; the other figures run from ${figure(lowest, low(lowest))} to ${figure(highest, high(highest))}.`;
}

/** "Early estimate" → "early estimate", but "xAI's consultants" keeps its capitals: a label inside a sentence. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const low = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.low : 0);
const high = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.high : 0);
const asOf = (e: EmissionFigure) => e.tonsPerYear.asOf ?? '';

/** Whether a figure is a range the source gives, rather than one number. */
export function isRange(q: Quantity): q is KnownQuantity {
  return q.kind === 'known' && (q.low !== q.value || q.high !== q.value);
}
