import { useFormContext, useFormState } from 'react-hook-form';
import { useT } from '../../i18n/use-t';
import { FieldMessages, describedBy } from '../../ui/field-messages';
import { fieldErrorAt } from '../../ui/form/field-error-at';
import { useFormMeta } from '../../ui/form/form-context';

const NAME = 'consentToContact';

/**
 * Consent to be contacted, under the privacy notice in plain words: who reads the request, what they do
 * with it, and that it is never sold or shared outside the network. The box is never ticked for the person.
 */
export function ConsentField() {
  const t = useT();
  const meta = useFormMeta();
  const { register } = useFormContext();
  const { errors } = useFormState({ name: NAME });
  const id = meta.idFor(NAME);
  const error = meta.messageFor(NAME, fieldErrorAt(errors, NAME));
  const noticeId = `${id}-notice`;
  return (
    <fieldset className={error === undefined ? 'field' : 'field field--error'}>
      <legend className="field__legend">{t('findCare.consent.legend')}</legend>
      <div className="finder-privacy" id={noticeId}>
        <h3>{t('findCare.privacy.title')}</h3>
        <ul>
          <li>{t('findCare.privacy.who')}</li>
          <li>{t('findCare.privacy.use')}</li>
          <li>
            <strong>{t('findCare.privacy.never')}</strong>
          </li>
          <li>{t('findCare.privacy.keep')}</li>
        </ul>
      </div>
      <FieldMessages id={id} error={error} />
      <div className="choice">
        <input
          {...register(NAME)}
          className="choice__input"
          type="checkbox"
          id={id}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={[noticeId, describedBy(id, undefined, error)].filter(Boolean).join(' ')}
        />
        <label className="choice__label" htmlFor={id}>
          {meta.labelFor(NAME)}
        </label>
      </div>
    </fieldset>
  );
}
