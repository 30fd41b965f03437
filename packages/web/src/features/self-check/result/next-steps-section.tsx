import { CRISIS_RESOURCES, type TreatmentOptionKind } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';

const GROUPS: readonly { readonly kind: TreatmentOptionKind; readonly titleKey: string }[] = [
  { kind: 'withdrawal', titleKey: 'result.next.withdrawal' },
  { kind: 'medication', titleKey: 'result.next.medication' },
  { kind: 'therapy', titleKey: 'result.next.therapy' },
  { kind: 'support', titleKey: 'result.next.support' },
  { kind: 'level-of-care', titleKey: 'result.next.levels' },
];

const SAMHSA_CALL = CRISIS_RESOURCES.find((resource) => resource.id === 'samhsa-helpline')?.contacts[0];
const FIND_TREATMENT_URL = 'https://findtreatment.gov/';

/** Treatment options and levels of care in plain words, as things to talk over with a clinician. */
export function NextStepsSection({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const options = computed.result.treatmentOptions;
  return (
    <section className="result-section" aria-labelledby="result-next-title">
      <h2 id="result-next-title">{t('result.next.title')}</h2>
      <p>{t('result.next.intro')}</p>
      {GROUPS.map((group) => {
        const inGroup = options.filter((option) => option.kind === group.kind);
        return inGroup.length === 0 ? null : (
          <div key={group.kind}>
            <h3>{t(group.titleKey)}</h3>
            <dl className="options">
              {inGroup.map((option) => (
                <div className="options__item" key={option.id}>
                  <dt>{t(option.titleKey)}</dt>
                  <dd>
                    <p>{t(option.bodyKey)}</p>
                    <p className="citation">{t('result.source', { source: t(option.sourceKey) })}</p>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
      <h3>{t('result.find.title')}</h3>
      <ul>
        {SAMHSA_CALL === undefined ? null : (
          <li>
            <a href={SAMHSA_CALL.href}>{t('result.find.samhsa', { number: SAMHSA_CALL.display })}</a>{' '}
            {t('result.find.samhsaNote')}
          </li>
        )}
        <li>
          <a href={FIND_TREATMENT_URL}>{t('result.find.findTreatment')}</a> {t('result.find.findTreatmentNote')}
        </li>
      </ul>
    </section>
  );
}
