/**
 * The calculator's form: a plain GET form, so that it works without JavaScript and its result is an
 * address to share. Every field says its default and what it accepts (from lib/calculator/settings.ts).
 */
import { CALCULATOR_PATH } from '@/lib/calculator/route';
import {
  allowedFor,
  type CalculatorParam,
  type CalculatorSettings,
  CONTROL_DEFAULT,
  CONTROLS,
  NAME_MAX_LENGTH,
} from '@/lib/calculator/settings';
import type { StateRow } from '@/lib/data/schemas/states';

type Field = { name: CalculatorParam; label: string; value: number | string | undefined };

function TextField({ f, codes, decimal = true }: { f: Field; codes: string[]; decimal?: boolean }) {
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
        {allowedFor(f.name, codes)}.
      </p>
    </div>
  );
}

export function CalculatorForm({ states, settings }: { states: StateRow[]; settings: CalculatorSettings | undefined }) {
  const s = settings;
  const codes = states.map((r) => r.code);
  const field = (name: CalculatorParam, label: string, value: number | string | undefined): Field => ({ name, label, value });
  return (
    <form method="get" action={CALCULATOR_PATH} className="calc-form" aria-labelledby="calc-form-heading">
      <h2 id="calc-form-heading">{s ? 'Change the settings' : 'Describe the proposal'}</h2>
      <fieldset>
        <legend>The proposal</legend>
        <TextField f={field('name', 'A name for the proposal (optional)', s?.name)} codes={codes} decimal={false} />
        <div className="field">
          <label htmlFor="c-state">State</label>
          <select id="c-state" name="state" defaultValue={s?.state ?? ''} aria-describedby="c-state-help">
            <option value="">Choose a state</option>
            {states.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <p id="c-state-help" className="help">
            The homes are counted by this state&apos;s average home.
          </p>
        </div>
        <TextField f={field('mw', 'Power of the whole facility, MW', s?.mw)} codes={codes} />
        <TextField f={field('it', 'Or: power of its computers (IT), MW', s?.it)} codes={codes} />
        <TextField f={field('pue', 'Power usage effectiveness (PUE), with IT power', s?.pue)} codes={codes} />
        <TextField f={field('loadFactor', 'Load factor', s === undefined || s.loadFactor === 1 ? undefined : s.loadFactor)} codes={codes} />
        <TextField f={field('water', 'Water used on site, gallons a day (optional)', s?.water)} codes={codes} />
      </fieldset>
      <fieldset>
        <legend>Gas turbines on site (optional)</legend>
        <TextField f={field('gas', 'Gas generation, MW', s?.gas)} codes={codes} />
        <TextField
          f={field('hours', 'Hours a year they run', s?.gas === undefined || s.hours === 8760 ? undefined : s.hours)}
          codes={codes}
        />
        <div className="field">
          <label htmlFor="c-control">How their NOx is controlled</label>
          <select id="c-control" name="control" defaultValue={s?.gas === undefined ? '' : s.control} aria-describedby="c-control-help">
            <option value="">Default ({CONTROLS[CONTROL_DEFAULT]})</option>
            {Object.entries(CONTROLS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
          <p id="c-control-help" className="help">
            AP-42&apos;s factors for gas turbines without add-on controls; turbines with catalysts emit less.
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>Your own local numbers (optional)</legend>
        <TextField f={field('peak', 'Your utility’s peak demand, MW', s?.peak)} codes={codes} />
        <TextField f={field('customers', 'Your utility’s residential customers', s?.customers)} codes={codes} />
        <TextField f={field('supply', 'Your water system’s supply, million gallons a day', s?.supply)} codes={codes} />
      </fieldset>
      <button type="submit">Show the numbers</button>
    </form>
  );
}
