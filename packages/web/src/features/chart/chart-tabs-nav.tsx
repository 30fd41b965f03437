import { NavLink } from 'react-router';
import { useT } from '../../i18n/use-t';
import { CHART_TABS } from './chart-tabs';

/** The chart's parts as links, the open one marked; it scrolls sideways on a phone rather than wrapping. */
export function ChartTabsNav({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const base = `/patients/${encodeURIComponent(patientId)}`;
  return (
    <nav className="ws-chart-tabs" aria-label={t('chart.tabsLabel')}>
      <ul>
        {CHART_TABS.map((tab) => (
          <li key={tab.path}>
            <NavLink to={tab.path === '' ? base : `${base}/${tab.path}`} end={tab.path === ''}>
              {t(tab.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
