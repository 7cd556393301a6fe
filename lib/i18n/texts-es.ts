/**
 * The site's computed texts in Spanish (issue #25): the labels of a proposal's figures, the names of the
 * inputs of its arithmetic, its formulas ("300 MW × 8,760 hours in a year × load factor 1") and the notes
 * the calculator writes itself. They are built in English by the functions that count (lib/power,
 * lib/water, lib/health, lib/calculator), from a closed set of phrases; here those phrases are put into
 * Spanish, in order, longest first. Numbers need no change: es-US writes them as en-US does ("8,760",
 * "1.5"). A text with any English word left after the phrases (a note from a source, a name from the
 * data) is given back as it was, marked English, so that the page says so rather than mixing languages.
 */
type Replacement = string | ((match: string, ...groups: string[]) => string);
type Rule = readonly [RegExp, Replacement];

const million = (n: string) => (n === '1' ? 'millón' : 'millones');

/** Controls and turbines as AP-42's tables name them. */
const CONTROL_WORDS: Record<string, string> = {
  'lean premix': 'premezcla pobre',
  'water-steam injection': 'inyección de agua o vapor',
  uncontrolled: 'sin control',
  'all turbines': 'todas las turbinas',
};

/** The sectors of EPA's dollars per ton that the health figures use (data/health.json). */
const SECTOR_WORDS: Record<string, string> = {
  'industrial point sources': 'fuentes puntuales industriales',
  'cement kilns (a stand-in for a large combustion source)': 'hornos de cemento (en lugar de una gran fuente de combustión)',
};

/** A home's label: "Georgia average home (2022)" → "hogar promedio de Georgia (2022)". */
const HOME_LABEL: Rule = [
  /\b(U\.S\.|[A-Z][A-Za-z. ]*?) average home \((\d{4})\)/g,
  (_m, where: string, year: string) => `hogar promedio de ${where === 'U.S.' ? 'EE. UU.' : where} (${year})`,
];

