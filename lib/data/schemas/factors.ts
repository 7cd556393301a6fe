/** data/factors.json: technical factors (GPU power, PUE, homes per MW, water per MWh). */
import { z } from 'zod';

import { fact } from './common';

export const FactorsSchema = z.strictObject({
  /** Power per GPU for each model: the chip alone, and a whole server (processors, memory, networking) per GPU. */
  gpuModels: z
    .array(z.strictObject({ model: z.string().min(1), boardPowerKw: fact('kW/GPU'), systemPowerKw: fact('kW/GPU') }))
    .min(1)
    .superRefine((models, ctx) => {
      models.forEach((m, i) => {
        if (models.findIndex((x) => x.model === m.model) !== i)
          ctx.addIssue({ code: 'custom', path: [i, 'model'], message: `duplicate GPU model "${m.model}"` });
      });
    }),
  powerUsageEffectiveness: fact('ratio'),
  mlgwHomesPerMw: fact('households/MW'),
  /** CO2 from burning natural gas, per million Btu on the higher heating value: the calculator's CO2 for on-site gas. */
  naturalGasCo2LbPerMmbtu: fact('lb/MMBtu'),
  /** Water used on site per kWh of IT energy (site WUE), the U.S. average: the calculator's water where none is given. */
  onsiteWueLitresPerKwh: fact('L/kWh'),
  offsiteWater: z.strictObject({
    gasCombinedCycleTowerConsumptionGallonsPerMwh: fact('gal/MWh'),
    gasCombinedCycleTowerWithdrawalGallonsPerMwh: fact('gal/MWh'),
    usGridConsumptionLitresPerKwh: fact('L/kWh'),
  }),
});
export type Factors = z.infer<typeof FactorsSchema>;