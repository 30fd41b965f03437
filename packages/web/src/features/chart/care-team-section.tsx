import { ZListCareTeamResponse } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';

/** The clinicians on the care team, by name and role. */
export function CareTeamSection({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const team = useApiQuery(ZListCareTeamResponse, {
    path: `/api/patients/${encodeURIComponent(patientId)}/care-team`,
    query: { limit: 100 },
  });
  return (
    <section className="ws-section" aria-labelledby="chart-care-team">
      <h2 id="chart-care-team">{t('chart.careTeam')}</h2>
      <QueryState query={team} emptyText={t('chart.careTeamEmpty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul>
            {data.items.map((member) => (
              <li key={member.userId}>
                <strong>{member.name}</strong>
                {member.roles.length === 0 ? null : ` · ${member.roles.map((role) => t(`role.${role}`)).join(', ')}`}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
