import { ZListAuditPeopleResponse, type TAuditPerson } from '@kratom-care/contracts';
import { useDeferredValue, useId, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { InputField } from '../../ui/input-field';

interface PersonPickerProps {
  readonly label: string;
  readonly value: TAuditPerson | null;
  readonly onChange: (person: TAuditPerson | null) => void;
}

/** "Name · Clinician, Administrator": how the picker and the log name a person. */
export function useDescribePerson(): (person: Pick<TAuditPerson, 'name' | 'roles'>) => string {
  const t = useT();
  return (person) => {
    const roles = [...new Set(person.roles.map((membership) => t(`role.${membership.role}`)))];
    return roles.length === 0 ? person.name : `${person.name} · ${roles.join(', ')}`;
  };
}

/**
 * Find a person by name (or email) among the staff of the privacy officer's facilities, then choose
 * them from the matches: a search field and a list of buttons, which every screen reader and keyboard
 * handles, instead of a hand-made combobox. The chosen person is shown by name with "Change".
 */
export function PersonPicker({ label, value, onChange }: PersonPickerProps) {
  const t = useT();
  const describe = useDescribePerson();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const resultsId = useId();
  const people = useApiQuery(
    ZListAuditPeopleResponse,
    value === null && q.length >= 2 ? { path: '/api/audit/people', query: { q, limit: 8 } } : null,
  );
  const choose = (person: TAuditPerson): void => {
    onChange(person);
    setText('');
  };
  if (value !== null) {
    return (
      <div className="field">
        <p className="field__label">{label}</p>
        <p className="ws-chosen">
          <strong>{describe(value)}</strong>{' '}
          <button
            className="button button--secondary"
            type="button"
            aria-label={t('audit.person.changeFor', { name: value.name })}
            onClick={() => {
              onChange(null);
            }}
          >
            {t('audit.person.change')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="ws-picker">
      <InputField
        id="audit-person"
        type="search"
        label={label}
        hint={t('audit.person.hint')}
        value={text}
        onChange={setText}
      />
      <div id={resultsId} aria-live="polite">
        {q.length < 2 ? null : <Matches query={people} q={q} onChoose={choose} />}
      </div>
    </div>
  );
}

interface MatchesProps {
  readonly query: {
    readonly isPending: boolean;
    readonly data: { readonly items: readonly TAuditPerson[] } | undefined;
  };
  readonly q: string;
  readonly onChoose: (person: TAuditPerson) => void;
}

/** The people matching the typed text, each a button that chooses them. */
function Matches({ query, q, onChoose }: MatchesProps) {
  const t = useT();
  const describe = useDescribePerson();
  if (query.isPending) {
    return <p className="ws-state--loading">{t('common.loading')}</p>;
  }
  const items = query.data?.items ?? [];
  if (items.length === 0) {
    return <p>{t('audit.person.none', { q })}</p>;
  }
  return (
    <ul className="ws-picker__list" aria-label={t('audit.person.matches')}>
      {items.map((person) => (
        <li key={person.id}>
          <button
            className="ws-picker__option"
            type="button"
            onClick={() => {
              onChoose(person);
            }}
          >
            <span>{describe(person)}</span>
            <span className="ws-picker__email">{person.email}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
