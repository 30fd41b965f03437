import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';

/** Kratom-use-disorder severity from the 11 criteria, and what it means. */
export function KudSection({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const { kud } = computed.result;
  const band = computed.scores.kud.band;
  return (
    <section className="result-section" aria-labelledby="result-kud-title">
      <h2 id="result-kud-title">{t('result.kud.title')}</h2>
      <p className="result-figure">
        <strong>{band === null ? '' : t(band.labelKey)}</strong>
      </p>
      <p>{t('result.kud.count', { count: kud.count, max: 11 })}</p>
      <p>{t(kud.meaningKey)}</p>
    </section>
  );
}
