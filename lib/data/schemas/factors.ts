/** data/factors.json: technical factors (GPU power, PUE, homes per MW, water per MWh). */
import { z } from 'zod';

import { fact } from './common';

export const FactorsSchema = z.strictObject({
  gpuBoardPowerKw: fact('kW/GPU'),
  gpuSystemPowerKw: fact('kW/GPU'),
  powerUsageEffectiveness: fact('ratio'),
  mlgwHomesPerMw: fact('households/MW'),
  offsiteWater: z.strictObject({
    gasCombinedCycleTowerConsumptionGallonsPerMwh: fact('gal/MWh'),
    gasCombinedCycleTowerWithdrawalGallonsPerMwh: fact('gal/MWh'),
    usGridConsumptionLitresPerKwh: fact('L/kWh'),
  }),
});
export type Factors = z.infer<typeof FactorsSchema>;