/**
 * The open-data download of a facility: every figure its pages show for a scenario, one
 * row each, with its range, unit, date, sources and (for computed figures) the formula.
 * The rows are read from the same builders the pages use (overview, power, water,
 * concerns, claims), so the pages and the files cannot disagree; nothing is computed here.
 */
import { stringify } from 'csv-stringify/sync';

import { type ClaimResult, type ClaimsLedger, getClaims, type Verdict } from '../claims/ledger';
import { type ConcernsDetail, getConcernsDetail } from './concerns';
import { getSource } from '../data/load';
import { describeScenario, getOverview, type Overview } from './overview';
import { getPowerDetail, type PowerDetail } from './power';
import type { Quantity } from '../core/quantity';
import type { Scenario } from '../scenario/scenario';
import type { QUALIFIERS, Source } from '../data/schemas';
import type { SectionKey } from './sections';
import { publicPath, withQuery } from './site';
import { UNITS, type Unit } from '../core/units';
import { getWaterDetail, type WaterDetail } from './water';

export const LICENCE = "Data: CC BY 4.0, Data-center impact project; each figure's own source keeps its terms.";

/** Written where a source has no recorded address, in the CSV's source_urls column. */
export const NO_ADDRESS = 'address not recorded';

export type FigureKind = 'sourced' | 'computed' | 'assumed' | 'unknown';

export type OpenDataRow = {
  /** Stable across scenarios and downloads, e.g. `power.gridApproved.households`. */
  id: string;
  section: Exclude<SectionKey, 'report'>;
  /** The public page the figure is shown on, with the scenario's query. */
  page: string;
  label: string;
  kind: FigureKind;
  /** The source's own wording when it gives only a bound or an approximation ("more than"). */
  qualifier: (typeof QUALIFIERS)[number] | null;
  /** Null when the figure is not known (see `unknownReason`). Shares are fractions: 0.15 is 15%. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  unitWords: string;
  /** ISO date, possibly partial (YYYY or YYYY-MM); "" for an assumption of this site. */
  asOf: string;
  sourceIds: string[];
  /** One per source id, in the same order; null where the source has no recorded address. */
  sourceUrls: (string | null)[];
  formula: string | null;
  unknownReason: string | null;
  note: string | null;
  /** Claims rows only: the verdict on the claim. */
  verdict: Verdict | null;
};

export type OpenDataClaim = {
  id: string;
  claim: string;
  claimant: string;
  claimantKind: string;
  date: string;
  sourceIds: string[];
  verdict: Verdict;
  reason: string;
  claimed: OpenDataRow;
  data: OpenDataRow;
};

export type OpenDataFile = {
  facilityId: string;
  facilityName: string;
  scenario: {
    /** The canonical query string of the scenario ("" for the defaults). */
    query: string;
    /** The scenario in words, one phrase per setting. */
    words: string[];
  };
  /** ISO date the file was generated. */
  generated: string;
  licence: string;
  figures: OpenDataRow[];
  claims: OpenDataClaim[];
  sources: { id: string; title: string; publisher: string; url: string | null }[];
};

export type OpenDataParts = {
  overview: Overview;
  power: PowerDetail;
  water: WaterDetail;
  concerns: ConcernsDetail | undefined;
  claims: ClaimsLedger | undefined;
};

type Extra = { qualifier?: OpenDataRow['qualifier'] | undefined; note?: string | undefined; verdict?: Verdict };

/** Lower-case words joined by hyphens, for ids made from a label. */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function kindOf(q: Quantity): FigureKind {
  if (q.kind === 'unknown') return 'unknown';
  if (q.isAssumption === true) return 'assumed';
  return q.derivation === undefined ? 'sourced' : 'computed';
}

/** Collects rows; a figure shown on two pages is kept once, and the two must agree. */
class Rows {
  readonly rows: OpenDataRow[] = [];
  private readonly byId = new Map<string, OpenDataRow>();
  constructor(
    private readonly facilityId: string,
    private readonly query: string,
    private readonly sourceOf: (id: string) => Source,
  ) {}

