import type { TPatient } from '@kratom-care/contracts';
import { useOutletContext } from 'react-router';

/** What the chart frame hands each of its parts: the open patient, already loaded and allowed. */
export interface ChartContext {
  readonly patient: TPatient;
}

/** @returns The patient whose chart is open (only inside a chart part's page). */
export function useChartPatient(): TPatient {
  return useOutletContext<ChartContext>().patient;
}
