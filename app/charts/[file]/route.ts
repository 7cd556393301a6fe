import { chartResponse } from '@/app/_embed/respond';

/** A chart's SVG, its PNG, or its embed page (app/_embed/respond.tsx, lib/pages/chart-routes.ts). */
export function GET(request: Request) {
  return chartResponse(request);
}
