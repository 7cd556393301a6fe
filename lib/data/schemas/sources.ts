/** data/sources.json: the source registry. */
import { z } from 'zod';

import { dateRange } from '../../core/dates';
import { fullIsoDate, isoDate, slug } from './common';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Where the site read a source when it did not read the original: a copy of the same text (a
 * mirror, a syndicated or reposted copy, an archive, a copy of a data file) or a quotation (another
 * page or file that quotes or summarises it, so the original itself was not read).
 */
export const SourceCopySchema = z.strictObject({
  kind: z.enum(['copy', 'quotation']),
  /** The copy's address; null where none can be given (a file found through an index that names no repository). */
  url: httpUrl.nullable(),
  /** The copy's own date, where it shows one (a dated repost, a snapshot of a dataset). */
  publishedOn: isoDate.optional(),
  /** What the copy is, in words the fields cannot say: "republished by ourtupelo.com". */
  what: z.string().min(1),
});
export type SourceCopy = z.infer<typeof SourceCopySchema>;

export const SourceSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(1),
    publisher: z.string().min(1),
    /**
     * The original's own date of publication (YYYY, YYYY-MM or YYYY-MM-DD). Null only for a source
     * that has none a reader can cite (a living dataset, an undated web page): `undated` then says
     * why, and the site dates the source by its copy's own date or by when it was read.
     */
    publishedOn: isoDate.nullable(),
    /** Why the original has no date of its own: required when `publishedOn` is null, and only then. */
    undated: z.string().min(1).optional(),
    /** The original's address. Null where it was not found: a copy's address, or `noAddress`, must then be given. */
    url: httpUrl.nullable(),
    /** Why no address at all can be given (neither the original's nor a copy's): required only then. */
    noAddress: z.string().min(1).optional(),
    /** The day the figure was checked against the text read (the copy's, where a copy was read). */
    accessedOn: fullIsoDate,
    /** Where the source was read when that was not the original. */
    copy: SourceCopySchema.optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.publishedOn === null && s.undated === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['publishedOn'],
        message:
          "no date: give the original's date of publication, or say in `undated` why it has none (the site then dates the source by when it was read)",
      });
    if (s.publishedOn !== null && s.undated !== undefined)
      ctx.addIssue({ code: 'custom', path: ['undated'], message: 'only for a source with no date of its own (publishedOn null)' });
    const address = s.url ?? s.copy?.url ?? null;
    if (address === null && s.noAddress === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: "no address: give the original's (url) or the copy's (copy.url), or say in `noAddress` why none can be given",
      });
    if (address !== null && s.noAddress !== undefined)
      ctx.addIssue({ code: 'custom', path: ['noAddress'], message: 'only for a source with no address at all (url and copy.url null)' });
    if (s.copy?.url !== undefined && s.copy.url !== null && s.copy.url === s.url)
      ctx.addIssue({ code: 'custom', path: ['copy', 'url'], message: "is the original's address: a copy has an address of its own" });
    // a copy is not older than its original, and nothing is read before it exists
    if (s.publishedOn !== null && s.copy?.publishedOn !== undefined && dateRange(s.copy.publishedOn).last < dateRange(s.publishedOn).first)
      ctx.addIssue({ code: 'custom', path: ['copy', 'publishedOn'], message: `comes before the original's date (${s.publishedOn})` });
    const own = s.publishedOn ?? s.copy?.publishedOn;
    if (own !== undefined && dateRange(own).first > s.accessedOn)
      ctx.addIssue({ code: 'custom', path: ['accessedOn'], message: `comes before the date of the text read (${own})` });
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
