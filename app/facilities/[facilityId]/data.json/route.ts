import type { NextRequest } from 'next/server';

import { openDataResponse } from '@/server/open-data-response';

type Context = { params: Promise<{ facilityId: string }> };

/** Every figure of a facility for the scenario in the query, as JSON (see README, "Open data"). */
export async function GET(request: NextRequest, { params }: Context) {
  const { facilityId } = await params;
  return openDataResponse(facilityId, request.nextUrl.searchParams, 'json', new Date().toISOString().slice(0, 10));
}
