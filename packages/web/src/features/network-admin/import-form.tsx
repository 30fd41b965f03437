import {
  NETWORK_IMPORT_FORMATS,
  ZImportNetworkRequest,
  ZImportNetworkResponse,
  type TImportNetworkRequest,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { asApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { ImportFilePicker } from './import-file-picker';
import { importProblems } from './import-issues';
import { ImportOutcome, type ImportResult } from './import-outcome';
import { NETWORK_READS } from './network-query';

type Format = TImportNetworkRequest['format'];

/** The format a file's name suggests: only `.csv` is unambiguous (our JSON and the locator's are both `.json`). */
function formatOfName(name: string): Format | undefined {
  return name.toLowerCase().endsWith('.csv') ? 'csv' : undefined;
}

/**
 * Chooses a format, takes a file (read in the browser) or pasted text, and checks it with a dry run
 * first. "Import" is offered only for exactly what passed the check: changing the format or the text
 * takes it away again, so nothing unchecked is ever applied. The server applies all rows or none.
 */
export function ImportForm() {
  const t = useT();
  const form = useSchemaForm(ZImportNetworkRequest, { format: 'locator', content: '' });
  const [result, setResult] = useState<ImportResult | null>(null);
  const send = useApiMutation(
    ZImportNetworkResponse,
    (body: TImportNetworkRequest) => ({ method: 'POST', path: '/api/facilities/import', body }),
    { invalidates: ['/api/facilities', ...NETWORK_READS] },
  );
  const [format, content] = form.watch(['format', 'content']);
  const passed =
    result?.kind === 'checked' && result.request.format === format && result.request.content === content
      ? result.request
      : null;

  /** Runs the request; a refusal that names rows becomes the error table instead of a form error. */
  const run = async (request: TImportNetworkRequest): Promise<void> => {
    try {
      const counts = await send.mutateAsync(request);
      setResult({ kind: request.dryRun === true ? 'checked' : 'imported', counts, request });
    } catch (error) {
      const problems = importProblems(asApiError(error).issues);
      if (problems.rows.length === 0) {
        setResult(null);
        throw error;
      }
      setResult({ kind: 'refused', problems, request });
    }
  };

  const fields = {
    format: { label: t('networkImport.format'), messages: { invalid_value: t('validation.choose') } },
    content: { label: t('networkImport.content'), messages: { too_small: t('networkImport.contentRequired') } },
  };
  return (
    <>
      <SchemaForm
        id="network-import"
        form={form}
        fields={fields}
        onSubmit={(values) => run({ ...values, dryRun: true })}
      >
        <RadioField
          name="format"
          options={NETWORK_IMPORT_FORMATS.map((value) => ({ value, label: t(`networkImport.format.${value}`) }))}
        />
        <ImportFilePicker
          id="network-import-file"
          onRead={(text, name) => {
            form.setValue('content', text, { shouldValidate: form.formState.isSubmitted });
            const suggested = formatOfName(name);
            if (suggested !== undefined) {
              form.setValue('format', suggested);
            }
          }}
        />
        <TextField name="content" multiline hint={t('networkImport.contentHint')} />
        <div className="button-row">
          <SubmitButton>{t('networkImport.check')}</SubmitButton>
        </div>
      </SchemaForm>
      <ImportOutcome
        result={result}
        importable={passed}
        busy={send.isPending}
        onImport={(request) => {
          void run({ ...request, dryRun: false }).catch((error: unknown) => {
            // A failure that names no row (the network, a lost session) shows where the button was.
            setResult({ kind: 'failed', error: asApiError(error), request });
          });
        }}
      />
    </>
  );
}
