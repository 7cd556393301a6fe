/**
 * data/health.json: what turns tons of pollution into dollars of health damage and into deaths —
 * dollar values per ton (each with its source, sector or place, dollar year and discount rate, and
 * the case it serves), CPI-U to bring them to one dollar year, the value of a statistical life, the
 * AP-42 emission factors and heat rate for an estimate from turbine size, EPA's decision of January
 * 2026, and the caveats printed beside the figures. The tons themselves are each site's, in
 * data/concerns/<id>.json (`health`).
 */
import { z } from 'zod';

import { confidence, fact, fullIsoDate, isoDate, slug, sourceIds } from './common';

/** The pollutants the health figures count tons of; only some have a dollar value per ton. */
export const POLLUTANTS = ['NOx', 'PM2.5', 'SO2', 'VOC', 'CO', 'formaldehyde'] as const;
export type Pollutant = (typeof POLLUTANTS)[number];

/**
 * The kinds of tons scenario, in the order the `tons` setting lists them: the permit's caps, the
 * operator's (or its consultants') modelling, potential to emit from the advocates' filings, a
 * satellite-derived rate, and this site's estimate from turbine size and AP-42.
 */
export const TONS_KINDS = ['permit', 'model', 'potential', 'satellite', 'estimate'] as const;
export type TonsKind = (typeof TONS_KINDS)[number];

/** The three dollar values per ton a figure is worked with. */
export const CASES = ['low', 'central', 'high'] as const;
export type Case = (typeof CASES)[number];

/** What a dollar value per ton counts: deaths and illness from fine particles, from ozone, or both. */
const effects = z.enum(['PM2.5', 'ozone']);

const year = z.number().int().min(1980).max(2100);

/** The one dollar year every health figure is shown in; its units are in lib/core/units.ts (USD2025…). */
export const HEALTH_DOLLAR_YEAR = 2025;

const words = (max: number) =>
  z
    .string()
    .min(1)
    .refine((s) => s.trim().split(/\s+/).length <= max, { message: `must be a short quotation, at most ${max} words` });

export const PerTonValueSchema = z
  .strictObject({
    id: slug,
    pollutant: z.enum(POLLUTANTS),
    /** The value as its source gives it, in `dollarYear` dollars per `per`. */
    dollars: z.number().positive(),
    per: z.enum(['short ton', 'metric tonne']),
    dollarYear: year,
    /** The date of the figure: when its table was published (YYYY, YYYY-MM or YYYY-MM-DD). */
    asOf: isoDate,
    /** The discount rate applied to deaths that come years after the exposure (0.03 = 3%); null where the source states none. */
    discountRate: z.number().min(0).max(0.1).nullable(),
    /** The year of emissions and population the value is computed for. */
    impactYear: year.optional(),
    /** A national average over a sector ("electricity generating units"), or one place's grid cell. */
    scope: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('national sector'), sector: z.string().min(1) }),
      z.strictObject({ kind: z.literal('place'), placeId: slug, where: z.string().min(1) }),
    ]),
    /** Deaths and illness through fine particles, ozone, or (two records of one case) both. */
    effects,
    /** The case it serves; `cross-check` is shown beside the cases, never added into them. */
    case: z.enum([...CASES, 'cross-check']),
    why: z.string().min(1),
    confidence,
    sourceIds: sourceIds.min(1),
  })
  .superRefine((v, ctx) => {
    if (v.case !== 'cross-check' && v.scope.kind === 'place')
      ctx.addIssue({ code: 'custom', path: ['case'], message: "a place's value is a cross-check: the cases are national values that apply everywhere" });
  });
export type PerTonValue = z.infer<typeof PerTonValueSchema>;

export const Ap42FactorSchema = z.strictObject({
  pollutant: z.enum(POLLUTANTS),
  /** The turbines' combustion controls the factor is for; `any` where AP-42 gives one factor for all. */
  control: z.enum(['uncontrolled', 'lean premix', 'water-steam injection', 'any']),
  lbPerMmbtu: fact('lb/MMBtu'),
  table: z.string().min(1),
  confidence,
});
export type Ap42Factor = z.infer<typeof Ap42FactorSchema>;

