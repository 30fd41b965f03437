import {
  ZConvertInquiryRequest,
  ZConvertInquiryResponse,
  type TConvertInquiryRequest,
  type TInquiryDetail,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { inquiryReads } from './use-inquiry-change';

/** A request becomes a patient once the assessment is scheduled (the server refuses it earlier). */
const CONVERTIBLE: ReadonlySet<string> = new Set(['assessment-scheduled', 'admitted']);

/**
 * @param name - The name as the person typed it (a first name alone is allowed).
 * @returns A given and family name to start the form with: the last word is taken as the family name.
 * @example splitName('Robin Example') // { givenName: 'Robin', familyName: 'Example' }
 */
export function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) {
    return { givenName: words[0] ?? '', familyName: '' };
  }
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1) ?? '' };
}

function ConvertForm({ inquiry, onCancel }: { readonly inquiry: TInquiryDetail; readonly onCancel: () => void }) {
  const t = useT();
  // Idempotent: a retried click (double click, network blip) creates one patient.
  const convert = useApiMutation(
    ZConvertInquiryResponse,
    (body: TConvertInquiryRequest) => ({
      method: 'POST',
      path: `/api/inquiries/${encodeURIComponent(inquiry.id)}/convert`,
      body,
    }),
    { invalidates: [...inquiryReads(inquiry), '/api/patients'], idempotent: true },
  );
  const form = useSchemaForm(ZConvertInquiryRequest, splitName(inquiry.name));
  return (
    <div role="group" aria-labelledby="inquiry-convert-confirm">
      <p id="inquiry-convert-confirm">{t('admissions.convert.confirm')}</p>
      <SchemaForm
        id="inquiry-convert"
        form={form}
        fields={{ givenName: t('admissions.convert.givenName'), familyName: t('admissions.convert.familyName') }}
        onSubmit={async (body) => {
          await convert.mutateAsync(body);
        }}
      >
        <div className="workspace-grid">
          <TextField name="givenName" autoComplete="off" />
          <TextField name="familyName" autoComplete="off" />
        </div>
        <div className="button-row">
          <SubmitButton>{t('admissions.convert.yes')}</SubmitButton>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </SchemaForm>
    </div>
  );
}

/** What the section holds, by the request's state: the chart link, why not (yet), the confirmation, or the button. */
function ConvertBody({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (inquiry.convertedPatientId !== null) {
    return (
      <Notice tone="success" live>
        <p>{t('admissions.convert.done')}</p>
        <p>
          <Link to={`/patients/${encodeURIComponent(inquiry.convertedPatientId)}`}>
            {t('admissions.convert.open', { name: inquiry.name })}
          </Link>
        </p>
      </Notice>
    );
  }
  if (inquiry.status === 'referred-out' || inquiry.status === 'closed') {
    return <p>{t('admissions.convert.ended')}</p>;
  }
  if (!CONVERTIBLE.has(inquiry.status)) {
    return <p>{t('admissions.convert.notYet')}</p>;
  }
  if (confirming) {
    return (
      <ConvertForm
        inquiry={inquiry}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    );
  }
  return (
    <>
      <p>{t('admissions.convert.intro')}</p>
      <button
        className="button"
        type="button"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('admissions.convert.start')}
      </button>
    </>
  );
}

/**
 * "Convert to patient": after a confirmation that says what is carried across (name, phone and email
 * the person consented to give), the patient record is created at the request's facility; then the
 * section links to the new chart. A converted request only links.
 */
export function ConvertSection({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const t = useT();
  return (
    <section className="ws-section workspace-card" aria-labelledby="inquiry-convert-title">
      <h2 id="inquiry-convert-title">{t('admissions.convert.title')}</h2>
      <ConvertBody inquiry={inquiry} />
    </section>
  );
}
