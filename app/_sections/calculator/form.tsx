/**
 * The calculator's form: a plain GET form, so that it works without JavaScript and its result is an
 * address to share. Every field says its default and what it accepts (from lib/calculator/settings.ts).
 */
import { getTranslations } from 'next-intl/server';

import { calculatorPath } from '@/lib/calculator/route';
import {
  allowedFor,
  type CalculatorParam,
  type CalculatorSettings,
  CONTROL_DEFAULT,
  CONTROLS,
  type Control,
  NAME_MAX_LENGTH,
} from '@/lib/calculator/settings';
import { allowedForEs } from '@/lib/calculator/settings-es';
import type { StateRow } from '@/lib/data/schemas/states';
import type { Locale } from '@/lib/i18n/locales';

type Field = { name: CalculatorParam; label: string; value: number | string | undefined };

function TextField({ f, codes, decimal = true, locale }: { f: Field; codes: string[]; decimal?: boolean; locale: Locale }) {
  const id = `c-${f.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{f.label}</label>
      <input
        id={id}
        name={f.name}
        type="text"
        inputMode={decimal ? 'decimal' : 'text'}
        autoComplete="off"
        defaultValue={f.value ?? ''}
        aria-describedby={`${id}-help`}
        {...(f.name === 'name' ? { maxLength: NAME_MAX_LENGTH } : {})}
      />
      <p id={`${id}-help`} className="help">
        {locale === 'es' ? allowedForEs(f.name, codes) : allowedFor(f.name, codes)}.
      </p>
    </div>
  );
}

export async function CalculatorForm({
  states,
  settings,
  locale = 'en',
}: {
  states: StateRow[];
  settings: CalculatorSettings | undefined;
  locale?: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'calculator.form' });
  const s = settings;
  const codes = states.map((r) => r.code);
  const field = (name: CalculatorParam, value: number | string | undefined): Field => ({ name, label: t(name), value });
  const control = (c: Control) => t(`controls.${c}`);
  return (
    <form method="get" action={calculatorPath('page', locale)} className="calc-form" aria-labelledby="calc-form-heading">
      <h2 id="calc-form-heading">{s ? t('change') : t('describe')}</h2>
      <fieldset>
        <legend>{t('proposal')}</legend>
        <TextField f={field('name', s?.name)} codes={codes} decimal={false} locale={locale} />
        <div className="field">
          <label htmlFor="c-state">{t('state')}</label>
          <select id="c-state" name="state" defaultValue={s?.state ?? ''} aria-describedby="c-state-help">
            <option value="">{t('chooseState')}</option>
            {states.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <p id="c-state-help" className="help">
            {t('stateHelp')}
          </p>
        </div>
        <TextField f={field('mw', s?.mw)} codes={codes} locale={locale} />
        <TextField f={field('it', s?.it)} codes={codes} locale={locale} />
        <TextField f={field('pue', s?.pue)} codes={codes} locale={locale} />
        <TextField
          f={field('loadFactor', s === undefined || s.loadFactor === 1 ? undefined : s.loadFactor)}
          codes={codes}
          locale={locale}
        />
        <TextField f={field('water', s?.water)} codes={codes} locale={locale} />
      </fieldset>
      <fieldset>
        <legend>{t('gasLegend')}</legend>
        <TextField f={field('gas', s?.gas)} codes={codes} locale={locale} />
        <TextField f={field('hours', s?.gas === undefined || s.hours === 8760 ? undefined : s.hours)} codes={codes} locale={locale} />
        <div className="field">
          <label htmlFor="c-control">{t('control')}</label>
          <select id="c-control" name="control" defaultValue={s?.gas === undefined ? '' : s.control} aria-describedby="c-control-help">
            <option value="">{t('controlDefault', { control: control(CONTROL_DEFAULT) })}</option>
            {(Object.keys(CONTROLS) as Control[]).map((value) => (
              <option key={value} value={value}>
                {control(value)}
              </option>
            ))}
          </select>
          <p id="c-control-help" className="help">
            {t('controlHelp')}
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('localLegend')}</legend>
        <TextField f={field('peak', s?.peak)} codes={codes} locale={locale} />
        <TextField f={field('customers', s?.customers)} codes={codes} locale={locale} />
        <TextField f={field('supply', s?.supply)} codes={codes} locale={locale} />
      </fieldset>
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
