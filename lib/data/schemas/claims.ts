/** data/claims/<facility id>.json: a facility's claims ledger. */
import { z } from 'zod';

import { QUALIFIERS } from '../../core/quantity';
import { type Unit, UNIT_NAMES } from '../../core/units';
import { isoDate, slug, sourceIds } from './common';

/**
 * Where a claim's check finds a figure in the data:
 *   facility:<path>   a figure in the facility's file, e.g. facility:water.onsiteUseGallonsPerDay
 *   place:<path>      a figure in its place's file, e.g. place:utility.averageLoadMw
 *   state:<key>@<date> the facility's figure as of a date, e.g. state:gpuCount@2024-09-02
 *   factor:<path>     a figure in data/factors.json
 *   computed:<name>   a figure the site computes (see lib/data/claim-refs.ts)
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
  z.strictObject({
    label: z.string().min(1),
    ref: claimRef,
    /** Set when the figure comes from the claimant itself: say why; a check against it is circular, and gets no verdict. */
    claimantsOwn: z.string().min(1).optional(),
  }),
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


const claimed = z.strictObject({
  value: z.number().positive(),
  low: z.number().positive().optional(),
  high: z.number().positive().optional(),
  unit: unitName,
  /** The claim's own wording: "about" a figure, "more than" it, "up to" it; none for an exact figure. */
  qualifier: z.enum(QUALIFIERS).optional(),
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

/** Who made a claim, by side: the company (xAI, its leaders, its customers), the utility, government, advocates, and reports. */
export const CLAIMANT_KINDS = ['company', 'utility', 'government', 'advocates', 'press', 'public records', 'online forum'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const ClaimSchema = z.strictObject({
  id: slug,
  /** The claim in our words (a short quotation goes in `quote`). */
  claim: z.string().min(1),
  quote: z.string().min(1).max(160).optional(),
  claimant: z.string().min(1),
  /** Which side the claimant is on, so that readers can see every side is checked the same way. */
  claimantKind: z.enum(CLAIMANT_KINDS),
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