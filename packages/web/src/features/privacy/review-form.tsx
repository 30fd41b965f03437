import { ZBreakGlassReviewRequest, ZBreakGlassReviewResponse } from '@kratom-care/contracts';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';

/** Marks one break-glass access as reviewed, with the privacy officer's note (the server's schema checks it). */
export function ReviewForm({ accessId, onReviewed }: { readonly accessId: string; readonly onReviewed: () => void }) {
  const t = useT();
  const review = useApiMutation(
    ZBreakGlassReviewResponse,
    (body: { note: string }) => ({
      method: 'POST',
      path: `/api/audit/break-glass/${encodeURIComponent(accessId)}/review`,
      body,
    }),
    { invalidates: ['/api/audit/break-glass'] },
  );
  const form = useSchemaForm(ZBreakGlassReviewRequest, { note: '' });
  return (
    <SchemaForm
      id={`review-${accessId}`}
      form={form}
      fields={{ note: { label: t('breakGlass.note'), messages: { too_small: t('validation.required') } } }}
      onSubmit={async (body) => {
        await review.mutateAsync(body);
        onReviewed();
      }}
    >
      <TextField name="note" multiline />
      <div className="button-row">
        <SubmitButton>{t('breakGlass.markReviewed')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}
