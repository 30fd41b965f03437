import type { TNetworkFacility, TNetworkProgramme } from '@kratom-care/contracts';
import { ZNetworkProgramme, type TCreateProgrammeRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { asApiError, type ApiError } from '../../api/api-error';
import { EmptyState } from '../workspace/page-states';
import { facilityPaths } from './network-paths';
import { ProgrammeCard } from './programme-card';
import { ProgrammeForm } from './programme-form';
import { programmeRequestOf } from './programme-values';

interface ProgrammesSectionProps {
  readonly facility: TNetworkFacility;
}

/**
 * The facility's programmes: each with its facts and actions, "Add a programme", and after a removal a
 * notice with "Undo", which puts the programme back with the same details (as a new entry: its old
 * verification is not claimed for it).
 */
export function ProgrammesSection({ facility }: ProgrammesSectionProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removed, setRemoved] = useState<TNetworkProgramme | null>(null);
  const [undoFailure, setUndoFailure] = useState<ApiError | null>(null);
  const paths = facilityPaths(facility.id);
  const restore = useApiMutation(
    ZNetworkProgramme,
    (body: TCreateProgrammeRequest) => ({ method: 'POST', path: paths.programmes, body }),
    { invalidates: paths.changed, idempotent: true },
  );
  const say = (message: string): void => {
    setRemoved(null);
    setUndoFailure(null);
    setNotice(message);
  };
  const undo = async (programme: TNetworkProgramme): Promise<void> => {
    try {
      await restore.mutateAsync(programmeRequestOf(programme));
      say(t('programme.restored', { name: programme.name }));
    } catch (error) {
      setUndoFailure(asApiError(error));
    }
  };
  return (
    <section aria-labelledby="programmes-title">
      <h2 id="programmes-title" className="net-target" tabIndex={-1}>
        {t('programme.title')}
      </h2>
      <p className="ws-narrow">{t('programme.intro')}</p>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      {removed === null ? null : (
        <Notice tone="info" live>
          <p>{t('programme.removed', { name: removed.name })}</p>
          <button
            className="button button--secondary"
            type="button"
            disabled={restore.isPending}
            onClick={() => void undo(removed)}
          >
            {t('programme.undo')}
          </button>
          {undoFailure === null ? null : <RequestError error={undoFailure} />}
        </Notice>
      )}
      {facility.programmes.length === 0 ? (
        <EmptyState text={t('programme.empty')} />
      ) : (
        <ul className="workspace-cards ws-card-grid">
          {facility.programmes.map((programme) => (
            <ProgrammeCard
              key={programme.id}
              facilityId={facility.id}
              programme={programme}
              onNotice={say}
              onRemoved={(programme) => {
                setNotice(null);
                setUndoFailure(null);
                setRemoved(programme);
              }}
            />
          ))}
        </ul>
      )}
      {adding ? (
        <div className="workspace-card ws-narrow">
          <ProgrammeForm
            facilityId={facility.id}
            onSaved={(saved) => {
              setAdding(false);
              say(t('programme.added', { name: saved.name }));
            }}
            onCancel={() => {
              setAdding(false);
            }}
          />
        </div>
      ) : (
        <button
          className="button"
          type="button"
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('programme.addButton')}
        </button>
      )}
    </section>
  );
}
