import { useId, useMemo } from 'react';
import { CHECK_CATALOGUES } from '../../i18n/check-catalogues';
import { MessagesLayer } from '../../i18n/messages-layer';
import { useI18n, useT } from '../../i18n/use-t';
import { FieldMessages, describedBy } from '../../ui/field-messages';
import { useComputedResult } from '../self-check/result/use-computed-result';
import { selfCheckSummaryText } from './self-check-summary-text';

export interface SelfCheckAttachmentProps {
  /** The id the form's errors link to (`call-back-selfCheckSummary`). */
  readonly id: string;
  /** The text being attached, or null when not attached. */
  readonly attached: string | null;
  readonly onChange: (text: string | null) => void;
  readonly error: string | undefined;
}

function Attachment({ id, attached, onChange, error }: SelfCheckAttachmentProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const { evaluation } = useComputedResult();
  const previewId = useId();
  const text = useMemo(
    () =>
      selfCheckSummaryText(evaluation, t, formatDateTime(evaluation.at, { dateStyle: 'medium', timeStyle: 'short' })),
    [evaluation, t, formatDateTime],
  );
  if (text === null) {
    return null;
  }
  return (
    <fieldset
      className={error === undefined ? 'field' : 'field field--error'}
      aria-describedby={describedBy(id, t('findCare.attach.hint'), error)}
    >
      <legend className="field__legend">{t('findCare.attach.legend')}</legend>
      <FieldMessages id={id} hint={t('findCare.attach.hint')} error={error} />
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id={id}
          checked={attached !== null}
          aria-controls={previewId}
          onChange={(event) => {
            onChange(event.currentTarget.checked ? text : null);
          }}
        />
        <label className="choice__label" htmlFor={id}>
          {t('findCare.attach.label')}
        </label>
      </div>
      <div id={previewId}>
        {attached === null ? null : (
          <>
            <p>{t('findCare.attach.exactly')}</p>
            <pre className="finder-attachment">{attached}</pre>
          </>
        )}
      </div>
    </fieldset>
  );
}

/**
 * "Attach my self-check summary": offered only when this tab holds a finished self-check, unticked until the
 * person ticks it, and showing word for word what will be sent. A chunk of its own with the self-check's
 * wording, loaded only for someone who did the self-check.
 */
export function SelfCheckAttachment(props: SelfCheckAttachmentProps) {
  return (
    <MessagesLayer catalogues={CHECK_CATALOGUES}>
      <Attachment {...props} />
    </MessagesLayer>
  );
}
