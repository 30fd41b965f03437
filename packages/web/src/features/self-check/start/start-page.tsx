import { Suspense, lazy } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { ClearAnswers } from '../clear/clear-answers';
import { hasAnyAnswer } from '../state/has-any-answer';
import { useSelfCheck } from '../state/use-self-check';
import { STEPS } from '../step-paths';
import { RememberToggle } from './remember-toggle';

const ResumeLink = lazy(() => import('./resume-link').then((m) => ({ default: m.ResumeLink })));

/** `/`: the way in (first, within a phone's first screen), what the self-check is and is not, and the privacy promise. */
export function StartPage() {
  const t = useT();
  const { state } = useSelfCheck();
  const started = hasAnyAnswer(state);

  return (
    <div className="page">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>

      {/* The way in comes first: on a phone it must be in the first screen, not after the fine print. */}
      <div className="button-row">
        <Link className="button button--large" to={STEPS[0]?.path ?? '/check/safety'}>
          {t('start.begin')}
        </Link>
        {started ? (
          <Suspense fallback={null}>
            <ResumeLink />
          </Suspense>
        ) : null}
      </div>

      <h2>{t('start.what.title')}</h2>
      <ul>
        <li>{t('start.what.questions')}</li>
        <li>{t('start.what.time')}</li>
        <li>{t('start.what.result')}</li>
      </ul>

      <h2>{t('start.isNot.title')}</h2>
      <ul>
        <li>{t('start.isNot.diagnosis')}</li>
        <li>{t('start.isNot.clinician')}</li>
        <li>{t('start.isNot.doses')}</li>
      </ul>
      <p>{t('start.emergency')}</p>

      <h2>{t('start.privacy.title')}</h2>
      <p>{t('start.privacy.stays')}</p>
      <p>{t('start.privacy.tab')}</p>
      <p>{t('start.privacy.noAccount')}</p>
      <RememberToggle />

      <h2>{t('start.clear.title')}</h2>
      <p>{t('start.clear.text')}</p>
      <ClearAnswers />
    </div>
  );
}
