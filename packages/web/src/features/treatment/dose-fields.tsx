import { MEDICATION_ROUTES, TREATMENT_DOSE_UNITS } from '@kratom-care/domain';
import { useT } from '../../i18n/use-t';
import { SelectField, TextField } from '../../ui/form';
import { toNumber } from '../../ui/form/local-time';

/**
 * Dose, unit and route side by side, named `dose`, `unit` and `route`: an order and a dose given ask
 * for them the same way.
 *
 * @returns The three fields in one grid row, inside a `SchemaForm`.
 */
export function DoseFields() {
  const t = useT();
  return (
    <div className="workspace-grid">
      <TextField name="dose" toValue={toNumber} inputMode="decimal" />
      <SelectField
        name="unit"
        placeholder={t('meds.form.chooseUnit')}
        options={TREATMENT_DOSE_UNITS.map((unit) => ({ value: unit, label: t(`meds.unit.${unit}`) }))}
      />
      <SelectField
        name="route"
        placeholder={t('meds.form.chooseRoute')}
        options={MEDICATION_ROUTES.map((route) => ({ value: route, label: t(`meds.route.${route}`) }))}
      />
    </div>
  );
}
