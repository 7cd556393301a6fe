/** data/sources.json: the source registry. */
import { z } from 'zod';

import { fullIsoDate, isoDate, slug } from './common';

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
