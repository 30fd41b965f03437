import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { PageHeading } from '../ui/page-heading';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
