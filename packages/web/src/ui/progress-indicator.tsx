import { useT } from '../i18n/use-t';

interface ProgressIndicatorProps {
  readonly current: number;
  readonly total: number;
}

/** "Step 3 of 7", with a bar for sighted readers (the text already says it all, so the bar is hidden). */
export function ProgressIndicator({ current, total }: ProgressIndicatorProps) {
  const t = useT();
  return (
    <div className="progress">
      <p className="progress__text">{t('progress.step', { current, total })}</p>
      <progress className="progress__bar" max={total} value={current} aria-hidden="true" />
    </div>
  );
}
