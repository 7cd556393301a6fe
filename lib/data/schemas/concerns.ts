/** data/concerns/<facility id>.json: what residents have raised about a facility. */
import { z } from 'zod';

import { confidence, fact, fullIsoDate, inDateOrder, isoDate, slug, SourcedStatementSchema, sourceIds } from './common';
import { SiteTonsSchema } from './tons';

/** Text in words, with no digits: where a number belongs, it is a figure with its source and date. */
const noDigits = z
  .string()
  .min(1)
  .refine((s) => !/\d/.test(s), { message: 'must have no digits: give a number as a figure, with its source and date' });

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
      /** When the permit expires; absent where the permit's term was not found. */
      expiresOn: fullIsoDate.optional(),
      units: fact('turbines'),
      limits: z
        .array(
          z.strictObject({
            /** For the health figures' scenarios to name the cap by (`tons.scenarios[].pollutants[].permitLimitId`). */
            id: slug.optional(),
            pollutant: z.string().min(1),
            note: z.string().min(1).optional(),
            tonsPerYear: fact('short tons/yr'),
          }),
        )
        .min(1),
      sourceIds: sourceIds.min(1),
    }),
    /**
     * The yearly figures of the permit and of others (NOx and formaldehyde, and the PM2.5 and CO that a
     * potential to emit gives), each with who gave it and on what basis. `potential` is a potential to
     * emit: what the equipment could emit running all year, not an estimate of what it did.
     */
    emissionFigures: z
      .array(
        z.strictObject({
          id: slug,
          pollutant: z.enum(['NOx', 'PM2.5', 'CO', 'formaldehyde']),
          kind: z.enum(['permit cap', 'estimate', 'potential', 'what-if']),
          label: z.string().min(1),
          estimatedBy: z.string().min(1),
          basis: z.string().min(1),
          confidence,
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
      .default([]),
    disagreements: z.array(SourcedStatementSchema).default([]),
    /** The tons scenarios of the site's health figures (lib/health); absent where the site burns no gas. */
    tons: SiteTonsSchema.optional(),
    /** The neighbourhood next to the site; absent where its figures were not gathered. */
    neighbourhood: z
      .strictObject({
      name: z.string().min(1),
      zip: z.string().regex(/^\d{5}$/, { message: 'must be a 5-digit ZIP code' }),
      distanceMiles: fact('miles'),
      blackShare: fact('share'),
      medianHouseholdIncomeUsd: fact('USD/yr'),
      toxicReleaseFacilities: fact('facilities'),
      nearbySources: z.array(z.strictObject({ name: z.string().min(1), what: z.string().min(1), sourceIds: sourceIds.min(1) })),
    })
      .optional(),
    health: z.strictObject({
      statements: z.array(SourcedStatementSchema).min(1),
      airToxicsCancerRisk: z
        .strictObject({
        study: z.string().min(1),
        place: fact('per million'),
        state: fact('per million'),
        nation: fact('per million'),
      })
        .optional(),
      /** Claims seen in coverage that the site does not show as figures, and why. */
      leftOut: z.array(z.strictObject({ claim: z.string().min(1), why: z.string().min(1), sourceIds: sourceIds.min(1) })).default([]),
    }),
    energyBurden: z
      .array(
        z.strictObject({
          label: z.string().min(1),
          scope: z.string().min(1),
          study: z.string().min(1),
          /** What the share is of: e.g. "median share of income spent on energy". */
          measure: z.string().min(1),
          share: fact('share'),
        }),
      )
      .default([]),
    /** What is known of the air near the site, for the answer at the top of the page: in short, and each study with its figures. */
    air: z
      .strictObject({
        /** The answer in a sentence or two, in words: its figures are the studies' (and the page's), never typed into the text. */
        inShort: z.strictObject({ text: noDigits, asOf: isoDate, sourceIds: sourceIds.min(1) }),
        studies: z
          .array(
            z.strictObject({
              id: slug,
              /** Who made the study: "University of Tennessee researchers". */
              by: z.string().min(1),
              /** How: "satellite readings of nitrogen dioxide before and after June 2024". */
              method: z.string().min(1),
              /** What it found, in words; its numbers are its figures. */
              found: noDigits,
              /** The changes in the air it found, each a share of the level before (0.03 = up 3%). */
              figures: z.array(z.strictObject({ id: slug, label: z.string().min(1), rise: fact('share') })).default([]),
              asOf: isoDate,
              sourceIds: sourceIds.min(1),
              caveat: z.string().min(1).optional(),
            }),
          )
          .default([]),
      })
      .optional(),
    legalTimeline: z
      .array(
        z.strictObject({
          /** Stable: the event's anchor on the page (#legal-<id>), which other pages link to. */
          id: slug,
          date: fullIsoDate,
          title: z.string().min(1),
          description: z.string().min(1),
          /** The sources that report the event, the earliest report first (see lib/data/event-dating.ts). */
          sourceIds: sourceIds.min(1),
          /** Sources for something earlier that the description recalls, not reports of the event (as on a facility's timeline). */
          earlierSourceIds: sourceIds.min(1).optional(),
        }),
      )
      .min(1),
    /**
     * Legal events at other sites that bear on this one (the same plaintiffs over the same kind of
     * turbines), listed under the legal record with a link to each, and why. Checked when the data loads.
     */
    relatedLegal: z
      .array(z.strictObject({ facilityId: slug, eventIds: z.array(slug).min(1), why: z.string().min(1) }))
      .default([]),
  })
  .superRefine((c, ctx) => {
    inDateOrder(c.legalTimeline, 'legalTimeline', ctx);
    if (c.permit.expiresOn !== undefined && c.permit.expiresOn <= c.permit.issuedOn)
      ctx.addIssue({ code: 'custom', path: ['permit', 'expiresOn'], message: `must come after issuedOn (${c.permit.issuedOn})` });
    if (!c.emissionFigures.some((e) => e.pollutant === 'NOx' && e.kind === 'permit cap'))
      ctx.addIssue({
        code: 'custom',
        path: ['emissionFigures'],
        message: 'needs the permit cap for NOx (pollutant "NOx", kind "permit cap")',
      });
    uniqueIds(c.emissionFigures, 'emissionFigures', ctx);
    uniqueIds(
      c.permit.limits.flatMap((l) => (l.id === undefined ? [] : [{ id: l.id }])),
      'permit.limits',
      ctx,
    );
    tonsReferences(c, ctx);
    uniqueIds(c.legalTimeline, 'legalTimeline', ctx);
    c.air?.studies.forEach((st, i) => uniqueIds(st.figures, `air.studies.${i}.figures`, ctx));
    uniqueIds(c.air?.studies ?? [], 'air.studies', ctx);
    c.relatedLegal.forEach((r, i) => {
      if (r.facilityId === c.facilityId)
        ctx.addIssue({ code: 'custom', path: ['relatedLegal', i, 'facilityId'], message: 'must be another facility: its own events are listed already' });
    });
  });

function uniqueIds(items: { id: string }[], field: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((e, i) => {
    if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [...field.split('.'), i, 'id'], message: `duplicate id "${e.id}"` });
    seen.add(e.id);
  });
}

