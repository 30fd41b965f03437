import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/use-t';

interface PageHeadingProps {
  readonly children: string;
}

/**
 * The page's one `<h1>`. It names the browser tab and, after every in-app navigation, takes focus so a
 * screen-reader or keyboard user starts at the top of the new page instead of on a stale control.
 * The first page of a visit keeps the browser's own focus order (skip link first).
 */
export function PageHeading({ children }: PageHeadingProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [children, t]);

  useEffect(() => {
    // react-router gives the first location of a visit the key 'default'.
    if (key !== 'default') {
      ref.current?.focus();
    }
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
