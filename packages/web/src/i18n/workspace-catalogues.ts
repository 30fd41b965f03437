import { ACCOUNT_EN } from './en/account';
import { ADMISSIONS_EN } from './en/admissions';
import { CARE_EN } from './en/care';
import { CLINICAL_EN } from './en/clinical';
import { FRAME_EN } from './en/frame';
import { HANDOFF_EN } from './en/handoff';
import { INTAKE_EN } from './en/intake';
import { LIVER_EN } from './en/liver';
import { MONITORING_EN } from './en/monitoring';
import { NETWORK_ADMIN_EN } from './en/network-admin';
import { PORTAL_EN } from './en/portal';
import { TREATMENT_EN } from './en/treatment';
import { WITHDRAWAL_EN } from './en/withdrawal';
import { WORKSPACE_EN } from './en/workspace';
import { CHECK_MESSAGES_EN } from './check-catalogues';
import type { Catalogue } from './translate';
import { LIVER_MESSAGES_EN, TREATMENT_MESSAGES_EN } from '@kratom-care/domain';
import { MONITORING_MESSAGES_EN } from '@kratom-care/domain';
import { CARE_PROGRAMMES_MESSAGES_EN } from '@kratom-care/domain';
import { CARE_NETWORK_MESSAGES_EN } from '@kratom-care/domain';

/** The signed-in pages' messages, loaded with those pages; `en` is complete. */
export const WORKSPACE_MESSAGES_EN = {
  ...ACCOUNT_EN,
  ...WORKSPACE_EN,
  ...FRAME_EN,
  ...CLINICAL_EN,
  ...PORTAL_EN,
  ...TREATMENT_EN,
  ...LIVER_EN,
  ...HANDOFF_EN,
  // The decision-support panel's and the liver assessment's texts come from the domain's rules.
  ...TREATMENT_MESSAGES_EN,
  ...LIVER_MESSAGES_EN,
  ...WITHDRAWAL_EN,
  ...INTAKE_EN,
  ...MONITORING_EN,
  // The dashboard's alert and trend texts come from the domain's monitoring rules.
  ...MONITORING_MESSAGES_EN,
  ...CARE_EN,
  // The care-intensity rules' clinician wording and the programmes come from the domain.
  ...CARE_PROGRAMMES_MESSAGES_EN,
  ...NETWORK_ADMIN_EN,
  // The network admin pages name levels, payers, regions and states as the finder does.
  ...CARE_NETWORK_MESSAGES_EN,
  ...ADMISSIONS_EN,
} as const;

export type WorkspaceMessageKey = keyof typeof WORKSPACE_MESSAGES_EN;

// With the self-check's wording under them: charts and records show instrument names, items and bands, and
// the first download no longer carries those (./check-catalogues.ts).
export const WORKSPACE_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  en: { ...CHECK_MESSAGES_EN, ...WORKSPACE_MESSAGES_EN },
};
