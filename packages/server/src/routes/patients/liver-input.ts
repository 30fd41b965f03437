import { LIVER_FINDING_FACTS, type TLiverFindingsBody } from '@kratom-care/contracts';
import type { LiverAssessmentOptions, LiverClinicianFacts } from '@kratom-care/domain';
import type { PanelRecord } from '@kratom-care/store';

/*
 * Turns a patient's stored clinician liver findings into what `assessLiver` reads beside the labs.
 */

/**
 * Each fact is the newest answer a clinician gave to it (a later record that leaves it out does not
 * erase it: absent means "not assessed"); every symptom recorded is a report at its record's time.
 * Findings stamped after `atMs` do not count yet.
 *
 * @param findings - Current liver-findings records, newest first (as the store answers).
 * @param atMs - The assessment's moment.
 * @returns The options for `assessLiver`.
 * @see Clinical reference Appendix C.1.1 (grades 3–5 are clinician entries) and C.1.5 ("no other cause")
 */
export function liverAssessmentOptions(findings: readonly PanelRecord[], atMs: number): LiverAssessmentOptions {
  // Stored only from bodies the liver-findings declaration validated.
  const bodies = findings
    .map((record) => record.body as TLiverFindingsBody)
    .filter((body) => Date.parse(body.assessedAt) <= atMs);
  const facts: Partial<Record<keyof LiverClinicianFacts, boolean>> = {};
  for (const fact of LIVER_FINDING_FACTS) {
    const answer = bodies.find((body) => body[fact] !== undefined)?.[fact];
    if (answer !== undefined) {
      facts[fact] = answer;
    }
  }
  return {
    clinicianFacts: facts,
    symptoms: bodies.flatMap((body) =>
      body.symptoms.map((symptom) => ({ symptom, reportedAtMs: Date.parse(body.assessedAt) })),
    ),
  };
}
