/** data/facilities/<id>.json: one facility, its dated timeline, power, water and what its utility estimated. */
import { z } from 'zod';

import { fact, isoDate, slug, sourceIds } from './common';

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
    /** Turbines seen or reported running at one time (fewer than those on site). */
    onsiteTurbinesRunningCount: fact('turbines'),
    batteryPowerMw: fact('MW'),
    /** The power the company says the site has or uses (its own claim). */
    claimedPowerMw: fact('MW'),
    /** The power independent analysts estimate the site has (from imagery, equipment and filings). */
    estimatedPowerMw: fact('MW'),
    /** The power of the site's computers alone (IT power), as independent analysts estimate it: the site draws more, for cooling and losses. */
    estimatedItPowerMw: fact('MW'),
    /** The same analysts' own ratio of the site's power to its IT power (their PUE), where they give one: it turns their IT figure into the site's. */
    estimatedItPowerPue: fact('ratio'),
  })
  .partial();
export type FacilityStateChanges = z.infer<typeof FacilityStateSchema>;
export type FacilityStateKey = keyof FacilityStateChanges;

export const TimelineEventSchema = z.strictObject({
  date: isoDate,
  title: z.string().min(1),
  description: z.string().min(1),
  /** The sources that report the event, the earliest report first (see lib/data/event-dating.ts). */
  sourceIds: sourceIds.min(1),
  /**
   * Sources for something earlier that the description recalls (a plan announced before, a figure
   * an earlier report gave), not reports of the event: shown after its sources as "earlier report".
   */
  earlierSourceIds: sourceIds.min(1).optional(),
  /** The GPUs by model, where the event's count was broken down (each model must be in data/factors.json). */
  gpuMix: z.array(z.strictObject({ model: z.string().min(1), count: fact('GPUs') })).min(1).optional(),
  /** Set when the source names no site (an approval for xAI's "Memphis-area operations"): pages across sites then do not put it under this facility's name. */
  siteNotNamed: z.literal(true).optional(),
  changes: FacilityStateSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** A data center draws power; a power plant makes it, here for a data center (it has no GPUs and no water use on record). */
export const FACILITY_KINDS = ['data center', 'power plant'] as const;

export const FacilitySchema = z
  .strictObject({
    id: slug,
    kind: z.enum(FACILITY_KINDS),
    name: z.string().min(1),
    shortName: z.string().min(1),
    operator: z.string().min(1),
    address: z.string().min(1),
    neighbourhood: z.string().min(1),
    placeId: slug,
    summary: z.string().min(1),
    addressSourceIds: sourceIds.min(1),
    /** Where it is, for the map and for distances: a point with its source and how exact it is. */
    location: z.strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      asOf: isoDate,
      sourceIds: sourceIds.min(1),
      accuracy: z.string().min(1),
    }),
    /** Facilities whose power this one supplies (a power plant feeding a data center): its megawatts are theirs, not more. */
    supplies: z
      .array(z.strictObject({ facilityId: slug, what: z.string().min(1), sourceIds: sourceIds.min(1) }))
      .default([]),
    /**
     * Set where an outside estimate of another site's power already counts this one in part
     * (Epoch AI's Colossus 2 figure takes in MACROHARDRR): totals then do not add it again, and say why.
     */
    powerCountedWithin: z.strictObject({ facilityId: slug, reason: z.string().min(1), sourceIds: sourceIds.min(1) }).optional(),
    timeline: z.array(TimelineEventSchema).min(1),
    /** The bills for the site's power and the loads it is compared with; absent where none were found. (Outside estimates of its power are timeline events.) */
    power: z
      .strictObject({
      expectedMonthlyBillUsd: fact('USD/month').optional(),
      reportedMonthlyElectricBillUsd: fact('USD/month').optional(),
      /** The first month the reported bills cover (their as-of date is the last). */
      reportedBillsFrom: isoDate.optional(),
      relatedLoads: z.array(z.strictObject({ label: z.string().min(1), powerMw: fact('MW') })),
    })
      .optional(),
    /** Absent where no water figure was found: `waterNotFound` then says so. */
    water: z
      .strictObject({
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
    })
      .optional(),
    /** Why there is no water figure, and where we looked. */
    waterNotFound: z.strictObject({ reason: z.string().min(1), sourceIds: sourceIds }).optional(),
    /** What the local utility itself said the facility adds to its load. */
    utilityEstimates: z
      .strictObject({
        electricLoadShare: fact('share'),
        waterUseShare: fact('share'),
      })
      .optional(),
  })
  .superRefine((f, ctx) => {
    if (f.water === undefined && f.waterNotFound === undefined)
      ctx.addIssue({ code: 'custom', path: ['water'], message: 'give the water figures, or waterNotFound with the reason none was found' });
    if (f.kind === 'power plant' && f.timeline.some((e) => e.changes.gpuCount !== undefined))
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a power plant has no GPUs: its timeline cannot set gpuCount' });
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