/**
 * The tons scenarios of a site's health figures (`tons` in data/concerns/<id>.json): for each kind —
 * the permit's caps, the operator's modelling, the advocates' potential to emit, a satellite-derived
 * rate, this site's estimate from turbine size — who says it and, per pollutant, where its tons come
 * from: a figure of the same file (an emission figure or a permit limit, by id), a rate in kilograms an
 * hour, or AP-42's factor for the scenario's turbines. Checked against the rest of the file in
 * concerns.ts and against data/health.json in ../load.ts.
 */
import { z } from 'zod';

import { fact, slug } from './common';
import { POLLUTANTS, TONS_KINDS } from './health';

/** Where one pollutant's tons come from: exactly one of these. */
const TonsSourceSchema = z
  .strictObject({
    pollutant: z.enum(POLLUTANTS),
    /** A yearly figure of this file's `emissionFigures`. */
    emissionFigureId: slug.optional(),
    /** A yearly cap of this file's `permit.limits`. */
    permitLimitId: slug.optional(),
    /** A rate: its tons a year depend on the hours run (the load factor). */
    kgPerHour: fact('kg/h').optional(),
    /** AP-42's factor for the scenario's `turbines` and their control: also a rate. */
    ap42: z.literal(true).optional(),
    /** What the reader should know of this pollutant's figure here (a cap of all particles counted as PM2.5). */
    note: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    const given = [p.emissionFigureId, p.permitLimitId, p.kgPerHour, p.ap42].filter((x) => x !== undefined).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give exactly one of emissionFigureId, permitLimitId, kgPerHour or ap42 (where its tons come from)',
      });
  });
export type TonsSource = z.infer<typeof TonsSourceSchema>;

export const TonsScenarioSchema = z
  .strictObject({
    kind: z.enum(TONS_KINDS),
    label: z.string().min(1),
    /** Who says it: "Shelby County Health Department (the permit)". */
    saidBy: z.string().min(1),
    /** What the figure is: a legal ceiling, a model, a potential, a measurement-based estimate, our estimate. */
    basis: z.string().min(1),
    /** False for a figure known only from a report of it (its own document not found): shown "Reported, not confirmed". */
    confirmed: z.boolean().default(true),
    /** Who reports an unconfirmed figure. */
    reportedBy: z.string().min(1).optional(),
    pollutants: z.array(TonsSourceSchema).min(1),
    /** For AP-42's factors: the turbines, their capacity and the combustion control assumed, with why. */
    turbines: z
      .strictObject({
        count: fact('turbines'),
        capacityMw: fact('MW'),
        control: z.enum(['uncontrolled', 'lean premix', 'water-steam injection']),
        why: z.string().min(1),
      })
      .optional(),
    /** What the scenario does not count, and why (pollutants no source gives for it). */
    leftOut: z.string().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.confirmed && s.reportedBy === undefined)
      ctx.addIssue({ code: 'custom', path: ['reportedBy'], message: 'an unconfirmed scenario must say who reports it' });
    const usesAp42 = s.pollutants.some((p) => p.ap42 === true);
    if (usesAp42 && s.turbines === undefined)
      ctx.addIssue({ code: 'custom', path: ['turbines'], message: "AP-42's factors need the turbines: their count, capacity and control" });
    if (!usesAp42 && s.turbines !== undefined)
      ctx.addIssue({ code: 'custom', path: ['turbines'], message: 'only for a scenario that uses AP-42 (ap42: true)' });
    if (usesAp42 && s.kind !== 'estimate')
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'tons from AP-42 are this site\'s estimate: kind "estimate"' });
    s.pollutants.forEach((p, i) => {
      if (s.pollutants.findIndex((q) => q.pollutant === p.pollutant) !== i)
        ctx.addIssue({ code: 'custom', path: ['pollutants', i, 'pollutant'], message: `${p.pollutant} is given twice` });
    });
  });
export type TonsScenario = z.infer<typeof TonsScenarioSchema>;

export const SiteTonsSchema = z
  .strictObject({
    /** The scenario shown by default, and why it was chosen. */
    defaultKind: z.enum(TONS_KINDS),
    whyDefault: z.string().min(1),
    scenarios: z.array(TonsScenarioSchema).min(1),
  })
  .superRefine((t, ctx) => {
    t.scenarios.forEach((s, i) => {
      if (t.scenarios.findIndex((x) => x.kind === s.kind) !== i)
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'kind'], message: `one scenario of each kind: "${s.kind}" is given twice` });
    });
    const d = t.scenarios.find((s) => s.kind === t.defaultKind);
    if (d === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['defaultKind'],
        message: `"${t.defaultKind}" is not one of this site's scenarios (${t.scenarios.map((s) => s.kind).join(', ')})`,
      });
    else if (!d.confirmed)
      ctx.addIssue({ code: 'custom', path: ['defaultKind'], message: 'a figure reported, not confirmed, is never the default' });
  });
export type SiteTons = z.infer<typeof SiteTonsSchema>;
