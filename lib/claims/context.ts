/** A facility's claims file and the data its checks refer to. */
import type { RefContext } from './refs';
import { findClaims, findFacility, getFactors, getPlace } from '../data/load';
import type { ClaimsFile } from '../data/schemas/claims';

export function claimContext(facilityId: string): { file: ClaimsFile; ctx: RefContext } | undefined {
  const file = findClaims(facilityId);
  const facility = findFacility(facilityId);
  if (file === undefined || facility === undefined) return undefined;
  return { file, ctx: { facility, place: getPlace(facility.placeId), factors: getFactors() } };
}
