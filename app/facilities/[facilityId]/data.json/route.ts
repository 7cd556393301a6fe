import type { NextRequest } from 'next/server';

import { dataUpdatedOn } from '@/lib/data/load';
import { openDataResponse } from '@/server/open-data-response';

type Context = { params: Promise<{ facilityId: string }> };

/** Every figure of a facility for the scenario in the query, as JSON (see README, "Open data"). */
export async function GET(request: NextRequest, { params }: Context) {
  const { facilityId } = await params;
  return openDataResponse(facilityId, request.nextUrl.searchParams, 'json', dataUpdatedOn(), request.headers.get('if-none-match'));
}
