import { ZCareTeamResponse, ZListCareTeamResponse, type TCareTeamMember } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useSession } from '../account/session/session-context';
import { ConfirmGroup } from '../workspace/confirm-group';
import { QueryState } from '../workspace/page-states';
import { ClinicianPicker } from './clinician-picker';

interface CareTeamSectionProps {
  readonly patientId: string;
  /** The patient's facility, whose clinicians may join; null for a patient without one. */
  readonly facilityId: string | null;
}

/**
 * The clinicians on the care team, by name and role; a member adds a colleague of the facility by name
 * or takes someone else off (after confirming). The server decides who may (`canManageCareTeam`).
 */
export function CareTeamSection({ patientId, facilityId }: CareTeamSectionProps) {
  const t = useT();
  const { session } = useSession();
  const path = `/api/patients/${encodeURIComponent(patientId)}/care-team`;
  const team = useApiQuery(ZListCareTeamResponse, { path, query: { limit: 100 } });
  const [removing, setRemoving] = useState<TCareTeamMember | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const add = useApiMutation(
    ZCareTeamResponse,
    (userId: string) => ({ method: 'PUT', path: `${path}/${encodeURIComponent(userId)}` }),
    { invalidates: [path] },
  );
  const remove = useApiMutation(
    ZCareTeamResponse,
    (userId: string) => ({ method: 'DELETE', path: `${path}/${encodeURIComponent(userId)}` }),
    { invalidates: [path] },
  );
  const error = add.error ?? remove.error;
  const members = new Set((team.data?.items ?? []).map((member) => member.userId));
  return (
    <section className="ws-section" aria-labelledby="chart-care-team">
      <h2 id="chart-care-team">{t('chart.careTeam')}</h2>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      {error === null ? null : <RequestError error={error} />}
      <QueryState query={team} emptyText={t('chart.careTeamEmpty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul className="ws-team">
            {data.items.map((member) => (
              <li key={member.userId}>
                <strong>{member.name}</strong>
                {member.roles.length === 0 ? null : ` · ${member.roles.map((role) => t(`role.${role}`)).join(', ')}`}
                {member.userId === session?.user.id ? null : (
                  <button
                    className="ws-link-button ws-team__remove"
                    type="button"
                    aria-label={t('chart.careTeamRemoveFor', { name: member.name })}
                    onClick={() => {
                      setRemoving(member);
                    }}
                  >
                    {t('chart.careTeamRemove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {removing === null ? null : (
        <ConfirmGroup
          label={t('chart.careTeamConfirmLabel', { name: removing.name })}
          text={t('chart.careTeamConfirm', { name: removing.name })}
          yes={t('chart.careTeamYesRemove')}
          no={t('common.cancel')}
          danger
          onYes={() => {
            remove.mutate(removing.userId, {
              onSuccess: () => {
                setNotice(t('chart.careTeamRemoved', { name: removing.name }));
                setRemoving(null);
              },
            });
          }}
          onNo={() => {
            setRemoving(null);
          }}
        />
      )}
      {facilityId === null ? null : (
        <ClinicianPicker
          facilityId={facilityId}
          exclude={members}
          busy={add.isPending}
          onChoose={(clinician) => {
            add.mutate(clinician.id, {
              onSuccess: () => {
                setNotice(t('chart.careTeamAdded', { name: clinician.name }));
              },
            });
          }}
        />
      )}
    </section>
  );
}