const RULES: readonly Rule[] = [
  // the calculator's own notes
  [/^Given in the calculator’s settings: /, 'Dado en los ajustes de la calculadora: '],
  [
    /^Assumes the facility uses this power around the clock, all year: an upper bound\.$/,
    'Supone que la instalación usa esta potencia día y noche, todo el año: un límite superior.',
  ],
  [/the facility’s average power is (\d+)% of its full power/, 'la potencia media de la instalación es el $1% de su potencia total'],
  [
    /the turbines run ([\d,]+) of the ([\d,]+) hours in a year, at full output/,
    'las turbinas funcionan $1 de las $2 horas del año, a plena potencia',
  ],
  [/^Set in this view\.$/, 'Fijado en esta vista.'],
  [
    /^Premature deaths a year, inferred by this site: health damage ÷ the value of a statistical life, in the same dollars\. EPA's tables of deaths per ton were not found, and its dollars count illness too\.$/,
    'Muertes prematuras al año, deducidas por este sitio: daño a la salud ÷ el valor de una vida estadística, en los mismos dólares. No encontramos las tablas de muertes por tonelada de la EPA, y sus dólares cuentan también las enfermedades.',
  ],
  [
    /^the low, central and high cases: the lowest and highest they give, around the central case$/,
    'los casos bajo, central y alto: el más bajo y el más alto que dan, en torno al caso central',
  ],
  HOME_LABEL,
  // figure labels
  [/^The proposed facility’s power$/, 'Potencia de la instalación propuesta'],
  [/^Load factor$/, 'Factor de carga'],
  [/^Electricity a year$/, 'Electricidad al año'],
  [/^Homes with the same yearly electricity use/, 'Hogares con el mismo consumo eléctrico anual'],
  [/homes with the same yearly electricity use/, 'hogares con el mismo consumo eléctrico anual'],
  [/homes with the same yearly use/, 'hogares con el mismo consumo anual'],
  [/^Homes whose average draw adds up to the facility’s power/, 'Hogares cuya potencia media suma la de la instalación'],
  [/^Share of your utility’s residential customers$/, 'Parte de los clientes residenciales de su empresa de servicios públicos'],
  [/^Share of (.+)’s residential customers$/, 'Parte de los clientes residenciales de $1'],
  [/^Share of (.+)’s public-supply withdrawals$/, 'Parte de las extracciones del suministro público de $1'],
  [/^Share of your utility’s peak$/, 'Parte de la demanda máxima de su empresa de servicios públicos'],
  [/^Share of your water system’s supply$/, 'Parte del suministro de su sistema de agua'],
  [/^On-site water a day$/, 'Agua en el sitio al día'],
  [/^Homes with the same water use/, 'Hogares con el mismo consumo de agua'],
  [/^People with the same water use at home/, 'Personas con el mismo consumo de agua en casa'],
  [
    /^(\S+) from the gas turbines, tons a year$/,
    (_m, p: string) => `${p === 'formaldehyde' ? 'Formaldehído' : p} de las turbinas de gas, toneladas al año`,
  ],
  [/^Health damage a year \(2025 dollars\)$/, 'Daño a la salud al año (dólares de 2025)'],
  [/^Premature deaths a year \(inferred\)$/, 'Muertes prematuras al año (deducidas)'],
  [/^(.+): power, as independent analysts estimate it$/, '$1: potencia, según la estiman analistas independientes'],
  [/^(.+): homes with/, '$1: hogares con'],
  [/^Electricity of one home/, 'Electricidad de un hogar'],
  [/^Water of one home a day/, 'Agua de un hogar al día'],
  [/^Residential electricity customers in /, 'Clientes residenciales de electricidad en '],
  // names of inputs
  [/^(.+)'s power, as independent analysts estimate it$/, 'potencia de $1, según la estiman analistas independientes'],
  [/the proposed facility’s computers’ \(IT\) power/, 'la potencia de las computadoras (TI) de la instalación propuesta'],
  [
    /the proposed facility’s water use, at the U\.S\. average per kWh/,
    'el consumo de agua de la instalación propuesta, al promedio de EE. UU. por kWh',
  ],
  [/the proposed facility’s water use/, 'el consumo de agua de la instalación propuesta'],
  [/yearly energy of the proposed facility’s power/, 'energía anual de la potencia de la instalación propuesta'],
  [/the proposed facility’s power/, 'la potencia de la instalación propuesta'],
  [/^power usage effectiveness, as set$/, 'PUE (eficacia del uso de energía), según lo fijado'],
  [/^power usage effectiveness, as the sources give it$/, 'PUE (eficacia del uso de energía), según las fuentes'],
  [/^load factor \(the share of the year run\)$/, 'factor de carga (la parte del año en que funcionan)'],
  [/^yearly electricity use of one home/, 'consumo eléctrico anual de un hogar'],
  [/^electricity use of one home/, 'consumo eléctrico de un hogar'],
  [/^average power of one home/, 'potencia media de un hogar'],
  [/^residential electricity customers in /, 'clientes residenciales de electricidad en '],
  [/your utility’s peak demand/, 'la demanda máxima de su empresa de servicios públicos'],
  [/your utility’s residential customers/, 'los clientes residenciales de su empresa de servicios públicos'],
  [/your water system’s supply/, 'el suministro de su sistema de agua'],
  [/^water one person uses at home a day/, 'agua que una persona usa en casa al día'],
  [/^water one home uses a day/, 'agua que un hogar usa al día'],
  [/^persons per household/, 'personas por hogar'],
  [/^public-supply withdrawals in /, 'extracciones del suministro público en '],
  [/on-site gas generation/, 'generación a gas en el sitio'],
  [
    /^(\S+), central case: EPA, (.+), fine particles only \((\d{4}) dollars, (\d+)% discount rate\), per short ton$/,
    (_m, p: string, sector: string, year: string, rate: string) =>
      `${p}, caso central: EPA, ${SECTOR_WORDS[sector] ?? sector}, solo partículas finas (dólares de ${year}, tasa de descuento del ${rate}%), por tonelada corta`,
  ],
  [/^fuel burned an hour by the gas turbines$/, 'combustible que queman las turbinas de gas por hora'],
  [/^higher over lower heating value of natural gas \(assumed\)$/, 'poder calorífico superior sobre inferior del gas natural (supuesto)'],
  [
    /^AP-42's factor for (\S+) \((.+), Table ([\d.\-a-z]+)\)$/,
    (_m, p: string, c: string, t: string) =>
      `factor de AP-42 para ${p === 'formaldehyde' ? 'formaldehído' : p} (${CONTROL_WORDS[c] ?? c}, tabla ${t})`,
  ],
  [/^CO2 from natural gas burned \(EIA\)$/, 'CO2 del gas natural quemado (EIA)'],
  [/^health damage a year, (low|high) case$/, (_m, c: string) => `daño a la salud al año, caso ${c === 'low' ? 'bajo' : 'alto'}`],
  [/^premature deaths a year, (low|high) case$/, (_m, c: string) => `muertes prematuras al año, caso ${c === 'low' ? 'bajo' : 'alto'}`],
  [/^CPI-U, annual average of (\d{4})$/, 'CPI-U (índice de precios al consumidor), promedio anual de $1'],
  [
    /^EPA's default central value of a statistical life \((\d{4}) dollars\)$/,
    'valor central de una vida estadística que la EPA usa por defecto (dólares de $1)',
  ],
  [
    /^water used on site per kWh of IT energy, U\.S\. average \(LBNL\)$/,
    'agua usada en el sitio por kWh de energía de TI, promedio de EE. UU. (LBNL)',
  ],
  [/^water used on site per MWh of IT energy$/, 'agua usada en el sitio por MWh de energía de TI'],
  [/^load factor$/, 'factor de carga'],
  // the words of formulas, with their numbers
  [/\$([\d.,]+) million\b/g, (_m, n: string) => `$${n} ${million(n)}`],
  [/([\d.,]+) billion gallons\b/g, '$1 mil millones de gallons'],
  [/([\d.,]+) million gallons\b/g, (_m, n: string) => `${n} ${million(n)} de gallons`],
  [/\(2025 dollars\)/g, '(dólares de 2025)'],
  [/hours in a year/g, 'horas en un año'],
  [/ (?:a year|per year)\b/g, ' al año'],
  [/load factor/g, 'factor de carga'],
  [/gallons a day per person/g, 'galones al día por persona'],
  [/gallons a day per home/g, 'galones al día por hogar'],
  [/gallons a day/g, 'galones al día'],
  [/gallons per MWh/g, 'galones por MWh'],
  [/people per home/g, 'personas por hogar'],
  [/kWh al año per home/g, 'kWh al año por hogar'],
  [/kWh a month/g, 'kWh al mes'],
  [/× 12 months/g, '× 12 meses'],
  [/kW per home/g, 'kW por hogar'],
  [/kWh per MWh/g, 'kWh por MWh'],
  [/kW per MW/g, 'kW por MW'],
  [/kJ per kWh/g, 'kJ por kWh'],
  [/kJ per MMBtu/g, 'kJ por MMBtu'],
  [/\(higher over lower heating value\)/g, '(poder calorífico superior sobre inferior)'],
  [/MMBtu an hour/g, 'MMBtu por hora'],
  [/lb per MMBtu/g, 'libras por MMBtu'],
  [/lb per short ton/g, 'libras por tonelada corta'],
  [/per short ton/g, 'por tonelada corta'],
  [/litres per kWh/g, 'litros por kWh'],
  [/litres per gallon/g, 'litros por galón'],
  [/(\d) hours\b/g, '$1 horas'],
  [/tons al año/g, 'toneladas al año'],
  [/\bhouseholds\b/g, 'hogares'],
  [/\bgallons\b/g, 'galones'],
];

/** Words that are English and not Spanish: one left after the phrases means the text was not fully translated. */
const ENGLISH_LEFT =
  /\b(?:the|of|and|in|per|by|with|from|for|at|on|to|is|its|not|one|each|year|day|hours?|months?|homes?|households?|people|persons?|gallons?|tons?|dollars?|low|high|case|power|water|use|uses|average|share|your|yearly|as|an|run|only|heat|rate|turbines?|Table|factor for)\b|['’]s\b/;

export type Translated = { text: string; lang: 'es' | 'en' };

/** A computed text in Spanish, or as it was (lang 'en') where it is not fully one of the phrases known here. */
export function inSpanish(english: string): Translated {
  let out = english;
  for (const [pattern, to] of RULES) out = out.replace(pattern, to as string);
  return ENGLISH_LEFT.test(out) ? { text: english, lang: 'en' } : { text: out, lang: 'es' };
}
