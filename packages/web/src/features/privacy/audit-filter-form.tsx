import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { SingleCheckbox } from '../../ui/single-checkbox';
import { FormErrors } from '../account/form/form-errors';
import { InputField } from '../account/form/input-field';
import { useFormErrors } from '../account/form/use-form-errors';
import { collect } from '../account/form/validators';
import { NO_FILTERS, type AuditFilters } from './audit-query';

interface AuditFilterFormProps {
  readonly initial: AuditFilters;
  readonly onApply: (filters: AuditFilters) => void;
}

/** The audit filters; applied on submit so typing does not fire a request per key. */
export function AuditFilterForm({ initial, onApply }: AuditFilterFormProps) {
  const t = useT();
  const form = useFormErrors();
  const [values, setValues] = useState<AuditFilters>(initial);
  const set = (name: Exclude<keyof AuditFilters, 'breakGlassOnly'>) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };
  const labels = { 'audit-from': t('audit.from'), 'audit-to': t('audit.to') };
  return (
    <section aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title">{t('audit.filtersTitle')}</h2>
      <FormErrors state={form} labels={labels} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const wrongOrder = values.from !== '' && values.to !== '' && values.to < values.from;
          if (form.check(collect({ 'audit-to': wrongOrder ? t('audit.toBeforeFrom') : undefined }))) {
            onApply(values);
          }
        }}
      >
        <div className="workspace-grid">
          <InputField
            id="audit-patient"
            label={t('audit.patientId')}
            value={values.patientId}
            onChange={set('patientId')}
          />
          <InputField
            id="audit-actor"
            label={t('audit.actorId')}
            value={values.actorUserId}
            onChange={set('actorUserId')}
          />
          <InputField
            id="audit-from"
            label={labels['audit-from']}
            type="date"
            value={values.from}
            onChange={set('from')}
          />
          <InputField
            id="audit-to"
            label={labels['audit-to']}
            type="date"
            value={values.to}
            onChange={set('to')}
            error={form.errors['audit-to']}
          />
          <InputField
            id="audit-action"
            label={t('audit.action')}
            hint={t('audit.actionHint')}
            value={values.action}
            onChange={set('action')}
          />
        </div>
        <SingleCheckbox
          id="audit-break-glass"
          label={t('audit.breakGlassOnly')}
          checked={values.breakGlassOnly}
          onChange={(checked) => {
            setValues((current) => ({ ...current, breakGlassOnly: checked }));
          }}
        />
        <div className="button-row">
          <button className="button" type="submit">
            {t('audit.apply')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              setValues(NO_FILTERS);
              form.clear();
              onApply(NO_FILTERS);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
    </section>
  );
}
