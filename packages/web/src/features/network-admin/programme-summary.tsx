import type { TNetworkProgramme } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { VerifiedLine } from './verified-line';

/** One fact of a programme: a term and what it holds, or "none" in words (never an empty cell). */
function Fact({
  term,
  values,
  empty,
}: {
  readonly term: string;
  readonly values: readonly string[];
  readonly empty?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <dt>{term}</dt>
      <dd>
        {values.length === 0 ? <span className="ws-muted">{empty ?? t('programme.none')}</span> : values.join(', ')}
      </dd>
    </>
  );
}

/**
 * What an admin checks a programme by, at a glance: level of care, medications (methadone marked OTP),
 * kratom experience and testing, who it serves, services, payers and insurers, capacity, next intake,
 * and when and by whom it was last verified (flagged after 180 days).
 */
export function ProgrammeSummary({ programme }: { readonly programme: TNetworkProgramme }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const label = (kind: string) => (value: string) => t(`careNetwork.${kind}.${value}`);
  const kratom = [
    ...(programme.kratomExperience ? [t('programme.kratomExperience')] : []),
    ...(programme.kratomTesting ? [t('programme.kratomTesting')] : []),
  ];
  const payers = programme.payers.map(label('payer'));
  const intake =
    programme.nextIntakeDate === null
      ? []
      : [formatDateTime(new Date(`${programme.nextIntakeDate}T12:00:00`), { dateStyle: 'medium' })];
  return (
    <>
      <p className="net-level">{t(`careNetwork.level.${programme.levelOfCare}`)}</p>
      <VerifiedLine at={programme.lastVerifiedAt} by={programme.lastVerifiedBy} stale={programme.verificationStale} />
      <dl className="net-facts">
        <Fact
          term={t('programme.field.medications')}
          values={[...programme.medications.map(label('medication')), ...(programme.otp ? [t('programme.isOtp')] : [])]}
        />
        <Fact term={t('programme.group.kratom')} values={kratom} />
        <Fact term={t('programme.field.populations')} values={programme.populations.map(label('population'))} />
        <Fact term={t('programme.field.services')} values={programme.services.map(label('service'))} />
        <Fact term={t('programme.field.payers')} values={payers} />
        <Fact term={t('programme.field.commercialInsurers')} values={programme.commercialInsurers} />
        <Fact
          term={t('programme.field.capacityAvailable')}
          values={programme.capacityAvailable === null ? [] : [formatNumber(programme.capacityAvailable)]}
          empty={t('programme.unknown')}
        />
        <Fact term={t('programme.field.nextIntakeDate')} values={intake} empty={t('programme.unknown')} />
        {programme.unmappedCodes.length === 0 ? null : (
          <Fact term={t('programme.unmappedCodes')} values={programme.unmappedCodes} />
        )}
      </dl>
    </>
  );
}
