import { getInstrument } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { useSelfCheck } from '../state/use-self-check';
import { LifelineCard } from '../../../ui/lifeline-card';
import { QuestionnaireStep } from './questionnaire-step';

/** The PHQ-9 item that asks about thoughts of death or self-harm (item 9, the last). */
const SELF_HARM_ITEM = getInstrument('phq9')?.definition.items.at(-1)?.id;

/**
 * `/check/mood`: PHQ-9, optional. Any answer above "not at all" to item 9 shows the 988 card at once,
 * right under that question, before any score exists.
 */
export function MoodPage() {
  const t = useT();
  const { state } = useSelfCheck();
  const phq9 = getInstrument('phq9');
  const score = phq9?.score(state.answers.phq9);
  // Invalid results carry their safety flags too (REFERENCE C.4.4): never gate the card on the status.
  const suicidalIdeation = score?.flags.includes('suicidal-ideation') ?? false;

  return (
    <QuestionnaireStep
      questionnaire="phq9"
      step="mood"
      title={t('mood.title')}
      intro={<p className="lead">{t('mood.intro')}</p>}
      afterItem={(itemId) => (itemId === SELF_HARM_ITEM && suicidalIdeation ? <LifelineCard alert /> : null)}
    />
  );
}