  toRow(id: string, section: OpenDataRow['section'], label: string, q: Quantity, extra: Extra = {}): OpenDataRow {
    const k = q.kind === 'known' ? q : undefined;
    const note = [k?.note, extra.note].filter((n) => n !== undefined && n !== '').join(' ');
    return {
      id,
      section,
      page: withQuery(publicPath(this.facilityId, section), this.query),
      label,
      kind: kindOf(q),
      qualifier: extra.qualifier ?? null,
      value: k?.value ?? null,
      low: k?.low ?? null,
      high: k?.high ?? null,
      unit: q.unit,
      unitWords: UNITS[q.unit].long,
      asOf: q.asOf ?? '',
      sourceIds: [...q.sourceIds],
      sourceUrls: q.sourceIds.map((s) => this.sourceOf(s).url),
      formula: k?.derivation?.formula ?? null,
      unknownReason: q.kind === 'unknown' ? q.reason : null,
      note: note === '' ? null : note,
      verdict: extra.verdict ?? null,
    };
  }

  add(id: string, section: OpenDataRow['section'], label: string, q: Quantity | undefined, extra: Extra = {}): void {
    if (q === undefined) return;
    const row = this.toRow(id, section, label, q, extra);
    const seen = this.byId.get(id);
    if (seen !== undefined) {
      if (seen.value !== row.value || seen.low !== row.low || seen.high !== row.high || seen.unit !== row.unit) {
        throw new Error(`Open data: figure "${id}" is given twice with different values`);
      }
      return;
    }
    this.byId.set(id, row);
    this.rows.push(row);
  }
}

