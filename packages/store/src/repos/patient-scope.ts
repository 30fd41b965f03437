import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import { CATEGORIES_OUTSIDE_ALL, type ConsentCategory } from '../vocabulary.js';

/**
 * Which patients a caller may see, as data. The access policy derives one from its rules
 * (server/src/access/access-scope.ts); the patients repository turns it into one SQL filter used
 * for rows and for the count alike, so a hidden patient is never returned nor counted. Each leaf
 * is one fact the policy also checks per record; a property test proves both agree.
 */
export type PatientScope =
  | { readonly kind: 'none' }
  /** The patient record linked to this user account. */
  | { readonly kind: 'self'; readonly userId: string }
  /** Patients whose care team includes this clinician. */
  | { readonly kind: 'care-team'; readonly clinicianUserId: string }
  /** Patients belonging to any of these facilities (admissions: demographics only). */
  | { readonly kind: 'facilities'; readonly facilityIds: readonly string[] }
  /** Patients with a current family consent naming this user, optionally for one category. */
  | {
      readonly kind: 'consented';
      readonly familyUserId: string;
      readonly at: string;
      readonly category?: ConsentCategory;
    }
  /** Patients this user holds an unexpired break-glass grant for. */
  | { readonly kind: 'break-glass'; readonly userId: string; readonly at: string }
  /** Visible under any of these scopes (e.g. care team plus break-glass). */
  | { readonly kind: 'any-of'; readonly scopes: readonly PatientScope[] }
  /**
   * Visible under every one of these scopes (e.g. a break-glass grant and a clinician role at the
   * patient's facility). Never empty: an empty conjunction would admit every patient.
   */
  | { readonly kind: 'all-of'; readonly scopes: readonly [PatientScope, ...PatientScope[]] };

type PatientExpressions = ExpressionBuilder<DatabaseSchema, 'patient'>;

const NOTHING = sql<SqlBool>`1 = 0`;

/**
 * A consent that is in force at `at`: already signed, not revoked, not replaced by a newer
 * version, not past its expiry date. Consents that end on an event stay in force until someone records the event by
 * revoking them.
 *
 * @param eb - An expression builder with `consent` in scope.
 * @param at - The moment to check, ISO-8601 UTC.
 * @returns The SQL condition.
 */
export function consentInForce(eb: ExpressionBuilder<DatabaseSchema, 'consent'>, at: string): Expression<SqlBool> {
  return eb.and([
    eb('consent.created_at', '<=', at),
    eb('consent.revoked_at', 'is', null),
    eb('consent.superseded_by', 'is', null),
    eb.or([eb('consent.expires_at', 'is', null), eb('consent.expires_at', '>', at)]),
  ]);
}

function consented(eb: PatientExpressions, scope: Extract<PatientScope, { kind: 'consented' }>): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('consent')
      .select('consent.id')
      .whereRef('consent.patient_id', '=', 'patient.id')
      .where('consent.recipient_kind', '=', 'family-user')
      .where('consent.recipient_user_id', '=', scope.familyUserId)
      .where((consent) => consentInForce(consent, scope.at))
      .$if(scope.category !== undefined, (query) =>
        // Categories are stored as a JSON array of fixed words without LIKE wildcards.
        // `all` covers every category but those needing their own consent (consentCovers).
        query.where((consent) =>
          consent.or([
            consent('consent.categories', 'like', `%"${scope.category ?? ''}"%`),
            ...(scope.category !== undefined && CATEGORIES_OUTSIDE_ALL.includes(scope.category)
              ? []
              : [consent('consent.categories', 'like', '%"all"%')]),
          ]),
        ),
      ),
  );
}

/**
 * Turns a scope into a WHERE condition on `patient`.
 *
 * @param scope - What the caller may see.
 * @returns A function for Kysely's `.where(...)`.
 */
export function patientVisibleTo(scope: PatientScope): (eb: PatientExpressions) => Expression<SqlBool> {
  return (eb) => {
    switch (scope.kind) {
      case 'none':
        return NOTHING;
      case 'self':
        return eb('patient.user_id', '=', scope.userId);
      case 'care-team':
        return eb.exists(
          eb
            .selectFrom('care_team')
            .select('care_team.patient_id')
            .whereRef('care_team.patient_id', '=', 'patient.id')
            .where('care_team.clinician_user_id', '=', scope.clinicianUserId),
        );
      case 'facilities':
        return scope.facilityIds.length === 0 ? NOTHING : eb('patient.facility_id', 'in', [...scope.facilityIds]);
      case 'consented':
        return consented(eb, scope);
      case 'break-glass':
        return eb.exists(
          eb
            .selectFrom('break_glass')
            .select('break_glass.id')
            .whereRef('break_glass.patient_id', '=', 'patient.id')
            .where('break_glass.user_id', '=', scope.userId)
            .where('break_glass.started_at', '<=', scope.at)
            .where('break_glass.expires_at', '>', scope.at),
        );
      case 'any-of':
        return scope.scopes.length === 0 ? NOTHING : eb.or(scope.scopes.map((inner) => patientVisibleTo(inner)(eb)));
      case 'all-of':
        return eb.and(scope.scopes.map((inner) => patientVisibleTo(inner)(eb)));
    }
  };
}
