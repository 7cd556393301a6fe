import type { NextRequest } from 'next/server';

import { dataUpdatedOn } from '@/lib/data/load';
import { regionOpenDataResponse } from '@/server/open-data-response';

/** Every figure of the region page, as JSON (see README, "Open data"). */
export function GET(request: NextRequest) {
  return regionOpenDataResponse(request.nextUrl.searchParams, 'json', dataUpdatedOn(), request.headers.get('if-none-match'));
}
