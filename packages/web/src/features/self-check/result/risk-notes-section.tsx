import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';

/** Notes tied to the answers: 7-OH and concentrates, depressants, liver warning signs. */
export function RiskNotesSection({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const notes = computed.result.riskNotes;
  if (notes.length === 0) {
    return null;
  }
  return (
    <section className="result-section" aria-labelledby="result-risk-title">
      <h2 id="result-risk-title">{t('result.risk.title')}</h2>
      {notes.map((note) => (
        <div className="notice notice--warning" key={note.id}>
          <h3 className="notice__title">{t(note.titleKey)}</h3>
          <p>{t(note.bodyKey)}</p>
          <p className="citation">{t('result.source', { source: t(note.sourceKey) })}</p>
        </div>
      ))}
    </section>
  );
}
