/**
 * Everything the concerns page of a facility shows: the turbines over time, what the air
 * permit allows, the estimates of emissions with who made them, the CO2 of the same energy
 * from the grid (by TVA's rate and by EPA's, side by side), the neighbourhood and its
 * health context, energy burden, and the legal record.
 */
import { gridEmissions, inMetricTonnes, timesCap, turbineHistory, type TurbineRow } from '../concerns/air';
import { findConcerns, findFacility, getPlace } from '../data/load';
import { getOverview, type Overview } from './overview';
import { annualEnergyMwh } from '../power/power';
import { type KnownQuantity, type Quantity, unknown } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import type { Concerns, Facility, Place } from '../data/schemas';
import { sourceIdsOf } from '../core/sources';
import { formatDate, formatValue } from '../core/format';

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
    .map((figure) => ({ figure, times: timesCap({ name: figure.label.toLowerCase(), quantity: figure.tonsPerYear }, cap) }));

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
  const shown: Quantity[] = [
    concerns.permit.units,
    ...concerns.permit.limits.map((l) => l.tonsPerYear),
    ...concerns.emissionFigures.map((e) => e.tonsPerYear),
    ...noxAgainstCap.map((r) => r.times),
    ...rows.flatMap((r) => [r.tons, r.tonnes]),
    n.distanceMiles.figure,
    n.blackShare.figure,
    n.medianHouseholdIncomeUsd.figure,
    n.toxicReleaseFacilities.figure,
    h.modelledParticleIncrease.figure,
    h.airToxicsCancerRisk.place,
    h.airToxicsCancerRisk.state,
    h.airToxicsCancerRisk.nation,
    ...concerns.energyBurden.map((b) => b.share),
  ];
  const turbines = turbineHistory(facility, overview.scenario.date);
  const listed = [
    ...concerns.permit.sourceIds,
    ...turbines.flatMap((r) => r.event.sourceIds),
    ...concerns.disagreements.flatMap((d) => d.sourceIds),
    ...n.nearbySources.flatMap((s) => s.sourceIds),
    ...h.statements.flatMap((s) => s.sourceIds),
    ...h.leftOut.flatMap((s) => s.sourceIds),
    ...concerns.legalTimeline.flatMap((e) => e.sourceIds),
  ];

  return {
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
    sourceIds: [...new Set([...sourceIdsOf(shown), ...sourceIdsOf(turbines.flatMap(turbineQuantities)), ...listed])],
  };
}

function turbineQuantities(r: TurbineRow): Quantity[] {
  const all: (Quantity | undefined)[] = [r.reportedCount, r.reportedMw, r.permittedCount, r.permittedMw];
  return all.filter((q) => q !== undefined);
}

/** One sentence for the NOx chart, written from the same figures it draws. */
export function describeNox(detail: ConcernsDetail): string {
  const cap = detail.noxCap.tonsPerYear;
  const others = detail.nox.filter((e) => e !== detail.noxCap && e.tonsPerYear.kind === 'known');
  const lowest = others.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || low(e) < low(a) ? e : a), undefined);
  const highest = others.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || high(e) > high(a) ? e : a), undefined);
  const capText = cap.kind === 'known' ? `${formatValue(cap.value, 'short tons/yr')}` : 'not known';
  if (lowest === undefined || highest === undefined) return `The permit caps NOx at ${capText}.`;
  return (
    `The permit caps NOx at ${capText} for its ${detail.concerns.permit.units.kind === 'known' ? formatValue(detail.concerns.permit.units.value, 'turbines') : 'turbines'}; ` +
    `the other figures run from ${formatValue(low(lowest), 'short tons/yr')} (${lowest.label.toLowerCase()}, ${formatDate(asOf(lowest))}) ` +
    `to ${formatValue(high(highest), 'short tons/yr')} (${highest.label.toLowerCase()}, ${formatDate(asOf(highest))}).`
  );
}

const low = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.low : 0);
const high = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.high : 0);
const asOf = (e: EmissionFigure) => e.tonsPerYear.asOf ?? '';

/** Whether a figure is a range the source gives, rather than one number. */
export function isRange(q: Quantity): q is KnownQuantity {
  return q.kind === 'known' && (q.low !== q.value || q.high !== q.value);
}
