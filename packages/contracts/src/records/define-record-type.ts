import type { z } from 'zod';
import type { TConsentCategory } from '../consents.js';
import type { TApiIssue } from '../errors.js';
import {
  recordListQuery,
  recordListResponse,
  ZRecordEnvelope,
  ZRedisclosure,
  type TRecordEnvelope,
  type TRecordListFilter,
  type TRecordSortKey,
} from './record-envelope.js';

/**
 * Who may read and who may write a record type. The server maps each id to policy functions; the
 * access matrix has one hand-written expectation table per id.
 *
 * - `clinical`: read = the patient, clinicians with access (care team, break-glass) and family
 *   members whose current consent covers the type's category; write = clinicians with access.
 * - `counselling`: read = the care team and family members whose consent names the type's category
 *   itself (`all` does not cover it); write = the care team. Not the patient, not break-glass
 *   (docs/decisions/0025-plan-versions-and-notes.md). Which of the patient's records a reader then
 *   sees is the type's `authorOnly` (decision 0035).
 */
export const ACCESS_PROFILES = ['clinical', 'counselling'] as const;
export type TAccessProfileId = (typeof ACCESS_PROFILES)[number];

/**
 * `append-only`: a record is never changed, only marked entered in error (scored instruments).
 * `editable`: a record can be replaced with `If-Match` (412 when stale, 428 when missing).
 */
export type TVersioning = 'append-only' | 'editable';

/** The audit action written for each route of a record type. */
export interface RecordAuditActions {
  readonly list: string;
  readonly read: string;
  readonly create: string;
  readonly update: string;
  readonly enteredInError: string;
}

/**
 * @param prefix - The audit name of the type, e.g. `vitals`.
 * @returns `<prefix>.list`, `.read`, `.create`, `.update` and `.entered-in-error`.
 */
export function recordAuditActions(prefix: string): RecordAuditActions {
  return {
    list: `${prefix}.list`,
    read: `${prefix}.read`,
    create: `${prefix}.create`,
    update: `${prefix}.update`,
    enteredInError: `${prefix}.entered-in-error`,
  };
}

/**
 * A record type that lives under one record of another type: administrations under a medication
 * order, at `/api/patients/:id/<parent.type>/:<parent.param>/<name>`. Why a declaration option and
 * not a hand-written route: `docs/decisions/0022-nested-record-types.md`.
 */
export interface RecordParent {
  /** The parent type's `name` (a top-level type). */
  readonly type: string;
  /** The URL parameter naming the parent record, e.g. `medId`. */
  readonly param: string;
}

/** The parent record a nested type's rules may read (its stored body, as its declaration wrote it). */
export interface RecordParentRecord {
  readonly id: string;
  readonly body: unknown;
}

/**
 * A kind within a type that lists filter on (an assessment's instrument): stored in the record's
 * indexed `subtype` column, so `?<filter>=` is one index range (migration 0009), and offered as a
 * list filter under its own query name. Unknown values answer 400 naming the filter.
 */
export interface RecordSubtype<TBody> {
  /** The query parameter, e.g. `instrument`. */
  readonly filter: string;
  /** The values the filter accepts (the subtypes a body can have). */
  readonly values: readonly [string, ...string[]];
  /** The subtype of a body, as stored (null: none). */
  of(body: TBody): string | null;
}

/** What a type's rules may look at besides the request: the server's clock, and a nested type's parent. */
export interface RecordContext {
  readonly now: Date;
  /** Given to a nested type's rules only: the parent record the request names. */
  readonly parent?: RecordParentRecord | undefined;
}

/**
 * The body to store, and the record's clinical time when the body carries one (for example when
 * the vitals were taken; otherwise the time of recording is used). Or the issues, each naming its
 * field, answered as 400, with the safety flags a scored type read from the refused answers.
 */
export type BodyResult<TBody> =
  | { readonly ok: true; readonly body: TBody; readonly recordedAt?: string }
  | { readonly ok: false; readonly issues: TApiIssue[]; readonly flags?: readonly string[] };

