import { ACCESS_MATRIX, type MatrixEntry } from './access-matrix.table.js';
import { CARE_NETWORK_MATRIX } from './care-network-matrix.table.js';
import { recordMatrixEntries } from './record-matrix.table.js';

/** Every row of the access matrix: the hand-written routes and every registered record type's routes. */
export const MATRIX_ENTRIES: readonly MatrixEntry[] = [
  ...ACCESS_MATRIX,
  ...CARE_NETWORK_MATRIX,
  ...recordMatrixEntries(),
];
