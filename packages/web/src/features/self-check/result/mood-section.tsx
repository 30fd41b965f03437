import type { SelfCheckInstrumentResult } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { ResultPart } from './result-part';

function ScreenLine({ titleKey, result }: { titleKey: string; result: SelfCheckInstrumentResult }) {
  const t = useT();
  const scored =
    result.total === null
      ? t('result.mood.skipped')
      : `${result.band === null ? '' : `${t(result.band.labelKey)}. `}${t('result.mood.total', { total: result.total, max: result.maxTotal })}`;
  return (
    <p>
      <strong>{t(titleKey)}:</strong> {scored}
    </p>
  );
}

interface MoodSectionProps {
  readonly phq9: SelfCheckInstrumentResult;
  readonly gad7: SelfCheckInstrumentResult;
}

/** PHQ-9 and GAD-7 bands, or that they were skipped. The 988 card for item 9 is already at the top. */
export function MoodSection({ phq9, gad7 }: MoodSectionProps) {
  const t = useT();
  return (
    <ResultPart
      id="result-mood"
      title={t('result.mood.title')}
      headline={
        <>
          <ScreenLine titleKey="result.mood.phq9" result={phq9} />
          <ScreenLine titleKey="result.mood.gad7" result={gad7} />
        </>
      }
    >
      <p>{t('result.mood.note')}</p>
    </ResultPart>
  );
}
