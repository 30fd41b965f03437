import type { TAssessment } from '@kratom-care/contracts';
import type { AssessmentRecord } from '@kratom-care/store';

/**
 * @param record - A stored assessment.
 * @returns The API view: the score, not the raw answers.
 */
export function assessmentView(record: AssessmentRecord): TAssessment {
  return {
    id: record.id,
    patientId: record.patientId,
    instrumentId: record.instrumentId,
    instrumentVersion: record.instrumentVersion,
    total: record.total,
    bandId: record.bandId,
    recordedAt: record.recordedAt,
  };
}
