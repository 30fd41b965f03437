import type { RankedTreatmentOption } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/**
 * Treatment options chosen for the answers, most relevant first (the domain's order), each with why it is
 * listed always visible and what it is folded out. Things to talk over with a clinician: no doses, ever.
 */
export function OptionsSection({ options }: { readonly options: readonly RankedTreatmentOption[] }) {
  const t = useT();
  return (
    <section className="result-part" aria-labelledby="result-next-title">
      <h2 id="result-next-title">{t('result.next.title')}</h2>
      <p className="result-part__headline">{t('result.next.intro')}</p>
      <ul className="options-list">
        {options.map((option) => (
          <li className="option" key={option.id}>
            <details className="more">
              <summary>
                <span>
                  <span className="option__title">{t(option.titleKey)}</span>
                  <span className="option__why">
                    <strong>{t('result.next.why')}</strong> {option.whyKeys.map((key) => t(key)).join(' ')}
                  </span>
                </span>
              </summary>
              <p>{t(option.bodyKey)}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