/** "2025-07-02", then "2025-07-02-2" for a second event on the same day. */
function uniqueKeys(keys: string[]): string[] {
  const count = new Map<string, number>();
  return keys.map((k) => {
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}

function overviewRows(r: Rows, o: Overview): void {
  const s = 'overview';
  r.add('scenario.loadFactor', s, 'Load factor (average power ÷ each figure), set by this view', o.loadFactor);
  r.add('facility.gpus', s, 'GPUs on site', o.gpus);
  for (const p of o.power) {
    const id = `power.${p.key}`;
    r.add(`${id}.mw`, s, p.label, p.power);
    r.add(
      `${id}.households`,
      s,
      `${p.label}: homes using as much electricity in a year (${o.defaultBaseline.label}; range over all baselines)`,
      p.households.overall,
    );
    r.add(`${id}.shareOfAverageLoad`, s, `${p.label}: share of ${o.place.utility.shortName}'s average load`, p.shareOfAverageLoad);
    r.add(`${id}.shareOfSummerPeak`, s, `${p.label}: share of ${o.place.utility.shortName}'s normal summer peak`, p.shareOfSummerPeak);
  }
  const u = o.place.utility.shortName;
  r.add(
    'power.utilityStatedElectricShare',
    s,
    `${u}'s own estimate of the facility's share of its daily electric load`,
    o.utilityStatedElectricShare,
  );
  const w = o.water;
  r.add('water.onsiteUse', s, 'On-site water drawn from the aquifer, a day (this view’s water case)', w.use);
  if (w.baseline !== undefined) r.add('water.households', s, `Homes using as much water (${w.baseline.label})`, w.households);
  r.add('water.people', s, 'People using as much water at home', w.people);
  r.add('water.shareOfPumping', s, `Share of ${u}'s daily pumping`, w.shareOfPumping);
  r.add('water.shareOfRecordDay', s, `Share of ${u}'s record day of water demand`, w.shareOfRecordDay);
  r.add('water.utilityStatedShare', s, `${u}'s own estimate of the facility's share of its water`, w.utilityStatedShare);
  const place = o.place;
  r.add('utility.averageLoadMw', s, `${u}'s average load`, place.utility.averageLoadMw);
  r.add('utility.summerPeakMw', s, `${u}'s normal summer peak`, place.utility.summerPeakMw);
  r.add('utility.waterPumping', s, `${u}'s daily water pumping`, place.utility.waterPumpingGallonsPerDay);
  r.add('utility.recordWaterDemand', s, `${u}'s record day of water demand`, place.utility.recordWaterDemandGallonsPerDay);
  r.add('place.personWater', s, 'Water one person uses at home, a day', place.personWaterGallonsPerDay);
}

function powerRows(r: Rows, d: PowerDetail): void {
  const s = 'power';
  const h = d.households;
  for (const row of h.rows) {
    const b = row.baseline;
    r.add(`household.${b.id}.electricityMonthly`, s, `${b.label}: electricity a month`, b.electricityKwhPerMonth);
    r.add(`household.${b.id}.annualKwh`, s, `${b.label}: electricity a year`, row.annualKwh);
    r.add(`household.${b.id}.averageKw`, s, `${b.label}: average power over a year`, row.averageKw);
    h.figures.forEach((f, i) => {
      r.add(`power.${f.key}.households.byPower.${b.id}`, s, `${f.label}: homes by average power (${b.label})`, row.byPower[i]);
      r.add(`power.${f.key}.households.byEnergy.${b.id}`, s, `${f.label}: homes by yearly energy (${b.label})`, row.byEnergy[i]);
    });
  }
  r.add('factor.homesPerMw', s, `${d.place.utility.shortName}'s rule of thumb: homes per MW`, h.homesPerMw);
  h.figures.forEach((f, i) => {
    r.add(`power.${f.key}.households.ruleOfThumb`, s, `${f.label}: homes by ${d.place.utility.shortName}'s homes per MW`, h.ruleOfThumb[i]);
    r.add(`power.${f.key}.households`, s, `${f.label}: homes (spread over the household baselines)`, h.spread[i]);
  });

  const u = d.place.utility.shortName;
  const g = d.place.grid.shortName;
  for (const c of d.city.rows) {
    const id = c.kind === 'facility' ? `power.${c.key}` : `power.${c.key === 'estimated' ? 'estimatedWholeSite' : c.key}`;
    const what = c.kind === 'other site' ? `${c.label} (another site)` : c.label;
    r.add(`${id}.mw`, s, what, c.power);
    r.add(`${id}.shareOfAverageLoad`, s, `${what}: share of ${u}'s average load`, c.shareOfAverageLoad);
    r.add(`${id}.shareOfSummerPeak`, s, `${what}: share of ${u}'s normal summer peak`, c.shareOfSummerPeak);
    r.add(`${id}.shareOfRecordPeak`, s, `${what}: share of ${u}'s record peak`, c.shareOfRecordPeak);
    r.add(`${id}.shareOfGridRecordPeak`, s, `${what}: share of ${g}'s record peak`, c.shareOfGridRecordPeak);
  }
  r.add('utility.recordPeakMw', s, `${u}'s record peak`, d.place.utility.recordPeakMw);
  r.add('grid.recordPeakMw', s, `${g}'s record peak`, d.place.grid.recordPeakMw);
  r.add('utility.annualSalesMwh', s, `${u}'s yearly electricity sales`, d.place.utility.annualSalesMwh);
  r.add('utility.salesAverageMw', s, `${u}'s yearly sales as an average power`, d.city.salesAverageMw);
  const approved = d.households.figures.find((f) => f.label === d.city.annualEnergyLabel);
  const key = approved?.key ?? 'gridApproved';
  r.add(
    `power.${key}.annualEnergy`,
    s,
    `Yearly energy at ${d.city.annualEnergyLabel.toLowerCase()} (at this view's load factor)`,
    d.city.annualEnergy,
  );
  r.add(
    `power.${key}.shareOfAnnualSales`,
    s,
    `Yearly energy at ${d.city.annualEnergyLabel.toLowerCase()}: share of ${u}'s yearly sales`,
    d.city.shareOfAnnualSales,
  );

  const b = d.bottomUp;
  r.add('factor.gpuBoardKw', s, 'Power per GPU, chip only', b.gpuBoardKw);
  r.add('factor.gpuSystemKw', s, 'Power per GPU, whole server', b.gpuSystemKw);
  r.add('factor.pue', s, 'Power usage effectiveness (PUE) for the bottom-up check', b.pue);
  const dates = uniqueKeys(b.rows.map((row) => row.date));
  b.rows.forEach((row, i) => {
    const id = `power.bottomUp.${dates[i]}`;
    r.add(`${id}.gpus`, s, `${row.label}: GPUs`, row.gpus);
    r.add(`${id}.gpuOnlyMw`, s, `${row.label}: power of the GPUs alone`, row.gpuOnlyMw);
    r.add(`${id}.computersMw`, s, `${row.label}: power of the computers`, row.computersMw);
    r.add(`${id}.facilityMw`, s, `${row.label}: power of the whole facility (computers × PUE)`, row.facilityMw);
  });
  const supplyDates = uniqueKeys(d.supply.map((row) => row.event.date));
  d.supply.forEach((row, i) => {
    const id = `power.supply.${supplyDates[i]}`;
    const what = `${row.event.date}: ${row.event.title}`;
    r.add(`${id}.gridMw`, s, `${what}: grid power in service`, row.grid);
    r.add(`${id}.turbinesMw`, s, `${what}: gas turbines ${row.turbineBasis}`, row.turbines);
    r.add(`${id}.gridShare`, s, `${what}: grid's share of the supply`, row.gridShare);
  });
  const bills = d.bills;
  r.add('power.bills.reportedMonthly', s, 'Reported monthly electricity bill', bills.reported);
  r.add('power.bills.expectedMonthly', s, 'Expected monthly electricity bill', bills.expected);
  r.add('power.bills.price', s, 'Price of electricity assumed for the bills', bills.price);
  r.add('power.bills.reportedEnergy', s, 'Energy the reported bills pay for, a month', bills.reportedEnergy);
  r.add('power.bills.reportedAverageMw', s, 'Average power the reported bills pay for', bills.reportedAverageMw);
  r.add('power.bills.expectedAverageMw', s, 'Average power the expected bill pays for', bills.expectedAverageMw);
  r.add('power.bills.gridInServiceAtBills', s, 'Grid power in service when the bills were reported', bills.gridInServiceAtBills);
}

function waterRows(r: Rows, d: WaterDetail): void {
  const s = 'water';
  const ids = uniqueKeys(d.reports.map((x) => slugify(x.label)));
  d.reports.forEach((x, i) => {
    const id = `water.report.${ids[i]}`;
    const note = { note: `Kind: ${x.kind}.` };
    r.add(`${id}.perDay`, s, `${x.label}, a day`, x.perDay, note);
    r.add(`${id}.perYear`, s, `${x.label}, a year`, x.perYear, note);
  });
  r.add(
    'water.shareOfCountyWithdrawals',
    s,
    'On-site water: share of groundwater withdrawals in the county',
    d.comparisons.shareOfCountyWithdrawals,
  );
  const a = d.aquifer;
  r.add('aquifer.volume', s, 'Water held in the aquifer', a.volumeGallons);
  r.add('aquifer.countyWithdrawals', s, 'Groundwater withdrawals in the county, a day', a.countyWithdrawalsGallonsPerDay);
  r.add('aquifer.maxDecline', s, 'Largest decline of the water level, a year', a.maxDeclineFeetPerYear);
  r.add('aquifer.utilityPumpingDecline', s, 'Decline in the utility’s pumping, a day', a.utilityPumpingDeclineGallonsPerDay);
  r.add('aquifer.recharge', s, 'Recharge of the aquifer, a day', a.rechargeGallonsPerDay);
  const rc = d.recycling;
  const name = rc.plant.name;
  r.add('water.recycling.capacity', s, `${name}: capacity, a day`, rc.plant.capacityGallonsPerDay, { note: `Status: ${rc.plant.status}.` });
  r.add('water.recycling.capacityPerYear', s, `${name}: capacity, a year`, rc.capacityPerYear);
  r.add('water.recycling.shareOfPumping', s, `${name}: capacity as a share of the utility's daily pumping`, rc.shareOfPumping);
  r.add('water.recycling.timesFacilityUse', s, `${name}: capacity ÷ the facility's expected water use`, rc.timesFacilityUse);
  r.add('water.recycling.cost', s, `${name}: cost`, rc.plant.costUsd);
  r.add(
    'water.recycling.claimedSavingsPerYear',
    s,
    `${name}: claimed saving of aquifer water, a year`,
    rc.plant.claimedAquiferSavingsGallonsPerYear,
  );
  r.add(
    'water.recycling.claimedShareOfAquiferDraw',
    s,
    `${name}: claimed share of the aquifer draw it replaces`,
    rc.plant.claimedShareOfAquiferDraw,
  );
  const rows = d.offsite.rows;
  const keys = uniqueKeys(rows.map((x) => `${x.measure}.${slugify(x.label)}`));
  rows.forEach((x, i) => {
    const id = `water.offsite.${keys[i]}`;
    r.add(`${id}.perMwh`, s, `${x.label}: water ${x.measure === 'consumption' ? 'consumed' : 'withdrawn'} per MWh`, x.perMwh);
    r.add(
      `${id}.perDay`,
      s,
      `${x.label}: water ${x.measure === 'consumption' ? 'consumed' : 'withdrawn'} a day for the facility's electricity (${d.offsite.powerLabel.toLowerCase()})`,
      x.perDay,
    );
  });
}

function concernsRows(r: Rows, d: ConcernsDetail): void {
  const s = 'concerns';
  const dates = uniqueKeys(d.turbines.map((t) => t.event.date));
  d.turbines.forEach((t, i) => {
    const id = `air.turbines.${dates[i]}`;
    const what = `${t.event.date}: ${t.event.title}`;
    r.add(`${id}.reportedCount`, s, `${what}: gas turbines reported on site`, t.reportedCount);
    r.add(`${id}.reportedMw`, s, `${what}: capacity of the turbines reported on site`, t.reportedMw);
    r.add(`${id}.permittedCount`, s, `${what}: gas turbines permitted`, t.permittedCount);
    r.add(`${id}.permittedMw`, s, `${what}: capacity of the turbines permitted`, t.permittedMw);
  });
  const c = d.concerns;
  r.add('air.permit.units', s, `Turbines the air permit allows (${c.permit.issuedBy})`, c.permit.units);
  const limitIds = uniqueKeys(c.permit.limits.map((l) => slugify(l.pollutant)));
  c.permit.limits.forEach((l, i) => {
    r.add(`air.permit.limit.${limitIds[i]}`, s, `Permit cap: ${l.pollutant}, a year`, l.tonsPerYear, {
      qualifier: l.qualifier,
      note: l.note,
    });
  });
  for (const e of c.emissionFigures) {
    r.add(`air.emissions.${e.id}`, s, `${e.pollutant}: ${e.label}, a year`, e.tonsPerYear, {
      qualifier: e.qualifier,
      note: `${e.kind}, by ${e.estimatedBy}; basis: ${e.basis}; confidence: ${e.confidence}.`,
    });
  }
  for (const x of d.noxAgainstCap) {
    r.add(`air.emissions.${x.figure.id}.timesCap`, s, `NOx: ${x.figure.label}, as a multiple of the permit's cap`, x.times);
  }
  r.add('air.grid.energy', s, `Yearly energy at ${d.grid.powerLabel.toLowerCase()} (at this view's load factor)`, d.grid.energy);
  for (const g of d.grid.rows) {
    const id = `air.grid.${g.factor.id}`;
    r.add(`${id}.lbPerMwh`, s, `${g.factor.label}: ${g.factor.gas} per MWh`, g.factor.lbPerMwh, { note: `Basis: ${g.factor.basis}.` });
    r.add(`${id}.tons`, s, `${g.factor.gas} of the same energy from the grid, by ${g.factor.label}`, g.tons);
    r.add(`${id}.tonnes`, s, `${g.factor.gas} of the same energy from the grid, by ${g.factor.label}, metric`, g.tonnes);
  }
  const n = c.neighbourhood;
  const where = `${n.name} (${n.zip})`;
  r.add('neighbourhood.distance', s, `${where}: distance from the site`, n.distanceMiles.figure, { qualifier: n.distanceMiles.qualifier });
  r.add('neighbourhood.blackShare', s, `${where}: share of residents who are Black`, n.blackShare.figure, {
    qualifier: n.blackShare.qualifier,
  });
  r.add('neighbourhood.medianIncome', s, `${where}: median household income`, n.medianHouseholdIncomeUsd.figure, {
    qualifier: n.medianHouseholdIncomeUsd.qualifier,
  });
  r.add(
    'neighbourhood.toxicReleaseFacilities',
    s,
    `${where}: industrial facilities reporting toxic releases`,
    n.toxicReleaseFacilities.figure,
    {
      qualifier: n.toxicReleaseFacilities.qualifier,
    },
  );
  const h = c.health;
  r.add('health.modelledParticleIncrease', s, 'Modelled rise in fine particles near the site', h.modelledParticleIncrease.figure, {
    qualifier: h.modelledParticleIncrease.qualifier,
  });
  const risk = h.airToxicsCancerRisk;
  r.add('health.airToxicsCancerRisk.place', s, `Cancer risk from air toxics, here (${risk.study})`, risk.place);
  r.add('health.airToxicsCancerRisk.state', s, `Cancer risk from air toxics, the state (${risk.study})`, risk.state);
  r.add('health.airToxicsCancerRisk.nation', s, `Cancer risk from air toxics, the nation (${risk.study})`, risk.nation);
  const burdenIds = uniqueKeys(c.energyBurden.map((b) => slugify(b.label)));
  c.energyBurden.forEach((b, i) => {
    r.add(`energyBurden.${burdenIds[i]}`, s, `${b.label}: ${b.measure} (${b.scope})`, b.share, {
      qualifier: b.qualifier,
      note: `Study: ${b.study}.`,
    });
  });
}

function claimRows(r: Rows, ledger: ClaimsLedger): OpenDataClaim[] {
  const s = 'claims';
  return ledger.results.map((res: ClaimResult) => {
    const c = res.claim;
    const base = `claims.${c.id}`;
    const verdict = { verdict: res.verdict, note: res.reason };
    r.add(`${base}.claimed`, s, `Claimed by ${c.claimant}: ${c.claim}`, res.claimed, verdict);
    r.add(`${base}.data`, s, `What the data says: ${c.claim}`, res.figure, verdict);
    return {
      id: c.id,
      claim: c.claim,
      claimant: c.claimant,
      claimantKind: c.claimantKind,
      date: c.date,
      sourceIds: c.sourceIds,
      verdict: res.verdict,
      reason: res.reason,
      claimed: r.toRow(`${base}.claimed`, s, `Claimed by ${c.claimant}: ${c.claim}`, res.claimed, verdict),
      data: r.toRow(`${base}.data`, s, `What the data says: ${c.claim}`, res.figure, verdict),
    };
  });
}

/**
 * Every figure of the parts, one row each, with the file's metadata. Pure: the parts come
 * from the page builders, `sourceOf` resolves a source id, and `generated` is the date.
 */
export function buildOpenData(parts: OpenDataParts, opts: { generated: string; sourceOf: (id: string) => Source }): OpenDataFile {
  const o = parts.overview;
  const r = new Rows(o.facility.id, o.scenarioQuery, opts.sourceOf);
  overviewRows(r, o);
  powerRows(r, parts.power);
  waterRows(r, parts.water);
  if (parts.concerns !== undefined) concernsRows(r, parts.concerns);
  const claims = parts.claims === undefined ? [] : claimRows(r, parts.claims);
  const sourceIds = [...new Set(r.rows.flatMap((row) => row.sourceIds))].sort();
  return {
    facilityId: o.facility.id,
    facilityName: o.facility.name,
    scenario: { query: o.scenarioQuery, words: describeScenario(o) },
    generated: opts.generated,
    licence: LICENCE,
    figures: r.rows,
    claims,
    sources: sourceIds.map((id) => {
      const src = opts.sourceOf(id);
      return { id, title: src.title, publisher: src.publisher, url: src.url };
    }),
  };
}

/** The open data of a facility for a scenario (the defaults when none is given); undefined for an unknown facility. */
export function getOpenData(facilityId: string, scenario: Scenario | undefined, generated: string): OpenDataFile | undefined {
  const overview = getOverview(facilityId, scenario);
  const power = getPowerDetail(facilityId, scenario);
  const water = getWaterDetail(facilityId, scenario);
  if (overview === undefined || power === undefined || water === undefined) return undefined;
  const parts = { overview, power, water, concerns: getConcernsDetail(facilityId, scenario), claims: getClaims(facilityId) };
  return buildOpenData(parts, { generated, sourceOf: getSource });
}

export const CSV_COLUMNS = [
  'id',
  'section',
  'label',
  'kind',
  'qualifier',
  'value',
  'low',
  'high',
  'unit',
  'unit_words',
  'as_of',
  'source_ids',
  'source_urls',
  'formula',
  'unknown_reason',
  'note',
  'verdict',
  'page',
] as const;

/** Lists inside a cell (source ids, their addresses) are joined with this. */
export const LIST_SEPARATOR = ' | ';

/** A metadata line: one line, whatever the text holds. */
function commentLine(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}`;
}

/** The metadata lines that open the CSV, each starting with "# ". */
export function csvMetadataLines(file: OpenDataFile): string[] {
  return [
    commentLine(`Open data: ${file.facilityName} (${file.facilityId})`),
    commentLine(`Scenario: ${file.scenario.query === '' ? 'default' : file.scenario.query}`),
    commentLine(`Scenario in words: ${file.scenario.words.join('; ')}`),
    commentLine(`Generated: ${file.generated}`),
    commentLine(file.licence),
    commentLine(
      'Shares are fractions (0.15 = 15%). Computed values are not rounded. An unknown figure has no value and gives its reason. Read with pandas: pd.read_csv(path, comment="#")',
    ),
  ];
}

/**
 * The CSV: metadata lines starting with "# ", a header, then one row per figure. Cells are
 * written by csv-stringify: quoted where they hold a comma, quote or line break, quoted where
 * they hold "#" (so that a reader skipping "#" comments does not cut them), and a cell that
 * starts with =, +, -, @, a tab or a carriage return is prefixed with ' so that a spreadsheet
 * shows it as text instead of running it as a formula.
 */
export function toCsv(file: OpenDataFile): string {
  const num = (n: number | null) => (n === null ? '' : n);
  const records = file.figures.map((f) => [
    f.id,
    f.section,
    f.label,
    f.kind,
    f.qualifier ?? '',
    num(f.value),
    num(f.low),
    num(f.high),
    f.unit,
    f.unitWords,
    f.asOf,
    f.sourceIds.join(LIST_SEPARATOR),
    f.sourceUrls.map((u) => u ?? NO_ADDRESS).join(LIST_SEPARATOR),
    f.formula ?? '',
    f.unknownReason ?? '',
    f.note ?? '',
    f.verdict ?? '',
    f.page,
  ]);
  const body = stringify([[...CSV_COLUMNS], ...records], {
    escape_formulas: true,
    quoted_match: /#/,
    record_delimiter: 'unix',
  });
  return `${csvMetadataLines(file).join('\n')}\n${body}`;
}

/** JSON that is inert anywhere: "<", ">" and "&" are written as \u escapes, which any JSON reader turns back. */
export function toJson(file: OpenDataFile | object): string {
  return JSON.stringify(file, null, 2).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short tag for file names: "default", or the scenario's query made safe ("loadFactor-0.5_household-us"). */
export function scenarioTag(query: string): string {
  if (query === '') return 'default';
  return query
    .replace(/=/g, '-')
    .replace(/&/g, '_')
    .replace(/[^A-Za-z0-9._-]/g, '');
}
