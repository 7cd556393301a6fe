/**
 * Each chart's drawing for a view, from the same page model and the same props builder as the
 * page that shows it, so that a chart's files and embed are the chart on the page.
 */
import { getArea } from '@/lib/pages/area';
import type { ChartRoute } from '@/lib/pages/chart-routes';
import { getConcernsDetail } from '@/lib/pages/concerns';
import { getOverview } from '@/lib/pages/overview';
import { isOverviewCard } from '@/lib/pages/overview-cards';
import { getPowerDetail } from '@/lib/pages/power';
import { getWaterDetail } from '@/lib/pages/water';
import type { Scenario } from '@/lib/scenario/scenario';

import type { ResponsiveStepChartProps } from '../_components/charts/responsive';
import type { ChartSpec } from '../_components/charts/standalone';
import { footprintChart, MAP_WORDS } from '../_sections/area/area';
import { airCard, electricityCard, healthCard, waterCard } from './cards';
import { overviewCard } from './overview-cards';

/** The front page's headline answers drawn as cards, by their chart id. */
const CARDS = { electricity: electricityCard, wateruse: waterCard, air: airCard, health: healthCard } as const;
import { noxChart } from '../_sections/concerns/emissions';
import { growthChart } from '../_sections/overview/overview';
import { bottomUpChart, gpusChart } from '../_sections/power/bottom-up';
import { cityChart } from '../_sections/power/city';
import { homesChart } from '../_sections/power/households';
import { supplyChart } from '../_sections/power/supply';
import { waterChart } from '../_sections/water/water';

const step = (props: ResponsiveStepChartProps | undefined): ChartSpec | undefined =>
  props === undefined ? undefined : { kind: 'step', props };
const bars = (props: Extract<ChartSpec, { kind: 'bar' }>['props'] | undefined): ChartSpec | undefined =>
  props === undefined || props.rows.length === 0 ? undefined : { kind: 'bar', props };

/** The chart of `route` for `scenario` (already validated), or undefined where the view does not draw it. */
export function chartSpec(route: Pick<ChartRoute, 'chart' | 'facilityId'>, scenario: Scenario): ChartSpec | undefined {
  const id = route.facilityId;
  if (id === undefined) {
    const area = getArea(scenario);
    if (area === undefined) return undefined;
    if (route.chart === 'footprint') return step(footprintChart(area));
    const card = CARDS[route.chart as keyof typeof CARDS];
    if (card !== undefined) {
      const props = card(area);
      return props && { kind: 'card', props };
    }
    if (route.chart === 'map') return { kind: 'map', props: { ...MAP_WORDS, heading: MAP_WORDS.title, places: area.map.places } };
    return undefined;
  }
  if (isOverviewCard(route.chart)) {
    const overview = getOverview(id, scenario);
    const props = overview && overviewCard(overview, route.chart);
    return props && { kind: 'card', props };
  }
  switch (route.chart) {
    case 'growth': {
      const overview = getOverview(id, scenario);
      return step(overview && growthChart(overview));
    }
    case 'supply': {
      const detail = getPowerDetail(id, scenario);
      return step(detail && supplyChart(detail));
    }
    case 'homes': {
      const detail = getPowerDetail(id, scenario);
      return bars(detail && homesChart(detail));
    }
    case 'city': {
      const detail = getPowerDetail(id, scenario);
      return bars(detail && cityChart(detail));
    }
    case 'gpus': {
      const detail = getPowerDetail(id, scenario);
      return step(detail && gpusChart(detail));
    }
    case 'bottomup': {
      const detail = getPowerDetail(id, scenario);
      return bars(detail && bottomUpChart(detail));
    }
    case 'nox': {
      const detail = getConcernsDetail(id, scenario);
      return bars(detail && noxChart(detail));
    }
    case 'water': {
      const detail = getWaterDetail(id, scenario);
      return bars(detail && waterChart(detail));
    }
    default:
      return undefined;
  }
}
