import type { RiskNote } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/** Notes tied to the answers (7-OH and concentrates, depressants, liver): open, because they are about safety. */
export function RiskNotesSection({ notes }: { readonly notes: readonly RiskNote[] }) {
  const t = useT();
  if (notes.length === 0) {
    return null;
  }
  return (
    <section className="result-part" aria-labelledby="result-risk-title">
      <h2 id="result-risk-title">{t('result.risk.title')}</h2>
      {notes.map((note) => (
        <div className="notice notice--warning risk-note" key={note.id}>
          <h3 className="notice__title">{t(note.titleKey)}</h3>
          <p>{t(note.bodyKey)}</p>
        </div>
      ))}
    </section>
  );
}
