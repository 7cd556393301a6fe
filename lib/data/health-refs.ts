/**
 * Checks across files for the health figures: the places data/health.json gives values for exist, and
 * every site's estimate from AP-42 (data/concerns/<id>.json, `tons`) finds a factor in data/health.json
 * for each of its pollutants at its turbines' combustion control. A facility powered by another (a data
 * center by its plant) has no tons of its own: they are the plant's, counted once, there.
 */
import type { Concerns } from './schemas/concerns';
import type { Facility } from './schemas/facility';
import type { HealthData } from './schemas/health';
import type { Place } from './schemas/place';

export function healthProblems(
  health: HealthData,
  label: string,
  places: Place[],
  concerns: Concerns[],
  facilities: Facility[],
): string[] {
  const problems: string[] = [];
  for (const c of concerns) {
    const plant = facilities.find((f) => f.supplies.some((s) => s.facilityId === c.facilityId));
    if (c.tons !== undefined && plant !== undefined)
      problems.push(
        `data/concerns/${c.facilityId}.json: tons: ${c.facilityId} is powered by ${plant.id}, whose tons are counted there; a site's tons are counted once`,
      );
  }
  health.perTonValues.forEach((v, i) => {
    const scope = v.scope;
    if (scope.kind === 'place' && !places.some((p) => p.id === scope.placeId))
      problems.push(`${label}: perTonValues[${i}].scope.placeId: unknown place "${scope.placeId}" (known: ${places.map((p) => p.id).join(', ')})`);
  });
  for (const c of concerns) {
    c.tons?.scenarios.forEach((s, i) =>
      s.pollutants.forEach((p, j) => {
        const control = s.turbines?.control;
        if (p.ap42 !== true || control === undefined) return;
        if (!health.ap42.factors.some((f) => f.pollutant === p.pollutant && (f.control === control || f.control === 'any')))
          problems.push(
            `data/concerns/${c.facilityId}.json: tons.scenarios[${i}].pollutants[${j}].ap42: no AP-42 factor for ${p.pollutant} at "${control}" (or "any") in ${label}`,
          );
      }),
    );
  }
  return problems;
}
