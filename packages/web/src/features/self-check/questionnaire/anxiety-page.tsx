import { useT } from '../../../i18n/use-t';
import { QuestionnaireStep } from './questionnaire-step';

/** `/check/anxiety`: GAD-7, optional. */
export function AnxietyPage() {
  const t = useT();
  return (
    <QuestionnaireStep
      questionnaire="gad7"
      step="anxiety"
      title={t('anxiety.title')}
      intro={<p className="lead">{t('anxiety.intro')}</p>}
      nextLabel={t('anxiety.next')}
    />
  );
}
