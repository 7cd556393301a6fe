/** The Concerns page: the frame, and its sections in the order a reader meets them. */

import { FacilityPage } from '@/app/_components/facility-page';
import { concernsSettings } from '@/app/_components/scenario-settings';
import { Turbines } from '@/app/_sections/concerns/turbines';
import { Permit } from '@/app/_sections/concerns/permit';
import { Emissions } from '@/app/_sections/concerns/emissions';
import { GridComparison } from '@/app/_sections/concerns/grid';
import { Disagreements, Health, Neighbourhood } from '@/app/_sections/concerns/context';
import { EnergyBurden } from '@/app/_sections/concerns/burden';
import { Legal, RelatedLegal } from '@/app/_sections/concerns/legal';
import { HealthDamage } from '@/app/_sections/concerns/health';
import { AirAnswer, Contents } from '@/app/_sections/concerns/answer';
import type { SectionProps } from '@/app/_sections/types';

export function ConcernsPage({ model: detail }: SectionProps<'concerns'>) {
  const { place, concerns } = detail;
  return (
    <FacilityPage
      overview={detail.overview}
      section="concerns"
      title="Concerns"
      scenario={concernsSettings(detail)}
      lede={
        <>
          What residents of {concerns.neighbourhood ? `${concerns.neighbourhood.name} and ` : ''}
          {detail.facility.kind === 'data center' ? `South ${place.name}` : place.name} have raised: the gas turbines and what they emit
          {concerns.gridFactors.length > 0 ? ", the grid's carbon dioxide for the same energy" : ''}, the{' '}
          {concerns.neighbourhood ? "neighbourhood's" : "area's"} air and health
          {concerns.energyBurden.length > 0 ? ', the cost of energy' : ''}, and the legal record. Every figure has its date and source;
          where a source is weak, or a figure was not found, we say so.
        </>
      }
      sourceIds={detail.sourceIds}
    >
      <AirAnswer detail={detail} />
      <Contents contents={detail.contents} />
      <Turbines detail={detail} />
      <Permit detail={detail} />
      <Emissions detail={detail} />
      <GridComparison detail={detail} />
      <HealthDamage detail={detail} />
      <Disagreements detail={detail} />
      <Neighbourhood detail={detail} />
      <Health detail={detail} />
      <EnergyBurden detail={detail} />
      <Legal detail={detail} />
      <RelatedLegal detail={detail} />
    </FacilityPage>
  );
}