export const HealthDataSchema = z
  .strictObject({
    /** The one dollar year of every health figure, and why it was chosen. */
    dollarYear: z.strictObject({ year: z.literal(HEALTH_DOLLAR_YEAR), why: z.string().min(1) }),
    cpi: z.strictObject({
      series: z.string().min(1),
      /** Why converting with CPI-U is only approximate for EPA's values. */
      caveat: z.string().min(1),
      /** Annual averages, one per year. */
      values: z
        .array(z.strictObject({ year, index: z.number().positive(), confidence, sourceIds: sourceIds.min(1), note: z.string().min(1).optional() }))
        .min(1),
    }),
    /** Why each case is what it is: which values it takes and what it leaves out. */
    cases: z.strictObject({ low: z.string().min(1), central: z.string().min(1), high: z.string().min(1) }),
    perTonValues: z.array(PerTonValueSchema).min(1),
    /** Pollutants no dollar value per ton was found for: their tons are shown, never priced. */
    notValued: z.array(z.strictObject({ pollutant: z.enum(POLLUTANTS), why: z.string().min(1) })).default([]),
    vsl: z.strictObject({
      dollars: z.number().positive(),
      dollarYear: year,
      /** The date of the figure; for an undated guidance page, when it was read. */
      asOf: isoDate,
      who: z.string().min(1),
      why: z.string().min(1),
      confidence,
      sourceIds: sourceIds.min(1),
    }),
    ap42: z.strictObject({
      section: z.string().min(1),
      /** What the factors are per: heat input on the higher heating value. */
      basis: z.string().min(1),
      factors: z.array(Ap42FactorSchema).min(1),
      caveat: z.string().min(1),
    }),
    /** The heat rate used to turn megawatts into fuel burned, as its source gives it (kJ per kWh, on the lower heating value). */
    heatRate: z.strictObject({ turbine: z.string().min(1), kjPerKwh: fact('kJ/kWh'), basis: z.literal('LHV'), confidence }),
    /** Higher over lower heating value of natural gas: an assumption, said as one. */
    hhvPerLhv: z.strictObject({ value: z.number().min(1).max(1.2), assumed: z.string().min(1) }),
    /** EPA's decision of January 2026 to stop putting dollars on PM2.5 and ozone benefits, in its own words. */
    epaDecision: z.strictObject({
      date: fullIsoDate,
      rule: z.string().min(1),
      frDocument: z.string().regex(/^\d{4}-\d{5}$/, { message: 'must be a Federal Register document number, like 2026-00677' }),
      docket: z.string().min(1),
      quotation: words(30),
      attributedTo: z.string().min(1),
      whatItMeans: z.string().min(1),
      sourceIds: sourceIds.min(1),
    }),
    /** What the reader must know beside the figures, each resting on its sources where it cites any. */
    caveats: z.array(z.strictObject({ id: slug, text: z.string().min(1), sourceIds: sourceIds.default([]) })).min(1),
    /** What was looked for and not found, so that no one takes its absence for zero. */
    notFound: z.array(z.strictObject({ what: z.string().min(1), why: z.string().min(1), asOf: isoDate.optional() })).default([]),
  })
  .superRefine((h, ctx) => {
    const years = h.cpi.values.map((v) => v.year);
    h.cpi.values.forEach((v, i) => {
      if (years.indexOf(v.year) !== i) ctx.addIssue({ code: 'custom', path: ['cpi', 'values', i, 'year'], message: `duplicate year ${v.year}` });
    });
    const need = [h.dollarYear.year, h.vsl.dollarYear, ...h.perTonValues.map((v) => v.dollarYear)];
    for (const y of new Set(need)) {
      if (!years.includes(y))
        ctx.addIssue({ code: 'custom', path: ['cpi', 'values'], message: `needs the CPI-U of ${y}, a dollar year of a value in this file` });
    }
    const ids = new Set<string>();
    h.perTonValues.forEach((v, i) => {
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: ['perTonValues', i, 'id'], message: `duplicate id "${v.id}"` });
      ids.add(v.id);
    });
    // two records of one pollutant and case are its PM and ozone parts, added together: of one source's dollar year and rate
    for (const c of CASES) {
      for (const p of POLLUTANTS) {
        const parts = h.perTonValues.filter((v) => v.case === c && v.pollutant === p);
        const first = parts[0];
        if (first === undefined) continue;
        const i = h.perTonValues.indexOf(parts[parts.length - 1] as PerTonValue);
        if (parts.length > 2 || new Set(parts.map((v) => v.effects)).size !== parts.length)
          ctx.addIssue({ code: 'custom', path: ['perTonValues', i, 'effects'], message: `${p}, ${c} case: at most one value for PM2.5 and one for ozone` });
        if (parts.some((v) => v.dollarYear !== first.dollarYear || v.discountRate !== first.discountRate || v.per !== first.per))
          ctx.addIssue({
            code: 'custom',
            path: ['perTonValues', i, 'dollarYear'],
            message: `${p}, ${c} case: the parts added together must share one dollar year, discount rate and ton`,
          });
      }
    }
    h.notValued.forEach((n, i) => {
      if (h.perTonValues.some((v) => v.pollutant === n.pollutant && v.case !== 'cross-check'))
        ctx.addIssue({ code: 'custom', path: ['notValued', i, 'pollutant'], message: `${n.pollutant} has a dollar value per ton in perTonValues` });
    });
  });
export type HealthData = z.infer<typeof HealthDataSchema>;
