import type { NextRequest } from 'next/server';

import { dataUpdatedOn } from '@/lib/data/load';
import { calculatorDataResponse } from '@/server/calculator-response';

/** A proposal's figures, as JSON (see README, "Calculator"). */
export function GET(request: NextRequest) {
  return calculatorDataResponse(request.nextUrl.searchParams, 'json', dataUpdatedOn(), request.headers.get('if-none-match'));
}
