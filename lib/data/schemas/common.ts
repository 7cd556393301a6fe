/**
 * The building blocks of every data file's schema: dates, ids, source lists, and `fact()`, a
 * sourced figure whose unit is fixed by the field it sits in. Each data file has its own schema
 * module beside this one; types come from z.infer, never written by hand. Objects are strict
 * (unknown keys are errors), quantities non-negative, dates ISO. Rules across files (source ids
 * exist, a facility's place exists, a claim's references lead somewhere) live in ../load.ts.
 */
import { z } from 'zod';

import { known, QUALIFIERS, type Quantity, unknown } from '../../core/quantity';
import type { Unit } from '../../core/units';

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
      /** The source's own wording when it gives only a bound or an approximation: "more than 90 percent". */
      qualifier: z.enum(QUALIFIERS).optional(),
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
    .transform((f): Quantity<U> =>
      f.value === null
        ? unknown(unit, f.reason ?? '', f.sourceIds ?? [], f.asOf)
        : known(unit, f.value, {
            low: f.low,
            high: f.high,
            asOf: f.asOf ?? '',
            sourceIds: f.sourceIds ?? [],
            note: f.note,
            qualifier: f.qualifier,
          }),
    );
}
export const confidence = z.enum(['high', 'medium', 'low']);

/** A dated statement in the site's own words, resting on its sources; `caveat` says where they are weak. */
export const SourcedStatementSchema = z.strictObject({
  topic: z.string().min(1),
  text: z.string().min(1),
  asOf: isoDate,
  sourceIds: sourceIds.min(1),
  confidence,
  caveat: z.string().min(1).optional(),
});
export type SourcedStatement = z.infer<typeof SourcedStatementSchema>;

export function inDateOrder<T extends { date: string }>(items: T[], field: string, ctx: z.RefinementCtx) {
  items.forEach((e, i) => {
    const prev = items[i - 1];
    if (prev !== undefined && e.date < prev.date) {
      ctx.addIssue({ code: 'custom', path: [field, i, 'date'], message: `must be in date order: ${e.date} comes after ${prev.date}` });
    }
  });
}
