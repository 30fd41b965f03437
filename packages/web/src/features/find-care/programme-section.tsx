import type { TFinderProgramme } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { useCapacityText } from './capacity-line';
import { VerifiedLine } from './verified-line';
import { useValueLabel } from './vocabulary-labels';

function List({ filter, values }: { readonly filter: string; readonly values: readonly string[] }) {
  const t = useT();
  const label = useValueLabel();
  return values.length === 0 ? (
    <>{t('findCare.programme.notListed')}</>
  ) : (
    <>{values.map((value) => label(filter, value)).join(', ')}</>
  );
}

/**
 * One programme of a facility: its level of care, medications, kratom experience and testing, who it serves,
 * its services and payers, open places and next intake, and its own verification date.
 */
export function ProgrammeSection({ programme }: { readonly programme: TFinderProgramme }) {
  const t = useT();
  const label = useValueLabel();
  const capacity = useCapacityText();
  const headingId = `programme-${programme.id}`;
  const payers = programme.payers.map((payer) =>
    payer === 'commercial' && programme.commercialInsurers.length > 0
      ? t('findCare.programme.commercialNamed', {
          payer: label('payer', payer),
          insurers: programme.commercialInsurers.join(', '),
        })
      : label('payer', payer),
  );
  return (
    <section className="finder-programme" aria-labelledby={headingId}>
      <h3 id={headingId}>{programme.name}</h3>
      <dl className="finder-facts">
        <dt>{t('careNetwork.filter.level')}</dt>
        <dd>{label('level', programme.levelOfCare)}</dd>
        <dt>{t('careNetwork.filter.medication')}</dt>
        <dd>
          <List filter="medication" values={programme.medications} />
          {/* Its own line: beside the last medicine it read as a note about that medicine. */}
          {programme.otp ? <span className="finder-programme__otp">{t('findCare.programme.otp')}</span> : null}
        </dd>
        <dt>{t('findCare.programme.kratom')}</dt>
        <dd>
          {[
            programme.kratomExperience
              ? t('findCare.programme.kratomExperience')
              : t('findCare.programme.noKratomExperience'),
            programme.kratomTesting ? t('findCare.programme.kratomTesting') : null,
          ]
            .filter((part) => part !== null)
            .join('; ')}
        </dd>
        <dt>{t('careNetwork.filter.population')}</dt>
        <dd>
          <List filter="population" values={programme.populations} />
        </dd>
        <dt>{t('careNetwork.filter.service')}</dt>
        <dd>
          <List filter="service" values={programme.services} />
        </dd>
        <dt>{t('careNetwork.filter.payer')}</dt>
        <dd>{payers.length === 0 ? t('findCare.programme.notListed') : payers.join(', ')}</dd>
        <dt>{t('findCare.programme.capacity')}</dt>
        <dd>{capacity(programme)}</dd>
      </dl>
      <VerifiedLine
        lastVerifiedAt={programme.lastVerifiedAt}
        lastVerifiedBy={programme.lastVerifiedBy}
        stale={programme.verificationStale}
      />
    </section>
  );
}
