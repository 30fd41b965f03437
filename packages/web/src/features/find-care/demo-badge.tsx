import { useT } from '../../i18n/use-t';

/** The label every listing of the fictional demo network carries, on the results and its own page. */
export function DemoBadge() {
  const t = useT();
  return <span className="finder-badge finder-badge--demo">{t('findCare.demoBadge')}</span>;
}
