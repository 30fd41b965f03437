import {
  COUNSELLING_SESSION_KINDS,
  ZCounsellingNoteRequest,
  ZNoteAddendumRequest,
  ZProgressNoteRequest,
  type TCounsellingNoteRequest,
  type TNoteAddendumRequest,
  type TProgressNoteRequest,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { localNow, localToIso } from '../../ui/form/local-time';
import { Notice } from '../../ui/notice';
import { ADDENDUM_RECORD, COUNSELLING_RECORD, NOTE_RECORD } from './care-reads';

/** The request schema with its time field read from the reader's local `datetime-local` text. */
function withLocalTime<S extends z.ZodType>(schema: S, field: string): S {
  return z.preprocess(
    (input) =>
      typeof input === 'object' && input !== null
        ? { ...input, [field]: localToIso((input as Record<string, unknown>)[field]) }
        : input,
    schema,
  ) as unknown as S;
}

const ZProgressNoteForm = withLocalTime(ZProgressNoteRequest, 'noteAt');
const ZCounsellingNoteForm = withLocalTime(ZCounsellingNoteRequest, 'sessionAt');

/** Writes a SOAP progress note; saving signs it as the signed-in clinician. */
export function ProgressNoteForm({ path }: { readonly path: string }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const create = useApiMutation(NOTE_RECORD, (body: TProgressNoteRequest) => ({ method: 'POST', path, body }), {
    invalidates: [path],
    idempotent: true,
  });
  const form = useSchemaForm(ZProgressNoteForm, { noteAt: localNow() });
  return (
    <section className="workspace-card" aria-labelledby="note-form-title">
      <h4 id="note-form-title">{t('notes.form.title')}</h4>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('notes.form.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="note"
        form={form}
        fields={{
          noteAt: t('notes.field.noteAt'),
          subjective: t('notes.field.subjective'),
          objective: t('notes.field.objective'),
          assessment: t('notes.field.assessment'),
          plan: t('notes.field.plan'),
        }}
        onSubmit={async (body) => {
          setSaved(false);
          await create.mutateAsync(body);
          setSaved(true);
          form.reset({ noteAt: localNow() });
        }}
      >
        <TextField name="noteAt" type="datetime-local" />
        <TextField name="subjective" multiline optional />
        <TextField name="objective" multiline optional />
        <TextField name="assessment" multiline />
        <TextField name="plan" multiline />
        <div className="button-row">
          <SubmitButton>{t('notes.form.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}

/** Adds a signed addendum to one note. */
export function AddendumForm({ path, noteId }: { readonly path: string; readonly noteId: string }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const create = useApiMutation(ADDENDUM_RECORD, (body: TNoteAddendumRequest) => ({ method: 'POST', path, body }), {
    invalidates: [path],
    idempotent: true,
  });
  const form = useSchemaForm(ZNoteAddendumRequest, {});
  return (
    <>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('notes.addenda.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id={`addendum-${noteId}`}
        form={form}
        fields={{ text: t('notes.addenda.text') }}
        onSubmit={async (body) => {
          setSaved(false);
          await create.mutateAsync(body);
          setSaved(true);
          form.reset({});
        }}
      >
        <TextField name="text" multiline />
        <div className="button-row">
          <SubmitButton>{t('notes.addenda.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </>
  );
}

/** Writes a counselling note, kept apart under its own consent category. */
export function CounsellingNoteForm({ path }: { readonly path: string }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const create = useApiMutation(
    COUNSELLING_RECORD,
    (body: TCounsellingNoteRequest) => ({ method: 'POST', path, body }),
    { invalidates: [path], idempotent: true },
  );
  const form = useSchemaForm(ZCounsellingNoteForm, { sessionAt: localNow(), sessionKind: 'individual' });
  return (
    <section className="workspace-card" aria-labelledby="counselling-form-title">
      <h4 id="counselling-form-title">{t('notes.counselling.formTitle')}</h4>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('notes.counselling.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="counselling"
        form={form}
        fields={{
          sessionAt: t('notes.counselling.sessionAt'),
          sessionKind: t('notes.counselling.sessionKind'),
          text: t('notes.counselling.text'),
        }}
        onSubmit={async (body) => {
          setSaved(false);
          await create.mutateAsync(body);
          setSaved(true);
          form.reset({ sessionAt: localNow(), sessionKind: 'individual' });
        }}
      >
        <TextField name="sessionAt" type="datetime-local" />
        <RadioField
          name="sessionKind"
          options={COUNSELLING_SESSION_KINDS.map((kind) => ({
            value: kind,
            label: t(`notes.counselling.kind.${kind}`),
          }))}
        />
        <TextField name="text" multiline />
        <div className="button-row">
          <SubmitButton>{t('notes.counselling.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
