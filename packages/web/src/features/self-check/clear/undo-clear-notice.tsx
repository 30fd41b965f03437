import { useT } from '../../../i18n/use-t';
import { useSelfCheck } from '../state/use-self-check';

/**
 * "Your answers were cleared. Undo" for a few seconds after clearing, right after the Clear button so
 * it is the next stop for keyboard users. The live region is always present, so it is announced.
 */
export function UndoClearNotice() {
  const t = useT();
  const { canUndoClear, undoClear, holdUndo } = useSelfCheck();
  return (
    <div
      className="undo-region"
      role="status"
      onFocus={() => {
        holdUndo(true);
      }}
      onBlur={() => {
        holdUndo(false);
      }}
    >
      {canUndoClear ? (
        <div className="notice notice--success undo">
          <p className="undo__text">{t('clear.done')}</p>
          <button className="button button--secondary" type="button" onClick={undoClear}>
            {t('clear.undo')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
