import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../../i18n/use-t';

/**
 * The finder's `<h1>`: like `PageHeading` it names the tab and takes focus when the person arrives from
 * another page, but not when only the query changes. Ticking a filter or searching rewrites the address,
 * and focus must stay on the checkbox or button the person just used.
 */
export function FinderHeading({ children }: { readonly children: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key, pathname } = useLocation();
  // The location key of the first render, kept for the arrival check below.
  const arrival = useRef(key);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [children, t]);

  useEffect(() => {
    // react-router gives the first location of a visit the key 'default': the browser's own focus order stays.
    if (arrival.current !== 'default') {
      ref.current?.focus();
    }
  }, [pathname]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
