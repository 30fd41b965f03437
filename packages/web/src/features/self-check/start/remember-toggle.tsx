import { useT } from '../../../i18n/use-t';
import { useSelfCheck } from '../state/use-self-check';

/** The opt-in to keep answers across a reload on this device. Off unless the person turns it on. */
export function RememberToggle() {
  const t = useT();
  const { state, dispatch } = useSelfCheck();
  return (
    <div className="field checkbox-field">
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id="remember-answers"
          checked={state.remember}
          aria-describedby="remember-answers-hint"
          onChange={(event) => {
            dispatch({ type: 'set-remember', remember: event.currentTarget.checked });
          }}
        />
        <label className="choice__label" htmlFor="remember-answers">
          {t('start.remember.label')}
        </label>
      </div>
      <p className="field__hint" id="remember-answers-hint">
        {t('start.remember.hint')}
      </p>
    </div>
  );
}
