import { useState } from 'react';
import { InputField } from './input-field';

interface SearchFormProps {
  /** The search box's id (also names the form's landmark via its label). */
  readonly id: string;
  /** What the box searches, e.g. "Search by name"; also the search landmark's name. */
  readonly label: string;
  readonly buttonLabel: string;
  /** The search in force, the box's starting text. */
  readonly value: string;
  /** Called with the trimmed text when the person submits (Enter or the button). */
  readonly onSearch: (q: string) => void;
}

/**
 * A search landmark with one box and a button, for a list toolbar (`.ws-toolbar`). The text is applied on
 * submit, not per key, so a list is not refetched while someone is still typing.
 */
export function SearchForm({ id, label, buttonLabel, value, onSearch }: SearchFormProps) {
  const [q, setQ] = useState(value);
  return (
    <form
      className="ws-toolbar__search"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(q.trim());
      }}
    >
      <InputField id={id} type="search" label={label} value={q} onChange={setQ} />
      <button className="button button--secondary" type="submit">
        {buttonLabel}
      </button>
    </form>
  );
}
