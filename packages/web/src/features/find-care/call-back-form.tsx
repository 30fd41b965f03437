import {
  ZCreateInquiryRequest,
  ZCreateInquiryResponse,
  type TCreateInquiryInput,
  type TCreateInquiryResponse,
} from '@kratom-care/contracts';
import {
  INQUIRY_BEST_TIMES,
  INQUIRY_FOR_WHOM,
  INQUIRY_NEEDS,
  LEVELS_OF_CARE,
  PAYERS,
  US_STATES,
  type LevelOfCare,
} from '@kratom-care/domain';
import { lazy, Suspense, useRef, useState } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { FieldMessages } from '../../ui/field-messages';
import {
  CheckboxesField,
  RadioField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { hasAnyAnswer } from '../self-check/state/has-any-answer';
import { useSelfCheck } from '../self-check/state/use-self-check';
import { withoutEmptyPayer } from './call-back-body';
import { ConsentField } from './consent-field';
import { HoneypotField, readHoneypot } from './honeypot-field';
import { useValueLabel } from './vocabulary-labels';

const SelfCheckAttachment = lazy(() =>
  import('./self-check-attachment').then((m) => ({ default: m.SelfCheckAttachment })),
);

export const CALL_BACK_FORM_ID = 'call-back';

/**
 * The contract's own schema, after leaving out a payer the person said nothing about: no second copy of
 * any rule. (The preprocess step takes anything; the form's values are the contract's input.)
 */
const CALL_BACK_SCHEMA = z.preprocess(
  withoutEmptyPayer,
  ZCreateInquiryRequest,
) as unknown as typeof ZCreateInquiryRequest;

/** The facility the request is about, when it came from a facility page. */
export interface CallBackFacility {
  readonly id: string;
  readonly name: string;
}

interface CallBackFormProps {
  readonly facility: CallBackFacility | null;
  readonly level: LevelOfCare | undefined;
  /** Called with the reference once the request is stored. */
  readonly onSent: (response: TCreateInquiryResponse) => void;
  /** When the form appeared (ms, `performance.now()` clock); tests pass their own. */
  readonly now?: () => number;
}

/**
 * The confidential call-back request (issue 11 §3): the contract's own zod schema checks every field in the
 * browser, and the server's 400s land beside the field they name. One `Idempotency-Key` per form: a double
 * click, or a retry after the network failed, stores one request. The fill time and the trap field go with
 * the body; the self-check summary only when the person ticks it, shown word for word first.
 */
export function CallBackForm({ facility, level, onSent, now = () => performance.now() }: CallBackFormProps) {
  const t = useT();
  const label = useValueLabel();
  const { state: selfCheck } = useSelfCheck();
  const [shownAt] = useState(now);
  const [attached, setAttached] = useState<string | null>(null);
  // The fill time of the body that was sent: a retry with the same key must send the same body, or the
  // server takes it for another request (422). Forgotten once the server answers with a problem (nothing
  // was stored then). Written and read only in event handlers.
  const sentElapsed = useRef<number | null>(null);
  // Consent is left unticked: the person ticks it themselves.
  const defaults: DefaultValues<TCreateInquiryInput> = {
    name: '',
    phone: '',
    email: '',
    bestTime: 'any',
    forWhom: 'self',
    zip: '',
    needs: [],
    elapsedMs: 0,
    website: '',
    selfCheckSummary: '',
    ...(level === undefined ? {} : { levelOfCare: level }),
    ...(facility === null ? {} : { facilityId: facility.id }),
  };
  const form = useSchemaForm(CALL_BACK_SCHEMA, defaults);
  const send = useApiMutation(
    ZCreateInquiryResponse,
    (body: z.output<typeof ZCreateInquiryRequest>) => ({ method: 'POST', path: '/api/inquiries', body }),
    { idempotent: true },
  );

  const fields = {
    name: t('findCare.form.name'),
    phone: t('findCare.form.phone'),
    email: t('findCare.form.email'),
    bestTime: t('findCare.form.bestTime'),
    forWhom: t('findCare.form.forWhom'),
    zip: t('findCare.form.zip'),
    state: t('findCare.form.state'),
    'payer.kind': t('findCare.form.payer'),
    'payer.insurer': t('findCare.form.insurer'),
    'payer.memberId': t('findCare.form.memberId'),
    levelOfCare: t('findCare.form.level'),
    facilityId: t('findCare.form.facility'),
    needs: t('findCare.form.needs'),
    selfCheckSummary: t('findCare.attach.legend'),
    consentToContact: t('findCare.form.consent'),
    elapsedMs: t('findCare.form.sending'),
  };
  const facilityError = form.formState.errors.facilityId?.message;

  // Just before the form checks its values: the time it has been open, and what is in the trap.
  const measure = (): void => {
    form.setValue('elapsedMs', sentElapsed.current ?? Math.round(now() - shownAt));
    // Typed as the empty string the contract expects; a bot's text is sent as it is, for the server to judge.
    form.setValue('website', readHoneypot() as '');
  };

  return (
    // The submit event reaches this wrapper first (capture), before the form validates.
    <div onSubmitCapture={measure}>
      <SchemaForm
        id={CALL_BACK_FORM_ID}
        form={form}
        fields={fields}
        className="finder-form"
        onSubmit={async (body) => {
          sentElapsed.current = body.elapsedMs;
          try {
            onSent(await send.mutateAsync(body));
          } catch (error) {
            // A refusal means nothing was stored under the key: the next try measures the time again.
            if (error instanceof ApiError && error.status !== 0) {
              sentElapsed.current = null;
            }
            throw error;
          }
        }}
      >
        <TextField name="name" autoComplete="given-name" hint={t('findCare.form.nameHint')} />
        <fieldset className="field">
          <legend className="field__legend">{t('findCare.form.reach')}</legend>
          <p className="field__hint">{t('findCare.form.reachHint')}</p>
          <TextField name="phone" autoComplete="tel" inputMode="tel" optional hint={t('findCare.form.phoneHint')} />
          <TextField name="email" type="email" autoComplete="email" optional />
        </fieldset>
        <RadioField
          name="bestTime"
          options={INQUIRY_BEST_TIMES.map((value) => ({ value, label: t(`findCare.bestTime.${value}`) }))}
        />
        <RadioField
          name="forWhom"
          options={INQUIRY_FOR_WHOM.map((value) => ({ value, label: t(`findCare.forWhom.${value}`) }))}
        />
        <fieldset className="field">
          <legend className="field__legend">{t('findCare.form.where')}</legend>
          <p className="field__hint">{t('findCare.form.whereHint')}</p>
          <TextField name="zip" inputMode="numeric" autoComplete="postal-code" optional />
          <SelectField
            name="state"
            placeholder={t('findCare.form.statePlaceholder')}
            options={US_STATES.map((code) => ({ value: code, label: label('state', code) })).sort((a, b) =>
              a.label.localeCompare(b.label),
            )}
          />
        </fieldset>
        <fieldset className="field">
          <legend className="field__legend">{t('findCare.form.paying')}</legend>
          <p className="field__hint">{t('findCare.form.payingHint')}</p>
          <SelectField
            name="payer.kind"
            placeholder={t('findCare.form.payerPlaceholder')}
            options={PAYERS.map((value) => ({ value, label: label('payer', value) }))}
          />
          <TextField name="payer.insurer" optional />
          <TextField name="payer.memberId" optional autoComplete="off" />
        </fieldset>
        {facility === null ? (
          <SelectField
            name="levelOfCare"
            placeholder={t('findCare.form.levelPlaceholder')}
            options={LEVELS_OF_CARE.map((value) => ({ value, label: label('level', value) }))}
          />
        ) : (
          <div className="field" id={`${CALL_BACK_FORM_ID}-facilityId`} tabIndex={-1}>
            <p className="field__label">{t('findCare.form.facility')}</p>
            <FieldMessages id={`${CALL_BACK_FORM_ID}-facilityId`} error={facilityError} />
            <p>{facility.name}</p>
            <input type="hidden" {...form.register('facilityId')} />
          </div>
        )}
        <CheckboxesField
          name="needs"
          hint={t('findCare.form.needsHint')}
          options={INQUIRY_NEEDS.map((value) => ({ value, label: t(`findCare.need.${value}`) }))}
        />
        {hasAnyAnswer(selfCheck) ? (
          <Suspense fallback={null}>
            <SelfCheckAttachment
              id={`${CALL_BACK_FORM_ID}-selfCheckSummary`}
              attached={attached}
              onChange={(text) => {
                form.setValue('selfCheckSummary', text ?? '');
                setAttached(text);
              }}
              error={form.formState.errors.selfCheckSummary?.message}
            />
          </Suspense>
        ) : null}
        <ConsentField />
        <HoneypotField />
        {/* Filled in by the form itself (above), never typed: the fill time, the trap, the attached summary. */}
        <input type="hidden" {...form.register('elapsedMs')} />
        <input type="hidden" {...form.register('website')} />
        <input type="hidden" {...form.register('selfCheckSummary')} />
        <div id={`${CALL_BACK_FORM_ID}-elapsedMs`} tabIndex={-1}>
          <FieldMessages id={`${CALL_BACK_FORM_ID}-elapsedMs`} error={form.formState.errors.elapsedMs?.message} />
          <SubmitButton>{t('findCare.form.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </div>
  );
}
