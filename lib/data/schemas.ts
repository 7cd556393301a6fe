/**
 * zod schemas for every file in data/. Types come from z.infer, never written by hand.
 * Objects are strict (unknown keys are errors), quantities non-negative, dates ISO.
 * Cross-file rules (source ids exist, a facility's place exists) live in data.ts,
 * which knows all files at once.
 */
import { z } from 'zod';

import type { Quantity } from '../core/quantity';
import { type Unit, UNIT_NAMES } from '../core/units';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const isoDate = z
  .string()
  .refine(isRealDate, { message: 'must be an ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no day' });

export const fullIsoDate = isoDate.refine((s) => s.length === 10, { message: 'must be a full ISO date (YYYY-MM-DD)' });

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must be lower-case letters, digits and single hyphens (e.g. "colossus-1")',
});

export const sourceIds = z.array(slug);

export const SourceSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null when the publication date was not recorded: the site then says so. */
  publishedOn: isoDate.nullable(),
  /** null when no address was recorded (e.g. a clipping with no publisher): the site then says so. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The date the value was checked against the page (or the copy named in `via`). */
  accessedOn: fullIsoDate,
  /** Where the page was read, when that was a copy or a secondary source. */
  via: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema).min(1) }).superRefine((file, ctx) => {
  const seen = new Map<string, number>();
  file.sources.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}" (first at sources[${first}])` });
    }
    seen.set(s.id, i);
  });
});

/**
 * A sourced figure in a data file, with its unit fixed by the field it sits in
 * (`gridPowerMw` holds MW). Known: `value` (and `low`/`high` where sources differ),
 * `asOf`, `sourceIds`. Unknown: `value: null` and the `reason` it is not known.
 */
