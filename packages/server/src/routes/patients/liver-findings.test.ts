import { describe, expect, it } from 'vitest';
import { PATIENT_A } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { careTeamPoster } from '../../test/care-team-requests.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * Clinician liver findings through the API, read by `GET /liver` beside the labs (clinical reference
 * Appendix C.1.1: grades 3–5 are clinician entries; C.1.5: Hy's law proper needs the "no other cause"
 * attestation; §8 monitoring: a liver symptom calls for repeat tests at once). Vector H1's labs
 * (LiverTox 8332) are entered first; every value is fictional.
 */

const BASE = `/api/patients/${PATIENT_A}`;
const H1 = [
  { loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35 },
  { loinc: '1920-8', value: 73, unit: 'U/L', upperLimit: 30 },
  { loinc: '6768-6', value: 218, unit: 'U/L', upperLimit: 130 },
  { loinc: '1975-2', value: 5.6, unit: 'mg/dL', upperLimit: 1.2 },
];

interface Liver {
  hysLaw: { status: string; noOtherCauseAttested: boolean; hysLaw: boolean };
  dilinGrade: { grade: number; atLeast: boolean } | null;
  urgent: boolean;
  reminders: { id: string }[];
}

describe.each(TEST_TARGETS)('clinician liver findings on $kind', (target) => {
  const world = useAccessWorld(target);
  const post = careTeamPoster(world, BASE, 'liver-findings');
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

  async function liver(): Promise<Liver> {
    const response = await world().request('clinician-on-care-team', { method: 'GET', url: `${BASE}/liver` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Liver>();
  }

  it("turns Hy's-law labs into Hy's law with the attestation, and a hospital stay into grade 3", async () => {
    for (const lab of H1) {
      await post('/labs', { ...lab, collectedAt: ago(60) });
    }
    const labsOnly = await liver();
    expect(labsOnly).toMatchObject({
      urgent: true,
      hysLaw: { status: 'met', hysLaw: false },
      dilinGrade: { grade: 2, atLeast: true },
    });

    await post('/liver-findings', { assessedAt: ago(30), noOtherCauseAttested: true, hospitalised: true });
    const attested = await liver();
    expect(attested.hysLaw).toMatchObject({ status: 'met', noOtherCauseAttested: true, hysLaw: true });
    expect(attested.dilinGrade?.grade).toBe(3);
    expect(attested.urgent).toBe(true);

    // A later entry that leaves a fact out keeps the earlier answer ("not assessed" is not "no").
    await post('/liver-findings', { assessedAt: ago(20), ascites: false });
    expect((await liver()).hysLaw.hysLaw).toBe(true);
  });

  it('a liver symptom after the last LFTs asks for repeat tests at once', async () => {
    for (const lab of H1) {
      await post('/labs', { ...lab, collectedAt: ago(120) });
    }
    expect((await liver()).reminders.map((reminder) => reminder.id)).not.toContain('symptom-repeat-lfts');
    await post('/liver-findings', { assessedAt: ago(10), symptoms: ['jaundice'] });
    expect((await liver()).reminders.map((reminder) => reminder.id)).toContain('symptom-repeat-lfts');
  });

  it('refuses an empty entry, a repeated or unknown symptom, or a future time: 400 naming the field', async () => {
    for (const [payload, field] of [
      [{ assessedAt: ago(5) }, 'symptoms'],
      [{ assessedAt: ago(5), symptoms: ['jaundice', 'jaundice'] }, 'symptoms'],
      [{ assessedAt: ago(5), symptoms: ['itching'] }, 'symptoms'],
      [{ assessedAt: ago(5), hospitalised: 'yes' }, 'hospitalised'],
      [{ assessedAt: ago(-60), ascites: true }, 'assessedAt'],
    ] as const) {
      const response = await post('/liver-findings', payload, 400);
      const paths = response.json<{ issues: { path: (string | number)[] }[] }>().issues.map((issue) => issue.path[0]);
      expect(paths, JSON.stringify(payload)).toContain(field);
    }
  });
});