/** What a record type declares; {@link defineRecordType} adds the derived schemas. */
export interface RecordTypeSpec<TCreate, TBody, TView extends z.ZodObject> {
  /** URL segment and registry key: `/api/patients/:id/<name>`. */
  readonly name: string;
  /** The resource type on audit and disclosure rows. */
  readonly resourceType: string;
  /** For OpenAPI summaries: "Record vitals", "List a patient's vitals". */
  readonly title: { readonly one: string; readonly many: string };
  /** The consent category a family member needs to read it. */
  readonly consentCategory: TConsentCategory;
  readonly access: TAccessProfileId;
  /**
   * `true`: a staff reader sees only the records they recorded themselves; another author's
   * record is answered like a missing one (list, read, nested routes and entered in error alike).
   * A family member admitted by a consent that names the type's category reads them all: that
   * consent is the record's own (SUD counselling notes, 42 CFR §2.31(b); decision 0035).
   */
  readonly authorOnly?: boolean;
  readonly versioning: TVersioning;
  /** Set for a type whose records live under one record of another type. */
  readonly parent?: RecordParent;
  /** The create request. */
  readonly create: z.ZodType<TCreate>;
  /** The update request of an editable type: it replaces the body. */
  readonly update?: z.ZodType<TCreate>;
  /** The stored JSON body. */
  readonly body: z.ZodType<TBody>;
  /** The type's own fields in a response, next to the envelope. */
  readonly view: TView;
  /**
   * Turns a validated request into the body to store, applying the rules zod cannot (the clock,
   * scoring).
   */
  toBody(request: TCreate, context: RecordContext): BodyResult<TBody>;
  /**
   * Safety flags read from a create request that failed validation, whatever its shape, so the 400
   * still carries them (scored instruments: PHQ-9 item 9, Appendix C.4.4). Types without flags leave
   * it out.
   */
  safetyFlags?(request: unknown): readonly string[];
  /** The response fields of a stored body (what may leave the server). */
  toView(body: TBody): z.infer<TView>;
  readonly filters: readonly TRecordListFilter[];
  /** A kind within the type that is stored indexed and offered as a list filter (optional). */
  readonly subtype?: RecordSubtype<TBody>;
  /** The first is the default. */
  readonly sortKeys: readonly [TRecordSortKey, ...TRecordSortKey[]];
  readonly audit: RecordAuditActions;
  /** A valid, obviously fictional create request (OpenAPI example, tests, the access matrix). */
  readonly example: TCreate;
}

/** One record in a response, as a schema: the envelope extended with the type's view. */
export type RecordResponseSchema<TView extends z.ZodObject> = z.ZodObject<
  z.core.util.Extend<typeof ZRecordEnvelope.shape, TView['shape']>
>;

/** The schemas derived from a declaration, typed by the type's own view. */
export interface DerivedRecordSchemas<TView extends z.ZodObject> {
  /** One record (create, update, entered in error). */
  readonly response: RecordResponseSchema<TView>;
  /** One record read (`GET …/:recordId`): a family member's read also carries the 42 CFR §2.32 notice. */
  readonly readResponse: z.ZodObject<
    z.core.util.Extend<RecordResponseSchema<TView>['shape'], typeof ZRedisclosure.shape>
  >;
  readonly listResponse: ReturnType<typeof recordListResponse<RecordResponseSchema<TView>>>;
  readonly listQuery: ReturnType<typeof recordListQuery>;
}

/**
 * The `type` a record is stored under: the type's name, or for a nested type the parent's type, the
 * parent's id and the name (`medications/<medId>/administrations`), so the store's
 * (patient, type, time, id) index serves a nested list and a record is never reached through
 * another parent.
 *
 * @param type - The declared type.
 * @param parentId - The parent record's id (nested types only).
 * @returns The stored type.
 * @example storedRecordType({ name: 'vitals' }) // => 'vitals'
 */
export function storedRecordType(
  type: Pick<RecordTypeSpec<unknown, unknown, z.ZodObject>, 'name' | 'parent'>,
  parentId?: string,
): string {
  return type.parent === undefined ? type.name : `${type.parent.type}/${parentId ?? ''}/${type.name}`;
}

/** A declared record type with its derived response, list and query schemas. */
export type RecordType<TCreate, TBody, TView extends z.ZodObject> = RecordTypeSpec<TCreate, TBody, TView> &
  DerivedRecordSchemas<TView>;

/** Any declared record type, as the registry and the server see it. */
export type AnyRecordType = RecordType<unknown, unknown, z.ZodObject>;

/** One record in a response: the envelope and the type's own fields. */
export type TRecordOf<TView extends z.ZodObject> = TRecordEnvelope & z.infer<TView>;

/**
 * Declares a patient record type once. Everything else (routes, OpenAPI entries, audit and
 * disclosure rows, access-matrix cells) is produced from this.
 *
 * @param spec - The declaration.
 * @returns The declaration with its response, list and query schemas.
 */
export function defineRecordType<TCreate, TBody, TView extends z.ZodObject>(
  spec: RecordTypeSpec<TCreate, TBody, TView>,
): RecordType<TCreate, TBody, TView> {
  // zod's extend keeps the view's shape at run time; the static type is spelled out above because
  // a generic view's shape would otherwise widen to any field.
  const response = ZRecordEnvelope.extend(spec.view.shape) as RecordResponseSchema<TView>;
  return {
    ...spec,
    response,
    readResponse: response.extend(ZRedisclosure.shape) as DerivedRecordSchemas<TView>['readResponse'],
    listResponse: recordListResponse(response),
    listQuery: recordListQuery(spec.filters, spec.sortKeys, spec.subtype),
  };
}
