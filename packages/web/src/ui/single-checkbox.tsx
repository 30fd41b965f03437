interface SingleCheckboxProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** One labelled checkbox, e.g. "I'm not sure". */
export function SingleCheckbox({ id, label, checked, onChange }: SingleCheckboxProps) {
  return (
    <div className="choice">
      <input
        className="choice__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
