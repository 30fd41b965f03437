import { AUDIT_ACTIONS } from '@kratom-care/contracts';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { SingleCheckbox } from '../../ui/single-checkbox';
import { InputField } from '../../ui/input-field';
import { NO_FILTERS, type AuditFilters } from './audit-query';
import { PersonPicker } from './person-picker';

interface AuditFilterFormProps {
  readonly initial: AuditFilters;
  readonly onApply: (filters: AuditFilters) => void;
}

const ANY = 'any';

/**
 * The audit filters: the person by name, the action from the actions the server writes, a date range
 * and break-glass only. Applied on submit, so typing does not fire a request per key.
 */
export function AuditFilterForm({ initial, onApply }: AuditFilterFormProps) {
  const t = useT();
  const [values, setValues] = useState<AuditFilters>(initial);
  const [attempt, setAttempt] = useState(0);
  const wrongOrder = values.from !== '' && values.to !== '' && values.to < values.from;
  const [showErrors, setShowErrors] = useState(false);
  const toError = showErrors && wrongOrder ? t('audit.toBeforeFrom') : undefined;
  return (
    <section aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title">{t('audit.filtersTitle')}</h2>
      <ErrorSummary
        errors={toError === undefined ? [] : [{ fieldId: 'audit-to', message: `${t('audit.to')}: ${toError}` }]}
        attempt={attempt}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setShowErrors(true);
          if (wrongOrder) {
            setAttempt((value) => value + 1);
            return;
          }
          onApply(values);
        }}
      >
        <div className="ws-filter-grid">
          <PersonPicker
            label={t('audit.person')}
            value={values.actor}
            onChange={(actor) => {
              setValues((current) => ({ ...current, actor }));
            }}
          />
          <SelectField
            id="audit-action"
            label={t('audit.action')}
            placeholder={t('audit.action')}
            options={[ANY, ...AUDIT_ACTIONS].map((action) => ({
              value: action,
              label: action === ANY ? t('audit.anyAction') : action,
            }))}
            value={values.action === '' ? ANY : values.action}
            onChange={(action) => {
              setValues((current) => ({ ...current, action: action === ANY ? '' : action }));
            }}
          />
          <InputField
            id="audit-from"
            label={t('audit.from')}
            type="date"
            value={values.from}
            onChange={(from) => {
              setValues((current) => ({ ...current, from }));
            }}
          />
          <InputField
            id="audit-to"
            label={t('audit.to')}
            type="date"
            value={values.to}
            error={toError}
            onChange={(to) => {
              setValues((current) => ({ ...current, to }));
            }}
          />
        </div>
        {values.patient === null ? null : (
          <p className="ws-chosen">
            {t('audit.patientChosen', { name: values.patient.name })}{' '}
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setValues((current) => ({ ...current, patient: null }));
              }}
            >
              {t('audit.patientClear')}
            </button>
          </p>
        )}
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
              setShowErrors(false);
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
