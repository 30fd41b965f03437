import type { SelfCheckInstrumentResult, SelfCheckKud } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { ResultPart } from './result-part';

interface KudSectionProps {
  readonly kud: SelfCheckKud;
  readonly instrument: SelfCheckInstrumentResult;
}

/** The 11 signs: how many were marked and the band, then what a clinician would consider (never a diagnosis). */
export function KudSection({ kud, instrument }: KudSectionProps) {
  const t = useT();
  return (
    <ResultPart
      id="result-kud"
      title={t('result.kud.title')}
      headline={
        <p>
          {t(kud.countKey, { count: kud.count })}{' '}
          {instrument.band === null ? null : <strong>{t(instrument.band.labelKey)}</strong>}
        </p>
      }
    >
      <p>{t(kud.considerKey)}</p>
    </ResultPart>
  );
}
