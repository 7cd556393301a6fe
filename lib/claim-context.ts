/** A facility's claims file and the data its checks refer to. */
import type { RefContext } from './claim-refs';
import { findClaims, findFacility, getFactors, getPlace } from './data';
import type { ClaimsFile } from './schemas';

export function claimContext(facilityId: string): { file: ClaimsFile; ctx: RefContext } | undefined {
  const file = findClaims(facilityId);
  const facility = findFacility(facilityId);
  if (file === undefined || facility === undefined) return undefined;
  return { file, ctx: { facility, place: getPlace(facility.placeId), factors: getFactors() } };
}
