import { useT } from '../../../i18n/use-t';
import { QuestionnaireStep } from './questionnaire-step';

/** `/check/criteria`: the 11 DSM-5 criteria applied to kratom, in our own plain words. */
export function CriteriaPage() {
  const t = useT();
  return (
    <QuestionnaireStep
      questionnaire="dsm5-kud"
      step="criteria"
      title={t('criteria.title')}
      intro={<p className="lead">{t('criteria.intro')}</p>}
    />
  );
}
