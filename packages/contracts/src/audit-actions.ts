import { INQUIRY_AUDIT_ACTIONS } from './inquiries.js';
import { RECORD_AUDIT_ACTIONS } from './records/registry.js';

/*
 * The audit action names the server writes, declared once so the privacy officer's action picker
 * offers exactly these and `GET /api/audit?action=` refuses anything else with 400. Record types
 * bring their own actions (`RECORD_AUDIT_ACTIONS`); a route outside them that writes a new action
 * adds it to the static list.
 */

/** Actions written by the routes that are not generated from a record-type declaration. */
export const STATIC_AUDIT_ACTIONS = [
  'patient.create',
  'patient.read',
  'patient.update',
  'patient.list',
  'patient.me',
  'patient.invite',
  'patient.break-glass',
  'care-team.read',
  'care-team.add',
  'care-team.remove',
  'consent.create',
  'consent.list',
  'consent.revoke',
  'disclosure.list',
  // The medication decision-support panel reads orders, doses, COWS and vitals (issue 10 §4).
  'decision-support.read',
  // The liver assessment reads the lab results (issue 10 §10).
  'liver.read',
  // The hand-off summary reads medications, scores and labs; sending it out is a disclosure (issue 10 §9).
  'summary.read',
  'summary.disclose',
  // The problem list and ICD-10-CM suggestion read intake, scores and labs (issue 10 §2).
  'problem-list.read',
  // The clinician's dashboard and withdrawal-monitoring board list their patients' summaries (issue 10 §1).
  'dashboard.read',
  'monitoring-board.read',
  // One patient's summary for the chart's Withdrawal tab (decision 0036).
  'patient-monitoring.read',
  // Care intensity (issue 10 §6): the suggestion read, the clinician's decision; the treatment plan (§7).
  'care-intensity.read',
  'care-intensity.decide',
  'plan.read',
  'plan.versions',
  'plan.create',
  // Reads that show who is a patient, or what was done to patients, are accesses too (issue 8).
  'admin.user.list',
  'audit.search',
  'audit.people',
  'break-glass.list',
  'break-glass.review',
  // The care network's import and the removal of the demo network (issue 11 §1).
  'network.import',
  'network.demo.remove',
] as const;

/** Every audit action name, sorted; the privacy officer's action picker lists these. */
export const AUDIT_ACTIONS: readonly string[] = [
  ...new Set<string>([...STATIC_AUDIT_ACTIONS, ...RECORD_AUDIT_ACTIONS, ...INQUIRY_AUDIT_ACTIONS]),
].sort();

/**
 * @param action - A candidate action name.
 * @returns True when the server writes audit rows with this action.
 */
export function isAuditAction(action: string): boolean {
  return AUDIT_ACTIONS.includes(action);
}
