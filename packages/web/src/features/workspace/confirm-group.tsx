interface ConfirmGroupProps {
  /** The group's accessible name, e.g. "Confirm for Casey". */
  readonly label: string;
  readonly text: string;
  readonly yes: string;
  readonly no: string;
  /** The "yes" is destructive (disable, cancel). */
  readonly danger: boolean;
  readonly onYes: () => void;
  readonly onNo: () => void;
}

/** An in-place "are you sure?" with the consequence in words: no modal, focus stays where it was. */
export function ConfirmGroup({ label, text, yes, no, danger, onYes, onNo }: ConfirmGroupProps) {
  return (
    <div role="group" aria-label={label}>
      <p>{text}</p>
      <div className="button-row">
        <button className={danger ? 'button button--danger' : 'button'} type="button" onClick={onYes}>
          {yes}
        </button>
        <button className="button button--secondary" type="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
