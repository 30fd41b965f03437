import type { ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';

interface ResultPartProps {
  /** Id stem: the heading gets `${id}-title`, which names the region. */
  readonly id: string;
  readonly title: string;
  /** The one thing to know, always shown. */
  readonly headline: ReactNode;
  /** Everything else, behind "Show details" so the page stays a few screens long on a phone. */
  readonly children?: ReactNode;
}

/**
 * One part of the result below the summary card: a heading, the headline, and the details folded away in a
 * native `<details>` (keyboard and screen-reader support come with the element, and it prints as folded).
 */
export function ResultPart({ id, title, headline, children }: ResultPartProps) {
  const t = useT();
  return (
    <section className="result-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="result-part__headline">{headline}</div>
      {children === undefined ? null : (
        <details className="more">
          <summary>
            {t('result.more')}
            <span className="visually-hidden">: {title}</span>
          </summary>
          {children}
        </details>
      )}
    </section>
  );
}
