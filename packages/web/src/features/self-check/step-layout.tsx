import type { SubmitEvent, ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { ErrorSummary, type FieldError } from '../../ui/error-summary';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ProgressIndicator } from '../../ui/progress-indicator';
import { StepNav } from '../../ui/step-nav';
import { isStepNoticeState } from './step-guard';
import { STEPS, stepIndex, type StepId } from './steps';

interface StepLayoutProps {
  readonly step: StepId;
  readonly title: string;
  readonly errors: readonly FieldError[];
  readonly attempt: number;
  readonly onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** Shown between the heading and the form: emergency steps come here, before anything else. */
  readonly before?: ReactNode;
  readonly intro?: ReactNode;
  readonly children: ReactNode;
  readonly nextLabel?: string | undefined;
  /** Extra actions next to Back/Next, such as "Skip this". */
  readonly actions?: ReactNode;
}

/** The frame of every question step: progress, heading, notices, error summary, questions, Back/Next. */
export function StepLayout(props: StepLayoutProps) {
  const { step, title, errors, attempt, onSubmit, before, intro, children, nextLabel, actions } = props;
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const index = stepIndex(step);
  const previous = index > 0 ? STEPS[index - 1] : undefined;

  return (
    <div className="page">
      <ProgressIndicator current={index + 1} total={STEPS.length} />
      <PageHeading>{title}</PageHeading>
      {isStepNoticeState(location.state) ? <Notice tone="info">{t('steps.earlierStepsNotice')}</Notice> : null}
      {before}
      <ErrorSummary errors={errors} attempt={attempt} />
      {intro}
      <form className="step-form" noValidate onSubmit={onSubmit}>
        {children}
        <StepNav
          nextLabel={nextLabel}
          onBack={() => {
            void navigate(previous?.path ?? '/');
          }}
        />
        {actions}
      </form>
    </div>
  );
}