export function fact<U extends Unit>(unit: U) {
  return z
    .strictObject({
      value: z.number().nonnegative().nullable(),
      low: z.number().nonnegative().optional(),
      high: z.number().nonnegative().optional(),
      asOf: isoDate.optional(),
      sourceIds: sourceIds.optional(),
      note: z.string().min(1).optional(),
      reason: z.string().min(1).optional(),
    })
    .superRefine((f, ctx) => {
      if (f.value === null) {
        if (f.reason === undefined)
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an unknown value (value: null) must say why it is unknown' });
        for (const k of ['low', 'high'] as const) {
          if (f[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `an unknown value cannot have a ${k} bound` });
        }
        return;
      }
      if (f.reason !== undefined)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'only an unknown value (value: null) has a reason; use note' });
      if (f.asOf === undefined) ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'a known value needs its as-of date' });
      if (f.sourceIds === undefined || f.sourceIds.length === 0)
        ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: 'a known value needs at least one source id' });
      if (f.low !== undefined && f.low > f.value)
        ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${f.low}) must not exceed value (${f.value})` });
      if (f.high !== undefined && f.high < f.value)
        ctx.addIssue({ code: 'custom', path: ['high'], message: `high (${f.high}) must not be below value (${f.value})` });
      if (unit === 'share' || unit === 'load factor') {
        const top = f.high ?? f.value;
        if (top > 1)
          ctx.addIssue({
            code: 'custom',
            path: [f.high === undefined ? 'value' : 'high'],
            message: `a ${unit} is a fraction from 0 to 1 (got ${top})`,
          });
      }
    })
    .transform((f): Quantity<U> => {
      if (f.value === null) {
        const q: Quantity<U> = { kind: 'unknown', unit, reason: f.reason ?? '', sourceIds: f.sourceIds ?? [] };
        if (f.asOf !== undefined) q.asOf = f.asOf;
        return q;
      }
      const q: Quantity<U> = {
        kind: 'known',
        unit,
        value: f.value,
        low: f.low ?? f.value,
        high: f.high ?? f.value,
        asOf: f.asOf ?? '',
        sourceIds: f.sourceIds ?? [],
      };
      if (f.note !== undefined) q.note = f.note;
      return q;
    });
}

/** The facility's figures that change over time; an event lists only those it changes. */
export const FacilityStateSchema = z
  .strictObject({
    gpuCount: fact('GPUs'),
    gridPowerSuppliedMw: fact('MW'),
    gridPowerApprovedMw: fact('MW'),
    onsiteTurbinesReportedCount: fact('turbines'),
    onsiteTurbinesReportedMw: fact('MW'),
    onsiteTurbineUnitMw: fact('MW/turbine'),
    onsiteTurbinesPermittedCount: fact('turbines'),
    onsiteTurbinesPermittedMw: fact('MW'),
    batteryPowerMw: fact('MW'),
  })
  .partial();
export type FacilityStateChanges = z.infer<typeof FacilityStateSchema>;
export type FacilityStateKey = keyof FacilityStateChanges;

export const TimelineEventSchema = z.strictObject({
  date: isoDate,
  title: z.string().min(1),
  description: z.string().min(1),
  sourceIds: sourceIds.min(1),
  changes: FacilityStateSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const FacilitySchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1),
    shortName: z.string().min(1),
    operator: z.string().min(1),
    address: z.string().min(1),
    neighbourhood: z.string().min(1),
    placeId: slug,
    summary: z.string().min(1),
    addressSourceIds: sourceIds.min(1),
    timeline: z.array(TimelineEventSchema).min(1),
    power: z.strictObject({
      /** An outside estimate of the whole site's power (grid, turbines and batteries). */
      estimatedFacilityPowerMw: fact('MW'),
      expectedMonthlyBillUsd: fact('USD/month'),
      reportedMonthlyElectricBillUsd: fact('USD/month'),
      relatedLoads: z.array(z.strictObject({ label: z.string().min(1), powerMw: fact('MW') })),
    }),
    water: z.strictObject({
      /** The headline figure: expected daily use, with the spread of sources. */
      onsiteUseGallonsPerDay: fact('gal/day'),
      /** Every other report of daily use, each labelled by what it is. */
      reports: z.array(
        z.strictObject({
          label: z.string().min(1),
          kind: z.enum(['expected', 'reported']),
          /** A daily average, or one day's figure (which must not be scaled to a year). */
          period: z.enum(['average', 'single day']),
          gallonsPerDay: fact('gal/day'),
        }),
      ),
      monthlyDrawGallons: fact('gal/month'),
      reportedMonthlyWaterBillUsd: fact('USD/month'),
      waterPriceUsdPer100Gallons: fact('USD/100 gal'),
      recyclingPlant: z.strictObject({
        name: z.string().min(1),
        groundbreakingDate: isoDate,
        groundbreakingSourceIds: sourceIds.min(1),
        capacityGallonsPerDay: fact('gal/day'),
        costUsd: fact('USD'),
        claimedAquiferSavingsGallonsPerYear: fact('gal/yr'),
        claimedShareOfAquiferDraw: fact('share'),
        status: z.string().min(1),
        statusNote: z.string().min(1),
        statusSourceIds: sourceIds.min(1),
      }),
    }),
    /** What the local utility itself said the facility adds to its load. */
    utilityEstimates: z.strictObject({
      electricLoadShare: fact('share'),
      waterUseShare: fact('share'),
    }),
  })
  .superRefine((f, ctx) => {
    f.timeline.forEach((e, i) => {
      const prev = f.timeline[i - 1];
      if (prev !== undefined && e.date < prev.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', i, 'date'],
          message: `events must be in date order: ${e.date} comes after ${prev.date}`,
        });
      }
    });
  });
export type Facility = z.infer<typeof FacilitySchema>;

export const HouseholdBaselineSchema = z.strictObject({
  id: slug,
  label: z.string().min(1),
  scope: z.string().min(1),
  electricityKwhPerMonth: fact('kWh/month'),
  waterGallonsPerDay: fact('gal/day'),
});
export type HouseholdBaseline = z.infer<typeof HouseholdBaselineSchema>;

export const PlaceSchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1),
    region: z.string().min(1),
    cityPopulation: fact('people'),
    cityHouseholds: fact('households'),
    countyPopulation: fact('people'),
    utility: z.strictObject({
      name: z.string().min(1),
      shortName: z.string().min(1),
      electricCustomers: fact('customers'),
      waterCustomers: fact('customers'),
      averageLoadMw: fact('MW'),
      winterPeakMw: fact('MW'),
      summerPeakMw: fact('MW'),
      recordPeakMw: fact('MW'),
      annualSalesMwh: fact('MWh/yr'),
      waterPumpingGallonsPerDay: fact('gal/day'),
      recordWaterDemandGallonsPerDay: fact('gal/day'),
    }),
    grid: z.strictObject({
      name: z.string().min(1),
      shortName: z.string().min(1),
      recordPeakMw: fact('MW'),
    }),
    stateElectricityPrices: z.strictObject({
      industrialUsdPerKwh: fact('USD/kWh'),
      commercialUsdPerKwh: fact('USD/kWh'),
    }),
    aquifer: z.strictObject({
      name: z.string().min(1),
      volumeGallons: fact('gal'),
      countyWithdrawalsGallonsPerDay: fact('gal/day'),
      maxDeclineFeetPerYear: fact('ft/yr'),
      utilityPumpingDeclineGallonsPerDay: fact('gal/day'),
      rechargeGallonsPerDay: fact('gal/day'),
    }),
    householdBaselines: z.array(HouseholdBaselineSchema).min(1),
    /** The baseline used for a single headline figure; the others give its range. */
    defaultHouseholdBaselineId: slug,
    personWaterGallonsPerDay: fact('gal/day'),
  })
  .superRefine((p, ctx) => {
    if (!p.householdBaselines.some((b) => b.id === p.defaultHouseholdBaselineId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultHouseholdBaselineId'],
        message: `"${p.defaultHouseholdBaselineId}" is not one of the householdBaselines ids (${p.householdBaselines.map((b) => b.id).join(', ')})`,
      });
    }
    const u = p.utility;
    const order: [string, typeof u.averageLoadMw, string, typeof u.averageLoadMw][] = [
      ['averageLoadMw', u.averageLoadMw, 'summerPeakMw', u.summerPeakMw],
      ['summerPeakMw', u.summerPeakMw, 'recordPeakMw', u.recordPeakMw],
    ];
    for (const [lowName, lowQ, highName, highQ] of order) {
      if (lowQ.kind === 'known' && highQ.kind === 'known' && lowQ.value > highQ.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['utility', lowName],
          message: `${lowName} (${lowQ.value}) must not exceed ${highName} (${highQ.value})`,
        });
      }
    }
  });
export type Place = z.infer<typeof PlaceSchema>;

export const FactorsSchema = z.strictObject({
  gpuBoardPowerKw: fact('kW/GPU'),
  gpuSystemPowerKw: fact('kW/GPU'),
  powerUsageEffectiveness: fact('ratio'),
  mlgwHomesPerMw: fact('households/MW'),
  offsiteWater: z.strictObject({
    gasCombinedCycleTowerConsumptionGallonsPerMwh: fact('gal/MWh'),
    gasCombinedCycleTowerWithdrawalGallonsPerMwh: fact('gal/MWh'),
    usGridConsumptionLitresPerKwh: fact('L/kWh'),
  }),
});
export type Factors = z.infer<typeof FactorsSchema>;

/**
 * Where a claim's check finds a figure in the data:
 *   facility:<path>   a figure in the facility's file, e.g. facility:water.onsiteUseGallonsPerDay
 *   place:<path>      a figure in its place's file, e.g. place:utility.averageLoadMw
 *   state:<key>@<date> the facility's figure as of a date, e.g. state:gpuCount@2024-09-02
 *   factor:<path>     a figure in data/factors.json
 *   computed:<name>   a figure the site computes (see lib/claim-refs.ts)
 * Whether the path exists is checked when the data is loaded.
 */
export const claimRef = z
  .string()
  .regex(
    /^(facility|place|factor):[A-Za-z0-9.]+$|^state:[A-Za-z]+@\d{4}(-\d{2}(-\d{2})?)?$|^computed:[A-Za-z]+(@\d{4}(-\d{2}(-\d{2})?)?)?$/,
    {
      message: 'must be facility:<path>, place:<path>, factor:<path>, state:<key>@<date> or computed:<name>[@<date>]',
    },
  );

const unitName = z.enum(UNIT_NAMES as [Unit, ...Unit[]]);

/** One figure in a check: a figure in the data, or one given here with its sources, or one with no source found. */
export const OperandSchema = z.union([
  z.strictObject({ label: z.string().min(1), ref: claimRef }),
  z.strictObject({
    label: z.string().min(1),
    unit: unitName,
    value: z.number().positive(),
    low: z.number().positive().optional(),
    high: z.number().positive().optional(),
    asOf: isoDate,
    sourceIds: sourceIds.min(1),
    note: z.string().min(1).optional(),
  }),
  z.strictObject({
    label: z.string().min(1),
    unit: unitName,
    value: z.number().positive(),
    /** No source was found for this figure: say why, and the verdict cannot rest on it. */
    unsourced: z.string().min(1),
  }),
]);
export type Operand = z.infer<typeof OperandSchema>;

/** "about" a figure, or "more than" it. */
const bound = z.enum(['about', 'more than']);

const claimed = z.strictObject({
  value: z.number().positive(),
  low: z.number().positive().optional(),
  high: z.number().positive().optional(),
  unit: unitName,
  bound,
});

export const ClaimCheckSchema = z.discriminatedUnion('kind', [
  /** The claimed figure against one or more figures in the data (their spread is the range). */
  z.strictObject({ kind: z.literal('figure'), claimed, against: z.array(OperandSchema).min(1) }),
  /** Homes whose electricity adds up to a power, for every household baseline, at full use all year. */
  z.strictObject({ kind: z.literal('homes'), power: OperandSchema, claimed }),
  /** A share: part ÷ each whole (their spread is the range). */
  z.strictObject({ kind: z.literal('share'), claimed, part: OperandSchema, wholes: z.array(OperandSchema).min(1) }),
  /** A product of two figures, e.g. GPUs × price. */
  z.strictObject({ kind: z.literal('product'), claimed, factors: z.tuple([OperandSchema, OperandSchema]) }),
  /** A ratio of two figures, e.g. "four times". */
  z.strictObject({ kind: z.literal('ratio'), claimed, numerator: OperandSchema, denominator: OperandSchema }),
  /** A claimed total and count (e.g. 421 MW from 35 turbines): total ÷ count against the figures per unit in the data. */
  z.strictObject({
    kind: z.literal('per unit'),
    total: z.strictObject({ value: z.number().positive(), unit: unitName }),
    count: z.strictObject({ value: z.number().positive(), unit: unitName }),
    perUnit: unitName,
    against: z.array(OperandSchema).min(1),
  }),
]);
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>;

export const ClaimSchema = z.strictObject({
  id: slug,
  /** The claim in our words (a short quotation goes in `quote`). */
  claim: z.string().min(1),
  quote: z.string().min(1).max(160).optional(),
  claimant: z.string().min(1),
  /** Which side the claimant is on, so that readers can see every side is checked the same way. */
  claimantKind: z.enum(['company', 'utility', 'government', 'advocates', 'press', 'public records']),
  date: isoDate,
  sourceIds: sourceIds.min(1),
  topic: z.enum(['power', 'water', 'air', 'computing', 'money']),
  check: ClaimCheckSchema,
  /** What a reader should know beyond the verdict (a caveat, a missing source). */
  note: z.string().min(1).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ClaimsFileSchema = z
  .strictObject({
    facilityId: slug,
    claims: z.array(ClaimSchema).min(1),
    /** Claims of the kind "what was promised" or context that are not figures: named, and where the site covers them. */
    notFigures: z
      .array(
        z.strictObject({
          claim: z.string().min(1),
          claimant: z.string().min(1),
          date: isoDate,
          sourceIds: sourceIds.min(1),
          coverage: z.string().min(1),
        }),
      )
      .default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.claims.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `duplicate claim id "${c.id}"` });
      seen.add(c.id);
    });
  });
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;

/** The dated record of changes to data/: what was added, and every correction with its old and new value. */
export const ChangeLogSchema = z
  .strictObject({
    entries: z
      .array(
        z.strictObject({
          date: fullIsoDate,
          kind: z.enum(['added', 'corrected', 'removed']),
          summary: z.string().min(1),
          /** For a correction: the value before and after, as published. */
          before: z.string().min(1).optional(),
          after: z.string().min(1).optional(),
          files: z
            .array(z.string().regex(/^data\/[a-z0-9/-]+\.json$/, { message: 'must be a path under data/, e.g. data/sources.json' }))
            .min(1),
        }),
      )
      .min(1),
  })
  .superRefine((log, ctx) => {
    log.entries.forEach((e, i) => {
      const prev = log.entries[i - 1];
      if (prev !== undefined && e.date > prev.date)
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'date'],
          message: `entries go newest first: ${e.date} comes after ${prev.date}`,
        });
      if (e.kind === 'corrected' && (e.before === undefined || e.after === undefined))
        ctx.addIssue({ code: 'custom', path: ['entries', i], message: 'a correction must give the value before and after' });
    });
  });
export type ChangeLog = z.infer<typeof ChangeLogSchema>;

/** How a source words a figure it gives only as a bound or an approximation ("more than 90 percent"). */
export const QUALIFIERS = ['about', 'nearly', 'up to', 'more than'] as const;

/** A sourced figure with the source's own qualifier, so that "more than 17" is not shown as "17". */
function qualified<S extends z.ZodType>(figure: S) {
  return z.strictObject({ qualifier: z.enum(QUALIFIERS).optional(), figure });
}

const confidence = z.enum(['high', 'medium', 'low']);

/** A dated statement in the site's own words, resting on its sources; `caveat` says where they are weak. */
const SourcedStatementSchema = z.strictObject({
  topic: z.string().min(1),
  text: z.string().min(1),
  asOf: isoDate,
  sourceIds: sourceIds.min(1),
  confidence,
  caveat: z.string().min(1).optional(),
});
export type SourcedStatement = z.infer<typeof SourcedStatementSchema>;

function inDateOrder<T extends { date: string }>(items: T[], field: string, ctx: z.RefinementCtx) {
  items.forEach((e, i) => {
    const prev = items[i - 1];
    if (prev !== undefined && e.date < prev.date) {
      ctx.addIssue({ code: 'custom', path: [field, i, 'date'], message: `must be in date order: ${e.date} comes after ${prev.date}` });
    }
  });
}

/**
 * What residents have raised about a facility: its air permit and the estimates of its
 * emissions, the neighbourhood and its health context, energy burden, and the legal record.
 * Figures about the wider place (ozone grade, energy burden) sit here too, labelled by scope.
 */
export const ConcernsSchema = z
  .strictObject({
    facilityId: slug,
    permit: z.strictObject({
      issuedBy: z.string().min(1),
      kind: z.string().min(1),
      issuedOn: fullIsoDate,
      expiresOn: fullIsoDate,
      units: fact('turbines'),
      limits: z
        .array(
          z.strictObject({
            pollutant: z.string().min(1),
            qualifier: z.enum(QUALIFIERS).optional(),
            note: z.string().min(1).optional(),
            tonsPerYear: fact('short tons/yr'),
          }),
        )
        .min(1),
      sourceIds: sourceIds.min(1),
    }),
    /** The NOx and formaldehyde figures of the permit and of others, each with who gave it and on what basis. */
    emissionFigures: z
      .array(
        z.strictObject({
          id: slug,
          pollutant: z.enum(['NOx', 'formaldehyde']),
          kind: z.enum(['permit cap', 'estimate', 'what-if']),
          label: z.string().min(1),
          estimatedBy: z.string().min(1),
          basis: z.string().min(1),
          confidence,
          qualifier: z.enum(QUALIFIERS).optional(),
          tonsPerYear: fact('short tons/yr'),
        }),
      )
      .min(1),
    /** Pounds of CO2 (or CO2e) per MWh of grid electricity: different bases, shown side by side, never averaged. */
    gridFactors: z
      .array(
        z.strictObject({
          id: slug,
          label: z.string().min(1),
          gas: z.enum(['CO2', 'CO2e']),
          basis: z.string().min(1),
          lbPerMwh: fact('lb/MWh'),
        }),
      )
      .min(1),
    disagreements: z.array(SourcedStatementSchema),
    neighbourhood: z.strictObject({
      name: z.string().min(1),
      zip: z.string().regex(/^\d{5}$/, { message: 'must be a 5-digit ZIP code' }),
      distanceMiles: qualified(fact('miles')),
      blackShare: qualified(fact('share')),
      medianHouseholdIncomeUsd: qualified(fact('USD/yr')),
      toxicReleaseFacilities: qualified(fact('facilities')),
      nearbySources: z.array(z.strictObject({ name: z.string().min(1), what: z.string().min(1), sourceIds: sourceIds.min(1) })),
    }),
    health: z.strictObject({
      statements: z.array(SourcedStatementSchema).min(1),
      /** Modelled rise in fine particles near the site if xAI's reported emissions are accurate. */
      modelledParticleIncrease: qualified(fact('share')),
      airToxicsCancerRisk: z.strictObject({
        study: z.string().min(1),
        place: fact('per million'),
        state: fact('per million'),
        nation: fact('per million'),
      }),
      /** Claims seen in coverage that the site does not show as figures, and why. */
      leftOut: z.array(z.strictObject({ claim: z.string().min(1), why: z.string().min(1), sourceIds: sourceIds.min(1) })),
    }),
    energyBurden: z
      .array(
        z.strictObject({
          label: z.string().min(1),
          scope: z.string().min(1),
          study: z.string().min(1),
          /** What the share is of: e.g. "median share of income spent on energy". */
          measure: z.string().min(1),
          qualifier: z.enum(QUALIFIERS).optional(),
          share: fact('share'),
        }),
      )
      .min(1),
    legalTimeline: z
      .array(z.strictObject({ date: fullIsoDate, title: z.string().min(1), description: z.string().min(1), sourceIds: sourceIds.min(1) }))
      .min(1),
  })
  .superRefine((c, ctx) => {
    inDateOrder(c.legalTimeline, 'legalTimeline', ctx);
    if (c.permit.expiresOn <= c.permit.issuedOn)
      ctx.addIssue({ code: 'custom', path: ['permit', 'expiresOn'], message: `must come after issuedOn (${c.permit.issuedOn})` });
    if (!c.emissionFigures.some((e) => e.pollutant === 'NOx' && e.kind === 'permit cap'))
      ctx.addIssue({
        code: 'custom',
        path: ['emissionFigures'],
        message: 'needs the permit cap for NOx (pollutant "NOx", kind "permit cap")',
      });
    const seen = new Set<string>();
    c.emissionFigures.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['emissionFigures', i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });
export type Concerns = z.infer<typeof ConcernsSchema>;
