import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { ImportForm } from './import-form';
import './network-admin.css';

function ImportFacilities() {
  const t = useT();
  return (
    <div className="page page--wide">
      <nav className="ws-breadcrumb" aria-label={t('frame.breadcrumb')}>
        <ol>
          <li>
            <Link to="/admin/facilities">{t('facilities.title')}</Link>
          </li>
          <li aria-current="page">{t('networkImport.title')}</li>
        </ol>
      </nav>
      <PageHeading>{t('networkImport.title')}</PageHeading>
      <div className="ws-narrow">
        <p>{t('networkImport.intro')}</p>
        <ul>
          <li>{t('networkImport.allOrNothing')}</li>
          <li>{t('networkImport.reimport')}</li>
          <li>{t('networkImport.locatorAdds')}</li>
        </ul>
        <details className="net-details">
          <summary>{t('networkImport.formatsTitle')}</summary>
          <ul>
            <li>{t('networkImport.formats.csv')}</li>
            <li>{t('networkImport.formats.json')}</li>
            <li>{t('networkImport.formats.locator')}</li>
          </ul>
          <p>{t('networkImport.formats.docs')}</p>
        </details>
        <ImportForm />
      </div>
    </div>
  );
}

/** `/admin/facilities/import`: check a listing (dry run), see its counts or row-by-row problems, then import. */
export function ImportFacilitiesPage() {
  return (
    <RequireSession roles={['admin']}>
      <ImportFacilities />
    </RequireSession>
  );
}
