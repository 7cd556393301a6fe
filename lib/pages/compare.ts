/**
 * The facilities page: every xAI site in the area side by side, each figure with its source and
 * date. Homes and shares are taken of each site's headline figure, against its own place's
 * homes and utility (MLGW for the Memphis sites, Entergy Mississippi for the Southaven plant).
 */
import type { Scenario } from '../scenario/scenario';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { getOverview, type Overview } from './overview';
import { featuredFacilityId } from './routes';
import { allSites, type Site } from './sites';

export type CompareModel = { overview: Overview; sites: Site[]; figures: FigureRow[]; sourceIds: string[] };

export function getCompare(scenario?: Scenario): CompareModel | undefined {
  const overview = getOverview(featuredFacilityId(), scenario, 'region');
  if (overview === undefined) return undefined;
  const sites = allSites();
  const list = new FigureList();
  for (const s of sites) {
    const id = `site.${s.facility.id}`;
    const name = s.facility.shortName;
    const p = s.power;
    list
      .add(`${id}.gridInService`, `${name}: grid power in service`, p.gridInService)
      .add(`${id}.gridApproved`, `${name}: grid power approved`, p.gridApproved)
      .add(`${id}.claimed`, `${name}: power the companies state`, p.claimed)
      .add(`${id}.estimated`, `${name}: power estimated by independent analysts`, p.estimated)
      .add(`${id}.turbinesPermittedCount`, `${name}: gas turbines permitted`, p.turbinesPermittedCount)
      .add(`${id}.turbinesPermittedMw`, `${name}: generation permitted`, p.turbinesPermittedMw)
      .add(`${id}.turbinesOnSite`, `${name}: gas turbines reported on site`, p.turbinesOnSiteCount)
      .add(`${id}.turbinesRunning`, `${name}: gas turbines seen or reported running`, p.turbinesRunningCount)
      .add(`${id}.water`, `${name}: water drawn on site, a day`, s.water)
      .add(`${id}.homes`, `${name}: homes with the same yearly electricity (${s.headline?.label.toLowerCase() ?? 'no figure'})`, s.homes)
      .add(`${id}.shareOfUtilityPeak`, `${name}: share of ${s.place.utility.shortName}'s normal summer peak`, s.shareOfUtilityPeak);
  }
  const cited = sites.flatMap((s) => s.citedSourceIds);
  return { overview, sites, figures: list.rows, sourceIds: pageSourceIds(list.rows, cited) };
}
