import type { TCounsellingNote, TProgressNote } from '@kratom-care/contracts';
import { ZEnteredInErrorRequest, type TEnteredInErrorRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useChartPatient } from '../chart/use-chart-patient';
import { QueryState } from '../workspace/page-states';
import { ADDENDA_LIST, carePaths, COUNSELLING_LIST, NOTE_RECORD, NOTES_LIST } from './care-reads';
import { AddendumForm, CounsellingNoteForm, ProgressNoteForm } from './note-forms';
import './care.css';

type Paths = ReturnType<typeof carePaths>;

/** Who signed a record and when. */
function useSigned(): (record: { recordedByName: string | null; recordedAt: string }) => string {
  const { t, formatDateTime } = useI18n();
  return (record) =>
    t('notes.signed', {
      who: record.recordedByName ?? t('care.decision.unknownUser'),
      when: formatDateTime(new Date(record.recordedAt), { dateStyle: 'medium', timeStyle: 'short' }),
    });
}

/** Marks a note entered in error, after the clinician opens the form and gives a reason (never at one click). */
function MarkInError({ path }: { readonly path: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const mark = useApiMutation(NOTE_RECORD, (body: TEnteredInErrorRequest) => ({ method: 'POST', path, body }), {
    invalidates: [path.replace(/\/[^/]+\/entered-in-error$/, '')],
  });
  const form = useSchemaForm(ZEnteredInErrorRequest, {});
  if (!open) {
    return (
      <button
        className="button button--secondary"
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('notes.error.mark')}
      </button>
    );
  }
  return (
    <SchemaForm
      id={`in-error-${path.split('/').at(-2) ?? ''}`}
      form={form}
      fields={{ reason: t('notes.error.reason') }}
      onSubmit={async (body) => {
        await mark.mutateAsync(body);
        setOpen(false);
      }}
    >
      <TextField name="reason" hint={t('notes.error.hint')} />
      <div className="button-row">
        <SubmitButton>{t('notes.error.confirm')}</SubmitButton>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('notes.error.cancel')}
        </button>
      </div>
    </SchemaForm>
  );
}

