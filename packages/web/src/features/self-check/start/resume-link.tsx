import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { useSelfCheck } from '../state/use-self-check';
import { STEPS, isStepComplete } from '../steps';

/**
 * "Continue where I left off": to the first step that still needs answers. Its own chunk (the completion
 * rules check answers against the instruments), loaded only when there are answers to continue.
 */
export function ResumeLink() {
  const t = useT();
  const { state } = useSelfCheck();
  const [now] = useState(() => new Date());
  const resumeAt = STEPS.find((step) => !isStepComplete(state, step.id, now)) ?? STEPS.at(-1);
  if (resumeAt === undefined || resumeAt.id === 'safety') {
    return null;
  }
  return (
    <Link className="button button--secondary" to={resumeAt.path}>
      {t('start.resume')}
    </Link>
  );
}
