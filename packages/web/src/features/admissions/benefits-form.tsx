import { ZInquiryBenefitsInput, type TInquiryDetail } from '@kratom-care/contracts';
import { PAYERS, PRIOR_AUTHORISATION_STATES } from '@kratom-care/domain';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/use-t';
import {
  BooleanField,
  RadioField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useInquiryChange, type OnStale } from './use-inquiry-change';

const IN_NETWORK = ['yes', 'no', 'unknown'] as const;

/** The checklist as the form holds it: "in network" is three radio buttons (yes, no, not known yet). */
const ZBenefitsForm = ZInquiryBenefitsInput.extend({
  inNetwork: z.enum(IN_NETWORK).transform((answer) => (answer === 'unknown' ? null : answer === 'yes')),
});

function inNetworkAnswer(value: boolean | null | undefined): (typeof IN_NETWORK)[number] {
  if (value === true) {
    return 'yes';
  }
  return value === false ? 'no' : 'unknown';
}

/**
 * The benefits checklist: payer, insurer, plan type and member ID (first filled from what the person
 * sent), in network or not, deductible and out-of-pocket notes, prior authorisation, and "verified now",
 * which has the server stamp who verified it and when. Saved with `If-Match`.
 */
export function BenefitsForm({ inquiry, onStale }: { readonly inquiry: TInquiryDetail; readonly onStale: OnStale }) {
  const { t, formatDateTime } = useI18n();
  const change = useInquiryChange(inquiry, onStale);
  const [saved, setSaved] = useState(false);
  const benefits = inquiry.benefits;
  const form = useSchemaForm(ZBenefitsForm, {
    payerKind: benefits?.payerKind ?? inquiry.payer?.kind ?? undefined,
    insurer: benefits?.insurer ?? inquiry.payer?.insurer ?? '',
    planType: benefits?.planType ?? '',
    memberId: benefits?.memberId ?? inquiry.payer?.memberId ?? '',
    inNetwork: inNetworkAnswer(benefits?.inNetwork),
    deductibleNotes: benefits?.deductibleNotes ?? '',
    outOfPocketNotes: benefits?.outOfPocketNotes ?? '',
    priorAuthorisation: benefits?.priorAuthorisation ?? undefined,
    verified: false,
  });
  const verified =
    benefits?.verifiedBy === null || benefits?.verifiedBy === undefined || benefits.verifiedAt === null
      ? t('admissions.benefits.notVerified')
      : t('admissions.benefits.verifiedBy', {
          name: benefits.verifiedBy,
          time: formatDateTime(new Date(benefits.verifiedAt), { dateStyle: 'medium', timeStyle: 'short' }),
        });
  return (
    <section className="ws-section workspace-card" aria-labelledby="inquiry-benefits-title">
      <h2 id="inquiry-benefits-title">{t('admissions.benefits.title')}</h2>
      <p>{verified}</p>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('admissions.benefits.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="inquiry-benefits"
        form={form}
        fields={{
          payerKind: t('admissions.benefits.payer'),
          insurer: t('admissions.benefits.insurer'),
          planType: t('admissions.benefits.planType'),
          memberId: t('admissions.benefits.memberId'),
          inNetwork: t('admissions.benefits.inNetwork'),
          deductibleNotes: t('admissions.benefits.deductible'),
          outOfPocketNotes: t('admissions.benefits.outOfPocket'),
          priorAuthorisation: t('admissions.benefits.priorAuth'),
          verified: t('admissions.benefits.verifiedNow'),
        }}
        onSubmit={async (values) => {
          setSaved(false);
          if (await change({ benefits: values })) {
            setSaved(true);
            form.setValue('verified', false);
          }
        }}
      >
        <div className="workspace-grid">
          <SelectField
            name="payerKind"
            placeholder={t('admissions.benefits.choose')}
            options={PAYERS.map((payer) => ({ value: payer, label: t(`careNetwork.payer.${payer}`) }))}
          />
          <TextField name="insurer" />
          <TextField name="planType" hint={t('admissions.benefits.planTypeHint')} />
          <TextField name="memberId" />
        </div>
        <RadioField
          name="inNetwork"
          options={IN_NETWORK.map((answer) => ({ value: answer, label: t(`admissions.benefits.inNetwork.${answer}`) }))}
        />
        <TextField name="deductibleNotes" multiline />
        <TextField name="outOfPocketNotes" multiline />
        <SelectField
          name="priorAuthorisation"
          placeholder={t('admissions.benefits.choose')}
          options={PRIOR_AUTHORISATION_STATES.map((state) => ({
            value: state,
            label: t(`admissions.priorAuth.${state}`),
          }))}
        />
        <BooleanField name="verified" />
        <div className="button-row">
          <SubmitButton>{t('admissions.benefits.save')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
