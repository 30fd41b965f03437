import { useT } from '../i18n/use-t';

export const MAIN_ID = 'main';

/** First focusable element: jumps past the header and crisis bar to the page content. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('app.skipToContent')}
    </a>
  );
}
