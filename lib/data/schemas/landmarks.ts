/** data/landmarks.json: places named in residents' concerns (neighbourhoods, towns), with where they are, for the map. */
import { z } from 'zod';

import { isoDate, slug, sourceIds } from './common';

export const LandmarksFileSchema = z.strictObject({
  places: z
    .array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        kind: z.enum(['neighbourhood', 'city']),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        asOf: isoDate,
        sourceIds: sourceIds.min(1),
        /** How exact the point is, in words. */
        accuracy: z.string().min(1),
      }),
    )
    .min(1),
});
export type Landmark = z.infer<typeof LandmarksFileSchema>['places'][number];
