import { useT } from '../../../i18n/use-t';
import { QuestionnaireStep } from './questionnaire-step';

/** `/check/withdrawal`: the withdrawal self-rating (SOWS, kratom version), our own short labels. */
export function WithdrawalPage() {
  const t = useT();
  return (
    <QuestionnaireStep
      questionnaire="sows"
      step="withdrawal"
      title={t('withdrawal.title')}
      intro={<p className="lead">{t('withdrawal.intro')}</p>}
    />
  );
}
