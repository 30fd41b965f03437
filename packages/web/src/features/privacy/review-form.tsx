import { ZBreakGlassReviewResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import { useT } from '../../i18n/use-t';
import { FormErrors } from '../account/form/form-errors';
import { InputField } from '../account/form/input-field';
import { useFormErrors } from '../account/form/use-form-errors';
import { check, collect } from '../account/form/validators';

/** Marks one break-glass access as reviewed, with the privacy officer's note. */
export function ReviewForm({ accessId, onReviewed }: { readonly accessId: string; readonly onReviewed: () => void }) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldId = `review-note-${accessId}`;
  const label = t('breakGlass.note');
  return (
    <>
      <FormErrors state={form} labels={{ [fieldId]: label }} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.check(collect({ [fieldId]: check.required(t, note) }))) {
            return;
          }
          setBusy(true);
          api
            .request(
              {
                method: 'POST',
                path: `/api/audit/break-glass/${encodeURIComponent(accessId)}/review`,
                body: { note: note.trim() },
              },
              ZBreakGlassReviewResponse,
            )
            .then(onReviewed)
            .catch((error: unknown) => {
              form.fail(error, (path) => (path === 'note' ? fieldId : undefined));
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        <InputField id={fieldId} label={label} multiline value={note} onChange={setNote} error={form.errors[fieldId]} />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('breakGlass.markReviewed')}
          </button>
        </div>
      </form>
    </>
  );
}
