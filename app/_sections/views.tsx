/**
 * Each section's component, by the registry's id (lib/pages/registry.ts): the type checker asks
 * for one per section, with the props of that section's model. The one route that serves every
 * section draws it through SectionView.
 */
import type { ReactNode } from 'react';

import type { ModelOf, SectionId } from '@/lib/pages/registry';

import { ClaimsPage } from './claims/claims';
import { ConcernsPage } from './concerns/concerns';
import { HandoutPage } from './handout/handout';
import { FacilityOverview } from './overview/overview';
import { PowerPage } from './power/power';
import { ReportPage } from './report/report';
import type { SectionProps } from './types';
import { WaterPage } from './water/water';

type View<K extends SectionId> = (props: SectionProps<K>) => ReactNode | Promise<ReactNode>;

const VIEWS: { [K in SectionId]: View<K> } = {
  overview: FacilityOverview,
  power: PowerPage,
  water: WaterPage,
  concerns: ConcernsPage,
  claims: ClaimsPage,
  report: ReportPage,
  handout: ({ model }) => <HandoutPage handout={model} />,
};

/** The section's page for its model; `model` must be what that section's `load` returned. */
export function SectionView<K extends SectionId>({ id, model, path }: { id: K; model: ModelOf<K>; path: string }) {
  const View = VIEWS[id] as View<SectionId>;
  return <View model={model as ModelOf<SectionId>} path={path} />;
}
