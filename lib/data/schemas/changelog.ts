/** data/changelog.json: the dated change log of the data. */
import { z } from 'zod';

import { fullIsoDate } from './common';

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