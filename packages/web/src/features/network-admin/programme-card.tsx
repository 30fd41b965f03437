import { ZNetworkProgramme, ZNoContent, type TNetworkProgramme } from '@kratom-care/contracts';
import { useState } from 'react';
import { asApiError, type ApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { ConfirmGroup } from '../workspace/confirm-group';
import { facilityPaths } from './network-paths';
import { ProgrammeForm } from './programme-form';
import { ProgrammeSummary } from './programme-summary';

interface ProgrammeCardProps {
  readonly facilityId: string;
  readonly programme: TNetworkProgramme;
  /** Says what happened in the page's status line. */
  readonly onNotice: (message: string) => void;
  /** After a removal: the page offers "Undo" with the removed programme. */
  readonly onRemoved: (programme: TNetworkProgramme) => void;
}

type Mode = 'view' | 'edit' | 'confirm-remove';

/**
 * One programme: its facts, and Edit, "Mark verified" (stamps now and the caller's name, with `If-Match`)
 * and Remove, which asks first in place and says what removing does.
 */
export function ProgrammeCard({ facilityId, programme, onNotice, onRemoved }: ProgrammeCardProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const paths = facilityPaths(facilityId);
  const ifMatch = { 'If-Match': `"${String(programme.version)}"` };
  const invalidates = paths.changed;
  const verify = useApiMutation(
    ZNetworkProgramme,
    () => ({ method: 'PATCH', path: paths.programme(programme.id), body: { verified: true }, headers: ifMatch }),
    { invalidates },
  );
  const remove = useApiMutation(
    ZNoContent,
    () => ({ method: 'DELETE', path: paths.programme(programme.id), headers: ifMatch }),
    { invalidates },
  );
  const act = async (run: () => Promise<unknown>, done: () => void): Promise<void> => {
    setFailure(null);
    try {
      await run();
      done();
    } catch (error) {
      setFailure(asApiError(error));
    }
  };
  const titleId = `programme-${programme.id}-title`;
  return (
    <li className="workspace-card net-programme">
      <h3 id={titleId}>{programme.name}</h3>
      {mode === 'edit' ? (
        <ProgrammeForm
          facilityId={facilityId}
          programme={programme}
          onSaved={(saved) => {
            setMode('view');
            onNotice(t('programme.saved', { name: saved.name }));
          }}
          onCancel={() => {
            setMode('view');
          }}
        />
      ) : (
        <ProgrammeSummary programme={programme} />
      )}
      {failure === null ? null : <RequestError error={failure} />}
      {mode === 'confirm-remove' ? (
        <ConfirmGroup
          label={t('programme.confirmRemoveFor', { name: programme.name })}
          text={t('programme.confirmRemove', { name: programme.name })}
          yes={t('programme.removeYes')}
          no={t('programme.removeNo')}
          danger
          onYes={() =>
            void act(
              () => remove.mutateAsync(undefined),
              () => {
                onRemoved(programme);
              },
            )
          }
          onNo={() => {
            setMode('view');
          }}
        />
      ) : null}
      {mode === 'view' ? (
        <div className="button-row">
          <button
            className="button"
            type="button"
            disabled={verify.isPending}
            aria-label={t('programme.verifyFor', { name: programme.name })}
            onClick={() =>
              void act(
                () => verify.mutateAsync(undefined),
                () => {
                  onNotice(t('programme.verified', { name: programme.name }));
                },
              )
            }
          >
            {t('programme.verify')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            aria-label={t('programme.editFor', { name: programme.name })}
            onClick={() => {
              setFailure(null);
              setMode('edit');
            }}
          >
            {t('programme.edit')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            aria-label={t('programme.removeFor', { name: programme.name })}
            onClick={() => {
              setFailure(null);
              setMode('confirm-remove');
            }}
          >
            {t('programme.remove')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
