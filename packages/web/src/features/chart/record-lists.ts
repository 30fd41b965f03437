import {
  ZListAssessmentsResponse,
  ZListVitalsResponse,
  ZVitalsResponse,
  type TAssessment,
  type TVitals,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../api/response-check';

/** A record type's list: a page, the next cursor and, on a family member's read, the §2.32 notice. */
export interface RecordList<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly redisclosureNotice?: string;
}

// A record type's declaration builds its schemas generically (contracts/src/records/define-record-type.ts),
// so their static type is a plain object; these are the record shapes those same schemas check at run time.
export const ASSESSMENT_LIST = ZListAssessmentsResponse as unknown as ResponseSchema<RecordList<TAssessment>>;
export const VITALS_LIST = ZListVitalsResponse as unknown as ResponseSchema<RecordList<TVitals>>;
export const VITALS_RECORD = ZVitalsResponse as unknown as ResponseSchema<TVitals>;