/** The addenda of one note, oldest first, and the form to add one. */
function Addenda({ paths, note }: { readonly paths: Paths; readonly note: TProgressNote }) {
  const { t, formatDateTime } = useI18n();
  const path = paths.addenda(note.id);
  const addenda = useApiQuery(ADDENDA_LIST, { path, query: { order: 'asc', limit: 100 } });
  const items = (addenda.data?.items ?? []).filter((item) => item.status !== 'entered-in-error');
  return (
    <>
      {items.length === 0 ? null : (
        <>
          <h5>{t('notes.addenda.title')}</h5>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                {t('notes.addenda.by', {
                  who: item.recordedByName ?? t('care.decision.unknownUser'),
                  when: formatDateTime(new Date(item.recordedAt), { dateStyle: 'medium', timeStyle: 'short' }),
                  text: item.text,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {note.status === 'entered-in-error' ? null : (
        <details>
          <summary>{t('notes.addenda.add')}</summary>
          <AddendumForm path={path} noteId={note.id} />
        </details>
      )}
    </>
  );
}

/** One signed SOAP note with its addenda. */
function ProgressNote({ paths, note }: { readonly paths: Paths; readonly note: TProgressNote }) {
  const { t } = useI18n();
  const signed = useSigned();
  const sections = (['subjective', 'objective', 'assessment', 'plan'] as const).filter((name) => note[name] !== '');
  return (
    <article className="workspace-card care-note" aria-label={signed(note)}>
      <p className="ws-muted">{signed(note)}</p>
      {note.enteredInError === null ? null : (
        <p className="notice notice--warning">{t('notes.enteredInError', { reason: note.enteredInError.reason })}</p>
      )}
      <dl>
        {sections.map((name) => (
          <div key={name}>
            <dt>{t(`notes.section.${name}`)}</dt>
            <dd>{note[name]}</dd>
          </div>
        ))}
      </dl>
      <Addenda paths={paths} note={note} />
      {note.status === 'entered-in-error' ? null : <MarkInError path={paths.noteEnteredInError(note.id)} />}
    </article>
  );
}

/** One counselling note, labelled as such. */
function CounsellingNote({ note }: { readonly note: TCounsellingNote }) {
  const { t } = useI18n();
  const signed = useSigned();
  return (
    <article className="workspace-card care-note care-note--counselling" aria-label={signed(note)}>
      <p>
        <strong>{t('notes.counselling.label', { kind: t(`notes.counselling.kind.${note.sessionKind}`) })}</strong>
      </p>
      <p className="ws-muted">{signed(note)}</p>
      <p className="care-note__text">{note.text}</p>
    </article>
  );
}

/**
 * `/patients/:patientId/notes`: SOAP progress notes (newest first, with addenda) and their form, then the
 * counselling notes, kept and labelled apart because they carry their own consent category; the
 * clinician sees only the counselling notes they wrote (docs/decisions/0035-counselling-notes-author-only.md).
 */
export function NotesPage() {
  const { t } = useI18n();
  const patient = useChartPatient();
  const paths = carePaths(patient.id);
  const notes = useApiInfiniteQuery(NOTES_LIST, { path: paths.notes, query: { limit: 20, order: 'desc' } });
  const counselling = useApiInfiniteQuery(COUNSELLING_LIST, {
    path: paths.counsellingNotes,
    query: { limit: 20, order: 'desc' },
  });
  return (
    <>
      <h2>{t('notes.title')}</h2>
      <p className="ws-muted">{t('notes.intro')}</p>
      <section className="ws-section" aria-labelledby="notes-progress-title">
        <h3 id="notes-progress-title">{t('notes.progress.title')}</h3>
        <ProgressNoteForm path={paths.notes} />
        <QueryState
          query={{ ...notes, data: notes.data === undefined ? undefined : notes.items }}
          emptyText={t('notes.progress.empty')}
          isEmpty={(items) => items.length === 0}
        >
          {(items) => (
            <>
              {items.map((note) => (
                <ProgressNote key={note.id} paths={paths} note={note} />
              ))}
              {notes.hasNextPage ? (
                <button
                  className="button button--secondary"
                  type="button"
                  disabled={notes.isFetchingNextPage}
                  onClick={() => void notes.fetchNextPage()}
                >
                  {t('notes.progress.more')}
                </button>
              ) : null}
            </>
          )}
        </QueryState>
      </section>
      <section className="ws-section care-counselling" aria-labelledby="notes-counselling-title">
        <h3 id="notes-counselling-title">{t('notes.counselling.title')}</h3>
        <p className="ws-muted">{t('notes.counselling.intro')}</p>
        <CounsellingNoteForm path={paths.counsellingNotes} />
        <section aria-labelledby="notes-counselling-list-title" aria-describedby="notes-counselling-author-only">
          <h4 id="notes-counselling-list-title">{t('notes.counselling.listTitle')}</h4>
          {/* The server lists a clinician's own notes only (decision 0035); say so, so an empty list is not misread. */}
          <Notice>
            <p id="notes-counselling-author-only">{t('notes.counselling.authorOnly')}</p>
          </Notice>
          <QueryState
            query={{ ...counselling, data: counselling.data === undefined ? undefined : counselling.items }}
            emptyText={t('notes.counselling.empty')}
            isEmpty={(items) => items.length === 0}
          >
            {(items) => (
              <>
                {items.map((note) => (
                  <CounsellingNote key={note.id} note={note} />
                ))}
                {counselling.hasNextPage ? (
                  <button
                    className="button button--secondary"
                    type="button"
                    disabled={counselling.isFetchingNextPage}
                    onClick={() => void counselling.fetchNextPage()}
                  >
                    {t('notes.counselling.more')}
                  </button>
                ) : null}
              </>
            )}
          </QueryState>
        </section>
      </section>
    </>
  );
}
