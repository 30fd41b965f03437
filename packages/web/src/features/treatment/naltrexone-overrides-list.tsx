import { ZEnteredInErrorRequest, type TEnteredInErrorRequest, type TNaltrexoneOverride } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useApiMutation } from '../../api/use-api-mutation';
import { useI18n } from '../../i18n/use-t';
import { RequestError, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { OVERRIDE_LIST, OVERRIDE_RECORD, medicationPaths } from './medication-lists';

interface OverridesProps {
  readonly patientId: string;
  readonly orderId: string;
}

/**
 * A naltrexone order's overrides of the washout block, newest first, each with "Withdraw": marking it
 * entered in error with a reason, after which the block is back (decision 0027). Nothing is deleted.
 */
export function NaltrexoneOverridesList({ patientId, orderId }: OverridesProps) {
  const { t, formatDateTime } = useI18n();
  const overrides = useApiInfiniteQuery(OVERRIDE_LIST, {
    path: medicationPaths(patientId).overrides(orderId),
    query: { limit: 20, order: 'desc' },
  });
  const current = overrides.items.filter((row) => row.status !== 'entered-in-error');
  if (overrides.error !== null) {
    return (
      <RequestError
        error={overrides.error}
        onRetry={() => {
          void overrides.refetch();
        }}
      />
    );
  }
  // Most naltrexone orders are never overridden: nothing to show until one is.
  if (current.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={`overrides-${orderId}`}>
      <h4 id={`overrides-${orderId}`}>{t('meds.overrides.title')}</h4>
      <ul className="meds-overrides">
        {current.map((row) => (
          <li key={row.id}>
            <p>
              {t('meds.overrides.entry', {
                when: formatDateTime(new Date(row.overriddenAt), { dateStyle: 'medium', timeStyle: 'short' }),
                by: row.overriddenBy,
                reason: row.reason,
              })}
            </p>
            <WithdrawOverride patientId={patientId} orderId={orderId} override={row} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function WithdrawOverride({
  patientId,
  orderId,
  override,
}: OverridesProps & { readonly override: TNaltrexoneOverride }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const paths = medicationPaths(patientId);
  const withdraw = useApiMutation(
    OVERRIDE_RECORD,
    (body: TEnteredInErrorRequest) => ({
      method: 'POST',
      path: `${paths.overrides(orderId)}/${encodeURIComponent(override.id)}/entered-in-error`,
      body,
    }),
    { invalidates: [paths.overrides(orderId), paths.panel] },
  );
  const form = useSchemaForm(ZEnteredInErrorRequest, { reason: '' });
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('meds.overrides.withdraw')}
      </button>
    );
  }
  return (
    <SchemaForm
      id={`withdraw-${override.id}`}
      form={form}
      fields={{ reason: t('meds.overrides.withdrawReason') }}
      onSubmit={async (body) => {
        await withdraw.mutateAsync(body);
        setOpen(false);
      }}
    >
      <p>{t('meds.overrides.withdrawIntro')}</p>
      <TextField name="reason" />
      <div className="button-row">
        <SubmitButton>{t('meds.overrides.withdrawSubmit')}</SubmitButton>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('meds.override.cancel')}
        </button>
      </div>
    </SchemaForm>
  );
}
