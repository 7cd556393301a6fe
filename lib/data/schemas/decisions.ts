/**
 * data/decisions.json: the register of coming and pending decisions about the sites, the
 * "what's next" that residents ask for. Each says what is decided and by whom, its date (or that
 * no source gives one), what the data says of its status, how a resident can take part where a
 * source says so, and whether the decision itself is confirmed by an original source or only
 * reported. Whether a date is still ahead is never typed here: the pages decide it with the
 * clock (lib/decisions/state.ts). Rules across files (facility ids exist, source ids exist) live
 * in ../load.ts.
 */
import { z } from 'zod';

import { isoDate, slug, sourceIds } from './common';

/**
 * What the data says of a decision. `scheduled`: a date is set for it; `pending`: it is awaited
 * with no date set, or its date is a deadline; `decided`: it was made, and its outcome is given.
 */
export const DECISION_STATUSES = ['scheduled', 'pending', 'decided'] as const;

/** A development that only a secondary source reports (a copy, a repository note): shown as a report, never as a fact. */
const ReportSchema = z.strictObject({
  date: isoDate,
  text: z.string().min(1),
  /** Who reports it, and how it reached us: "notes in a public repository quoting the court docket". */
  reportedBy: z.string().min(1),
  sourceIds: sourceIds.min(1),
});

export const DecisionSchema = z
  .strictObject({
    /** Stable: the decision's anchor on the What's next page (#decision-<id>) and its calendar UID. */
    id: slug,
    /** The sites it concerns: the decision is shown at the top of each one's page. Empty: the whole region (a council's or a utility's rule). */
    facilityIds: z.array(slug).default([]),
    /** A short heading: "Colossus 1's turbine permit". */
    title: z.string().min(1),
    /** What is decided, in a sentence. */
    question: z.string().min(1),
    /**
     * The title and the date's words in Spanish, translated by a person for the Spanish pages (issue #25);
     * absent: those pages show the English, marked as such. Never machine-translated on the fly.
     */
    es: z.strictObject({ title: z.string().min(1), whenWhat: z.string().min(1).optional() }).optional(),
    /** Who decides: an agency, a court, a council, a board, or the company for its own promises. */
    decidedBy: z.string().min(1),
    status: z.enum(DECISION_STATUSES),
    /**
     * The date the decision turns on, where a source gives one. A full date is that day; a month
     * (YYYY-MM) or a year means "by the end of" it. Absent: no source gives a date ("no date set").
     */
    when: z
      .strictObject({
        date: isoDate,
        /** What happens on that date: "the permit expires", "the board meets". */
        what: z.string().min(1),
        sourceIds: sourceIds.min(1),
      })
      .optional(),
    /** The decision's outcome, once made. */
    outcome: z.strictObject({ date: isoDate, text: z.string().min(1), sourceIds: sourceIds.min(1) }).optional(),
    /** How a resident can take part, only as far as a source says. */
    takePart: z
      .strictObject({
        how: z.string().min(1),
        /** The permit, docket or ordinance number to quote. */
        reference: z.string().min(1).optional(),
        /** A postal address or a place. */
        where: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
        deadline: isoDate.optional(),
        sourceIds: sourceIds.min(1),
      })
      .optional(),
    /**
     * Whether an original source (the agency, the court, an outlet that read the filing) confirms
     * that the decision is before its decider. false: only reported, and the pages say by whom.
     */
    confirmed: z.boolean(),
    /** For an unconfirmed decision: who reports it and how it reached us. */
    reportedBy: z.string().min(1).optional(),
    /** Later developments that only secondary sources report, oldest first. */
    reports: z.array(ReportSchema).default([]),
    sourceIds: sourceIds.min(1),
  })
  .superRefine((d, ctx) => {
    if (d.status === 'decided' && d.outcome === undefined)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a decided decision needs its outcome (date, text, sourceIds)' });
    if (d.status !== 'decided' && d.outcome !== undefined)
      ctx.addIssue({ code: 'custom', path: ['status'], message: `has an outcome, so its status must be "decided", not "${d.status}"` });
    if (d.status === 'scheduled' && d.when === undefined)
      ctx.addIssue({ code: 'custom', path: ['when'], message: 'a scheduled decision needs its date (when)' });
    if (!d.confirmed && d.reportedBy === undefined)
      ctx.addIssue({ code: 'custom', path: ['reportedBy'], message: 'an unconfirmed decision must say who reports it (reportedBy)' });
    if (d.confirmed && d.reportedBy !== undefined)
      ctx.addIssue({ code: 'custom', path: ['reportedBy'], message: 'only an unconfirmed decision has reportedBy' });
    if (new Set(d.facilityIds).size !== d.facilityIds.length)
      ctx.addIssue({ code: 'custom', path: ['facilityIds'], message: 'lists a facility twice' });
    d.reports.forEach((r, i) => {
      const prev = d.reports[i - 1];
      if (prev !== undefined && r.date < prev.date)
        ctx.addIssue({ code: 'custom', path: ['reports', i, 'date'], message: `reports go oldest first: ${r.date} comes before ${prev.date}` });
    });
  });
export type Decision = z.infer<typeof DecisionSchema>;

export const DecisionsFileSchema = z.strictObject({ decisions: z.array(DecisionSchema).min(1) }).superRefine((file, ctx) => {
  const seen = new Map<string, number>();
  file.decisions.forEach((d, i) => {
    const first = seen.get(d.id);
    if (first !== undefined)
      ctx.addIssue({ code: 'custom', path: ['decisions', i, 'id'], message: `duplicate decision id "${d.id}" (first at decisions[${first}])` });
    seen.set(d.id, i);
  });
});
