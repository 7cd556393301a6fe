/** The figures the Methodology page shows with their sources (the technical factors), declared once. */
import { sourceIdsOf } from '../core/quantity';
import { getFactors } from '../data/load';
import { healthContext } from '../health/model';
import { type FigureRow, FigureList, pageSourceIds } from './figures';

export type Methodology = { figures: FigureRow[]; sourceIds: string[] };

export function getMethodology(): Methodology {
  const f = getFactors();
  const list = new FigureList();
  for (const g of f.gpuModels) {
    list
      .add(`factor.gpu.${g.model}.boardKw`, `${g.model}: power per GPU, chip only`, g.boardPowerKw)
      .add(`factor.gpu.${g.model}.systemKw`, `${g.model}: power per GPU, whole server`, g.systemPowerKw);
  }
  const figures = list.add('factor.pueSourced', 'Power usage effectiveness (PUE), as the sources give it', f.powerUsageEffectiveness).rows;
  const h = healthContext();
  // the health section cites the value of a statistical life, EPA's decision and the sources of its caveats
  const cited = [...h.vsl.sourceIds, ...sourceIdsOf([h.vsl]), ...h.epaDecision.sourceIds, ...h.caveats.flatMap((c) => c.sourceIds)];
  return { figures, sourceIds: pageSourceIds(figures, cited) };
}
