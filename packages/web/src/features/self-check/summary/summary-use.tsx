import { USE_PATTERN_OPTIONS, USE_PATTERN_QUESTION_KEYS, type UsePatternInput } from '@kratom-care/domain';
import { useI18n } from '../../../i18n/use-t';
import type { SelfCheckState } from '../state/self-check-state';
import { AnswerTable, type AnswerRow } from './answer-table';

type OptionList = readonly { readonly id: string; readonly labelKey: string }[];

interface SummaryUseProps {
  readonly usePattern: UsePatternInput;
  /** Grams of leaf a day, when the domain could work it out. */
  readonly dailyGrams: number | null;
  readonly state: SelfCheckState;
}

/** The use-pattern answers, as given. */
export function SummaryUse({ usePattern: use, dailyGrams: grams, state }: SummaryUseProps) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const label = (list: OptionList, id: string): string => t(list.find((option) => option.id === id)?.labelKey ?? id);
  const q = USE_PATTERN_QUESTION_KEYS;
  const notSure = t(q.amountNotSure);
  const amount =
    use.amountPerDose === null
      ? notSure
      : `${formatNumber(use.amountPerDose)} ${label(USE_PATTERN_OPTIONS.doseUnits, use.doseUnit)}`;
  const lastDose =
    use.lastDose === 'not-sure'
      ? notSure
      : formatDateTime(new Date(use.lastDose), { dateStyle: 'medium', timeStyle: 'short' });
  const substances = use.otherSubstances.map((entry) => {
    const frequency = label(USE_PATTERN_OPTIONS.substanceFrequencies, entry.frequency);
    const shaky =
      entry.shakyWhenGoingWithout === undefined
        ? ''
        : ` · ${t('summary.use.shaky', { answer: t(entry.shakyWhenGoingWithout ? 'answer.yes' : 'answer.no') })}`;
    return `${label(USE_PATTERN_OPTIONS.otherSubstances, entry.substance)}: ${frequency}${shaky}`;
  });
  const rows: AnswerRow[] = [
    {
      key: 'forms',
      question: t(q.productForms),
      answer: use.productForms.map((f) => label(USE_PATTERN_OPTIONS.productForms, f)).join(', '),
    },
    { key: 'amount', question: t(q.amountPerDose), answer: amount },
    { key: 'doses', question: t(q.dosesPerDay), answer: formatNumber(use.dosesPerDay) },
    {
      key: 'frequency',
      question: t(q.useFrequency),
      answer: label(USE_PATTERN_OPTIONS.useFrequencies, use.useFrequency),
    },
    { key: 'duration', question: t(q.useDuration), answer: label(USE_PATTERN_OPTIONS.useDurations, use.useDuration) },
    { key: 'last', question: t(q.lastDose), answer: lastDose },
    {
      key: 'change',
      question: t(q.wantsToCutDownOrStop),
      answer: label(USE_PATTERN_OPTIONS.changeIntents, use.wantsToCutDownOrStop),
    },
    {
      key: 'others',
      question: t(q.otherSubstances),
      answer: substances.length === 0 ? t('summary.use.none') : substances.join('; '),
    },
  ];
  if (state.use.safePlace !== undefined) {
    rows.push({
      key: 'safe',
      question: t('use.safePlace.legend'),
      answer: t(state.use.safePlace === 'yes' ? 'answer.yes' : 'answer.no'),
    });
  }
  if (grams !== null) {
    rows.push({ key: 'grams', question: t('summary.use.dailyGrams'), answer: t('summary.use.grams', { grams }) });
  }
  return (
    <section className="summary-section" aria-labelledby="summary-use-title">
      <h2 id="summary-use-title">{t('use.title')}</h2>
      <AnswerTable
        caption={t('use.title')}
        questionHeader={t('summary.table.question')}
        answerHeader={t('summary.table.answer')}
        rows={rows}
      />
    </section>
  );
}