export type Concerns = z.infer<typeof ConcernsSchema>;

/** Each tons scenario's figures lead to a figure of this file of the same pollutant, with tons a year. */
function tonsReferences(c: Concerns, ctx: z.RefinementCtx) {
  c.tons?.scenarios.forEach((s, i) =>
    s.pollutants.forEach((p, j) => {
      const at = ['tons', 'scenarios', i, 'pollutants', j];
      if (p.emissionFigureId !== undefined) {
        const e = c.emissionFigures.find((x) => x.id === p.emissionFigureId);
        if (e === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'emissionFigureId'],
            message: `no emission figure "${p.emissionFigureId}" in this file (its ids: ${c.emissionFigures.map((x) => x.id).join(', ')})`,
          });
        else if (e.pollutant !== p.pollutant)
          ctx.addIssue({ code: 'custom', path: [...at, 'emissionFigureId'], message: `"${e.id}" is a figure of ${e.pollutant}, not ${p.pollutant}` });
      }
      if (p.permitLimitId !== undefined && !c.permit.limits.some((l) => l.id === p.permitLimitId))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'permitLimitId'],
          message: `no permit limit with id "${p.permitLimitId}" (ids: ${c.permit.limits.flatMap((l) => (l.id ? [l.id] : [])).join(', ') || 'none'})`,
        });
    }),
  );
}
