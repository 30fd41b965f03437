/*
 * The columns of our CSV import format, as data: one row per programme, the facility's columns repeated on
 * each of its rows (docs/network-import-format.md lists the same columns; a test proves they agree).
 */

/** How a cell's text becomes a value; an empty cell is "not given" (the field's default applies). */
export type CsvCellKind =
  /** Text; empty means not given. */
  | 'text'
  /** Text; empty means none (null). */
  | 'optional'
  /** Values separated by semicolons. */
  | 'list'
  /** yes/no, true/false, y/n or 1/0; empty means no. */
  | 'yes-no'
  /** A decimal number; empty means none. */
  | 'number';

/** One column: its header, the field it fills, and whether it belongs to the facility or the programme. */
export interface NetworkCsvColumn {
  readonly column: string;
  readonly part: 'facility' | 'programme';
  readonly field: string;
  readonly kind: CsvCellKind;
  /** The header must have it. */
  readonly required: boolean;
  /** One line for the format's documentation. */
  readonly description: string;
}

const facility = (
  column: string,
  field: string,
  kind: CsvCellKind,
  required: boolean,
  description: string,
): NetworkCsvColumn => ({ column, part: 'facility', field, kind, required, description });
const programme = (
  column: string,
  field: string,
  kind: CsvCellKind,
  required: boolean,
  description: string,
): NetworkCsvColumn => ({ column, part: 'programme', field, kind, required, description });

/** Every column of the CSV format, in the order a template lists them. */
export const NETWORK_CSV_COLUMNS: readonly NetworkCsvColumn[] = [
  facility(
    'facility_key',
    'externalKey',
    'text',
    true,
    'Your own stable id of the facility: re-importing it updates it',
  ),
  facility('facility_name', 'name', 'text', true, 'The facility name people see'),
  facility('street1', 'street1', 'text', true, 'Street address'),
  facility('street2', 'street2', 'text', false, 'Suite, building (optional)'),
  facility('city', 'city', 'text', true, 'City'),
  facility('state', 'state', 'text', true, 'Two-letter state code, e.g. PA; sets the region'),
  facility('zip', 'zip', 'text', true, 'Five-digit ZIP code'),
  facility('latitude', 'latitude', 'number', false, 'Decimal degrees; empty: the ZIP code centre'),
  facility('longitude', 'longitude', 'number', false, 'Decimal degrees; give both or neither'),
  facility('phone', 'phone', 'text', true, 'Main phone with area code'),
  facility('admissions_line', 'admissionsLine', 'optional', false, '24/7 admissions line (optional)'),
  facility('hours', 'hours', 'text', false, 'Opening hours as text, e.g. Mon–Fri 8–18'),
  facility('languages', 'languages', 'list', false, 'ISO 639 codes separated by ;, e.g. en;es'),
  facility('website', 'website', 'optional', false, 'https:// address (optional)'),
  facility(
    'last_verified_at',
    'lastVerifiedAt',
    'optional',
    false,
    'When the listing was last checked, e.g. 2027-01-31',
  ),
  facility('last_verified_by', 'lastVerifiedBy', 'optional', false, 'Who checked it (required with last_verified_at)'),
  programme('programme_name', 'name', 'text', true, 'The programme name'),
  programme('level_of_care', 'levelOfCare', 'text', true, 'One level of care (see the vocabulary below)'),
  programme('medications', 'medications', 'list', false, 'Medications separated by ;'),
  programme('otp', 'otp', 'yes-no', false, 'yes when it is an opioid treatment programme (needed for methadone)'),
  programme('kratom_experience', 'kratomExperience', 'yes-no', false, 'yes when the team has treated kratom use'),
  programme('kratom_testing', 'kratomTesting', 'yes-no', false, 'yes when kratom/mitragynine testing is on site'),
  programme('populations', 'populations', 'list', false, 'Populations separated by ;'),
  programme('services', 'services', 'list', false, 'Services separated by ;'),
  programme('payers', 'payers', 'list', false, 'Payers separated by ;'),
  programme(
    'commercial_insurers',
    'commercialInsurers',
    'list',
    false,
    'Insurer names separated by ; (needs payer commercial)',
  ),
  programme('capacity_available', 'capacityAvailable', 'number', false, 'Beds or slots open now (whole number)'),
  programme('next_intake_date', 'nextIntakeDate', 'optional', false, 'Next intake date, e.g. 2027-02-15'),
  programme('programme_last_verified_at', 'lastVerifiedAt', 'optional', false, 'When the programme was last checked'),
  programme('programme_last_verified_by', 'lastVerifiedBy', 'optional', false, 'Who checked it'),
];
