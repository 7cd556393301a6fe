/**
 * The calculator's settings in Spanish (issue #25): what each field accepts, with its default, for the form
 * at /es/calculator, and each parameter's name in words, for the page that explains a bad link. The
 * limits are those of settings.ts (RANGES), written with es-US numbers; the parameters keep their names
 * in the address (mw, it, state…), which are the same in both languages.
 */
import { formatNumber } from '../core/format';
import { LOAD_FACTOR } from '../scenario/scenario';
import { type CalculatorParam, CONTROL_DEFAULT, HOURS_DEFAULT, NAME_MAX_LENGTH, RANGES } from './settings';

const n = (v: number) => formatNumber(v, { decimals: 2 }, [], 'es');

/** What each numeric setting is, in Spanish (RANGES' `what`). */
const WHAT_ES: Record<keyof typeof RANGES, string> = {
  mw: 'la potencia de la instalación en megavatios (MW)',
  it: 'la potencia de las computadoras (TI) en megavatios',
  pue: 'PUE (eficacia del uso de energía): potencia de la instalación ÷ potencia de TI',
  loadFactor: 'la potencia media como parte de la potencia total',
  water: 'agua usada en el sitio, en galones al día',
  gas: 'generación a gas en el sitio, en megavatios',
  hours: 'horas al año que funcionan las turbinas de gas',
  peak: 'la demanda máxima de su empresa de servicios públicos, en megavatios',
  customers: 'los clientes residenciales de su empresa de servicios públicos',
  supply: 'el suministro de su sistema de agua, en millones de galones al día',
};

/** Each parameter of the address in words, for a Spanish reader: "mw (la potencia de la instalación…)". */
export const PARAM_WORDS_ES: Record<CalculatorParam, string> = {
  ...WHAT_ES,
  name: 'el nombre del proyecto',
  state: 'el estado',
  control: 'cómo se controla el NOx de las turbinas',
};

/** What a field accepts, in Spanish, with its default: the form's hint under each field. */
export function allowedForEs(p: CalculatorParam, states: readonly string[]): string {
  if (p === 'name') return `cualquier texto de hasta ${NAME_MAX_LENGTH} caracteres, sin caracteres de control (opcional)`;
  if (p === 'state') return `un código de estado de dos letras: ${states.join(', ')}`;
  if (p === 'control') return `uno de lean-premix, water-steam, uncontrolled (predeterminado: ${CONTROL_DEFAULT}); solo con gas`;
  if (p === 'water')
    return `un número entero de 0 a ${n(RANGES.water.max)}: agua usada en el sitio, en galones al día; o average, para el promedio de los centros de datos de EE. UU. por kWh (opcional)`;
  const r = RANGES[p];
  const form = 'integer' in r ? 'un número entero' : `un número con ${r.decimals} decimales como máximo`;
  const range = `${form} de ${n(r.min)} a ${n(r.max)}: ${WHAT_ES[p]}`;
  switch (p) {
    case 'mw':
      return `${range}; dé la potencia total o la de TI, no ambas`;
    case 'it':
      return `${range}; en lugar de la potencia total, con PUE`;
    case 'pue':
      return `${range}; solo con la potencia de TI (predeterminado: el rango de las fuentes)`;
    case 'loadFactor':
      return `${range} (predeterminado: ${n(LOAD_FACTOR.default)})`;
    case 'hours':
      return `${range}; solo con gas (predeterminado: ${n(HOURS_DEFAULT)}, todo el año)`;
    default:
      return `${range} (opcional)`;
  }
}
