/** The Power page: the frame, and its sections in the order a reader meets them. */

import { FacilityPage } from '@/app/_components/facility-page';
import { powerSettings } from '@/app/_components/scenario-settings';
import { SupplyOverTime } from '@/app/_sections/power/supply';
import { Households } from '@/app/_sections/power/households';
import { AgainstTheCity } from '@/app/_sections/power/city';
import { BottomUp } from '@/app/_sections/power/bottom-up';
import { GridVersusOnsite } from '@/app/_sections/power/grid-vs-onsite';
import { NotYet } from '@/app/_sections/power/not-yet';
import type { SectionProps } from '@/app/_sections/types';

export function PowerPage({ model: detail }: SectionProps<'power'>) {
  const { place } = detail;
  const supplied = detail.overview.supplies.map((x) => x.name).join(' and ');
  return (
    <FacilityPage
      overview={detail.overview}
      section="power"
      title="Power"
      scenario={powerSettings(detail)}
      lede={
        detail.facility.kind === 'power plant' ? (
          <>
            How much electricity the plant&apos;s gas turbines are permitted to generate{supplied === '' ? '' : ` for ${supplied}`}, set
            against homes and against {place.utility.shortName}, with the sources and arithmetic for each step.
          </>
        ) : (
          <>
            How much electricity the facility draws or may draw, from the grid and from gas turbines on site, set against homes and against{' '}
            {place.utility.shortName}, with the sources and arithmetic for each step.
          </>
        )
      }
      sourceIds={detail.sourceIds}
    >
      {detail.notYet ? <NotYet detail={detail} notYet={detail.notYet} /> : null}
      <SupplyOverTime detail={detail} />
      {detail.notYet ? null : (
        <>
          <Households detail={detail} />
          <AgainstTheCity detail={detail} />
        </>
      )}
      {detail.bottomUp.rows.length > 0 ? <BottomUp detail={detail} /> : null}
      <GridVersusOnsite detail={detail} />
    </FacilityPage>
  );
}
