import {
  ZCreateInquiryReferralRequest,
  ZInquiryDetail,
  type TCreateInquiryReferralRequest,
  type TInquiryDetail,
} from '@kratom-care/contracts';
import { useRef, useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import {
  BooleanField,
  RadioField,
  RequestError,
  SchemaForm,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { ChoiceGroup } from '../../ui/choice-group';
import { SearchForm } from '../../ui/search-form';
import { LoadingState } from '../workspace/page-states';
import { facilityOptionLabel, useNetworkFacilities, type NetworkPlace } from './network-facility-search';
import { inquiryReads } from './use-inquiry-change';

const DESTINATIONS = ['network', 'outside'] as const;
type Destination = (typeof DESTINATIONS)[number];

/**
 * @param text - What the coordinator typed: a five-digit ZIP code or a two-letter state.
 * @returns The finder search it asks for, or null when it is neither.
 */
export function placeFromText(text: string): NetworkPlace | null {
  const trimmed = text.trim();
  if (/^\d{5}$/.test(trimmed)) {
    return { zip: trimmed };
  }
  return /^[A-Za-z]{2}$/.test(trimmed) ? { state: trimmed.toUpperCase() } : null;
}

interface ReferralFormProps {
  readonly inquiry: TInquiryDetail;
  readonly onSent: () => void;
  readonly onCancel: () => void;
}

/** The network search (its own small form) and the referral form under it. */
function ReferralForm({ inquiry, onSent, onCancel }: ReferralFormProps) {
  const t = useT();
  const [destination, setDestination] = useState<Destination | undefined>(undefined);
  const [search, setSearch] = useState(inquiry.zip ?? inquiry.state ?? '');
  const place = destination === 'network' ? placeFromText(search) : null;
  const network = useNetworkFacilities(place, inquiry.facilityId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmed = useRef(false);
  const refer = useApiMutation(
    ZInquiryDetail,
    (body: TCreateInquiryReferralRequest) => ({
      method: 'POST',
      path: `/api/inquiries/${encodeURIComponent(inquiry.id)}/referrals`,
      body,
    }),
    { invalidates: inquiryReads(inquiry), idempotent: true },
  );
  const form = useSchemaForm(ZCreateInquiryReferralRequest, { summary: '' });
  const options = (network.items ?? []).map((facility) => ({
    value: facility.id,
    label: facilityOptionLabel(t, facility),
  }));
  return (
    <>
      <ChoiceGroup
        id="inquiry-referral-destination"
        legend={t('admissions.refer.destination')}
        options={DESTINATIONS.map((value) => ({ value, label: t(`admissions.refer.destination.${value}`) }))}
        value={destination}
        onChange={(value) => {
          setDestination(value);
          setConfirming(null);
        }}
      />
      {destination === 'network' ? (
        <>
          <div className="ws-toolbar">
            <SearchForm
              id="inquiry-referral-place"
              label={t('admissions.refer.search')}
              buttonLabel={t('admissions.refer.searchButton')}
              value={search}
              onSearch={setSearch}
            />
          </div>
          {place === null ? <p>{t('admissions.refer.searchHint')}</p> : null}
          {network.error === null ? null : <RequestError error={network.error} />}
          {network.isPending ? <LoadingState /> : null}
          {place !== null && network.items !== undefined && options.length === 0 ? (
            <p>{t('admissions.refer.noneFound')}</p>
          ) : null}
        </>
      ) : null}
      {destination === undefined ? null : (
        <SchemaForm
          id="inquiry-referral"
          form={form}
          fields={{
            toFacilityId: t('admissions.refer.networkFacility'),
            toName: t('admissions.refer.outsideName'),
            consentConfirmed: t('admissions.refer.consent'),
            summary: t('admissions.refer.summary'),
          }}
          onSubmit={async (body) => {
            if (!confirmed.current) {
              // First the consequence in words; the referral is sent only after "Yes".
              const to =
                destination === 'network'
                  ? (options.find((option) => option.value === body.toFacilityId)?.label ?? '')
                  : (body.toName ?? '');
              setConfirming(to);
              return;
            }
            confirmed.current = false;
            setConfirming(null);
            await refer.mutateAsync(body);
            onSent();
          }}
        >
          {destination === 'network' && options.length > 0 ? (
            <RadioField name="toFacilityId" options={options} />
          ) : null}
          {destination === 'outside' ? (
            <>
              <TextField name="toName" hint={t('admissions.refer.outsideHint')} />
              <BooleanField name="consentConfirmed" />
            </>
          ) : null}
          <TextField name="summary" multiline hint={t('admissions.refer.summaryHint')} />
          {confirming === null ? (
            <div className="button-row">
              <SubmitButton>{t('admissions.refer.continue')}</SubmitButton>
              <button className="button button--secondary" type="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <div role="group" aria-labelledby="inquiry-referral-confirm">
              <p id="inquiry-referral-confirm">
                {t('admissions.refer.confirm', { to: confirming, name: inquiry.name })}
              </p>
              <div className="button-row">
                <SubmitConfirmed
                  label={t('admissions.refer.yes')}
                  onConfirm={() => {
                    confirmed.current = true;
                  }}
                />
                <button
                  className="button button--secondary"
                  type="button"
                  onClick={() => {
                    setConfirming(null);
                  }}
                >
                  {t('admissions.refer.back')}
                </button>
              </div>
            </div>
          )}
        </SchemaForm>
      )}
    </>
  );
}

/** "Yes": submits the form again, now marked as confirmed (validation runs once more, on the same values). */
function SubmitConfirmed({ label, onConfirm }: { readonly label: string; readonly onConfirm: () => void }) {
  return (
    <button className="button" type="submit" onClick={onConfirm}>
      {label}
    </button>
  );
}

/** What the section holds: that it was referred, why it cannot be, the form, or the button that opens it. */
function ReferOutBody({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (done || inquiry.status === 'referred-out') {
    return <p role={done ? 'status' : undefined}>{t('admissions.refer.done')}</p>;
  }
  if (inquiry.status === 'admitted' || inquiry.status === 'closed') {
    return <p>{t('admissions.refer.ended')}</p>;
  }
  if (open) {
    return (
      <ReferralForm
        inquiry={inquiry}
        onSent={() => {
          setOpen(false);
          setDone(true);
        }}
        onCancel={() => {
          setOpen(false);
        }}
      />
    );
  }
  return (
    <>
      <p>{t('admissions.refer.intro')}</p>
      <button
        className="button button--secondary"
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('admissions.refer.start')}
      </button>
    </>
  );
}

/**
 * "Refer out": to a facility of the network (found through the finder near the person's ZIP code or
 * state) or to a provider outside it by name, with a summary. Before it is sent the page says that the
 * referral is recorded as a disclosure of the request (and outside the network only with the person's
 * agreement); the request then ends as "referred out".
 */
export function ReferOutSection({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const t = useT();
  return (
    <section className="ws-section workspace-card" aria-labelledby="inquiry-refer-title">
      <h2 id="inquiry-refer-title">{t('admissions.refer.title')}</h2>
      <ReferOutBody inquiry={inquiry} />
    </section>
  );
}
