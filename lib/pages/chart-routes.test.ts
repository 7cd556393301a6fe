import { describe, expect, it } from 'vitest';

import { listFacilities } from '../data/load';
import { CHART_IDS, CHARTS, chartLinks, chartPath, chartSettingsOf, chartViewPath, matchChartRoute } from './chart-routes';
import { sectionsFor } from './registry';
import { featuredFacilityId } from './routes';
import { publicPath } from './site';

const facilities = listFacilities().map((f) => f.id);
const regionCharts = CHART_IDS.filter((c) => CHARTS[c].region);
const facilityCharts = CHART_IDS.filter((c) => !CHARTS[c].region);
const sectionOf = (c: (typeof CHART_IDS)[number]): string | undefined => (CHARTS[c] as { section?: string }).section;

describe('chart addresses', () => {
  it("answers a facility's chart, in every form, exactly where the facility has the chart's page", () => {
    for (const id of facilities) {
      const sections = sectionsFor(id).map((s) => s.id as string);
      for (const chart of facilityCharts) {
        for (const format of ['svg', 'png', 'embed'] as const) {
          const path = chartPath({ chart, facilityId: id, format });
          const route = matchChartRoute(path);
          if (sections.includes(sectionOf(chart) ?? '')) {
            expect(route, path).toEqual({ chart, facilityId: id, format });
            expect(chartSettingsOf(route!)).toEqual({ facilityId: id, region: false });
          } else {
            expect(route, path).toBeUndefined();
          }
        }
      }
    }
  });

  it("answers the front page's charts at their own address, with the region's settings, and not under a facility", () => {
    for (const chart of regionCharts) {
      const route = matchChartRoute(`/charts/${chart}.svg`);
      expect(route).toEqual({ chart, facilityId: undefined, format: 'svg' });
      expect(chartSettingsOf(route!)).toEqual({ facilityId: featuredFacilityId(), region: true });
      expect(matchChartRoute(`/embed/charts/${chart}`)?.format).toBe('embed');
      for (const id of facilities) expect(matchChartRoute(`/facilities/${id}/charts/${chart}.svg`)).toBeUndefined();
    }
    for (const chart of facilityCharts) expect(matchChartRoute(`/charts/${chart}.png`)).toBeUndefined();
  });

  it('refuses an unknown chart, an embed with a file extension, a file without one, and other forms', () => {
    const id = facilities[0]!;
    for (const path of [
      `/facilities/${id}/charts/nope.svg`,
      `/facilities/${id}/charts/growth`,
      `/embed/facilities/${id}/charts/growth.svg`,
      `/facilities/${id}/charts/growth.gif`,
      `/facilities/${id}/charts/growth.svg/`,
      `/facilities/no-such-place/charts/growth.svg`,
      `/facilities/%E0%A4%A/charts/growth.svg`,
      '/charts/constructor.svg',
      '/embed/charts/__proto__',
    ]) {
      expect(matchChartRoute(path), path).toBeUndefined();
    }
  });

  it("links each form with the view's query, and back to the chart's section of its page", () => {
    const id = facilities[0]!;
    const query = 'loadFactor=0.5';
    expect(chartLinks('supply', id, query)).toEqual({
      svg: `/facilities/${id}/charts/supply.svg?${query}`,
      png: `/facilities/${id}/charts/supply.png?${query}`,
      embed: `/embed/facilities/${id}/charts/supply?${query}`,
    });
    expect(chartLinks('map', undefined, '').embed).toBe('/embed/charts/map');
    expect(chartViewPath({ chart: 'supply', facilityId: id }, query)).toBe(`${publicPath(id, 'power')}?${query}#${CHARTS.supply.anchor}`);
    expect(chartViewPath({ chart: 'footprint', facilityId: undefined }, '')).toBe(`/#${CHARTS.footprint.anchor}`);
  });
});
