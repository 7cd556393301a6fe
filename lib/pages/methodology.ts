/** The figures the Methodology page shows with their sources (the technical factors), declared once. */
import { getFactors } from '../data/load';
import { type FigureRow, FigureList, pageSourceIds } from './figures';

export type Methodology = { figures: FigureRow[]; sourceIds: string[] };

export function getMethodology(): Methodology {
  const f = getFactors();
  const figures = new FigureList()
    .add('factor.gpuBoardKw', 'Power per GPU, chip only', f.gpuBoardPowerKw)
    .add('factor.gpuSystemKw', 'Power per GPU, whole server', f.gpuSystemPowerKw)
    .add('factor.pueSourced', 'Power usage effectiveness (PUE), as the sources give it', f.powerUsageEffectiveness).rows;
  return { figures, sourceIds: pageSourceIds(figures) };
}
