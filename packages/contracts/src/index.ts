export { toApiIssues, UNKNOWN_FIELD_MESSAGE } from './api-issues.js';
export {
  APP_ERROR_CODES,
  AppErrorCode,
  ZApiError,
  ZApiIssue,
  type TApiError,
  type TApiIssue,
  type TAppErrorCode,
} from './errors.js';
export {
  ZGetInstrumentResponse,
  ZInstrumentParams,
  ZListInstrumentsResponse,
  ZLocalizedBand,
  ZLocalizedInstrument,
  ZLocalizedItem,
  ZLocalizedOption,
  type TGetInstrumentResponse,
  type TInstrumentParams,
  type TListInstrumentsResponse,
  type TLocalizedInstrument,
} from './instruments.js';
export {
  buildScoreRequestSchema,
  SCORE_REQUEST_SCHEMAS,
  toScoringContext,
  ZAnswerValue,
  ZItemPoints,
  ZPulseBpm,
  ZScoreRequest,
  ZScoreResponse,
  ZSupervisionContext,
  type TScoreRequest,
  type TScoreResponse,
} from './score.js';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  STAFF_ROLES,
  ZAcceptedResponse,
  ZEmail,
  ZInvitationAcceptRequest,
  ZLinkToken,
  ZMembershipView,
  ZNoContent,
  ZPassword,
  ZPasswordAttempt,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZPersonName,
  ZRecoveryChallengeRequest,
  ZRecoveryCode,
  ZRole,
  ZSessionView,
  ZSetupRequest,
  ZSetupStatusResponse,
  ZSignInRequest,
  ZSignInResponse,
  ZSignUpRequest,
  ZTotpChallengeRequest,
  ZTotpCode,
  ZTwoFactorChallengeRequest,
  ZTwoFactorEnrollRequest,
  ZTwoFactorEnrollResponse,
  ZTwoFactorVerifyRequest,
  type TMembershipView,
  type TRole,
  type TSessionView,
  type TSetupRequest,
  type TSignInRequest,
  type TSignInResponse,
  type TSignUpRequest,
  type TTwoFactorChallengeRequest,
  type TTwoFactorEnrollResponse,
} from './auth.js';
export * from './list-query.js';
export * from './facilities.js';
export * from './admin-users.js';
export * from './patients.js';
export * from './consents.js';
export * from './consent-signature.js';
export * from './audit.js';
export * from './audit-actions.js';
export * from './decision-support.js';
export * from './records/index.js';
export * from './liver.js';
export * from './care-intensity.js';
export * from './treatment-plan.js';
export * from './handoff-summary.js';
export * from './problem-list.js';
export * from './monitoring.js';
export * from './inquiries.js';
export * from './care-network-fields.js';
export * from './care-network.js';
export * from './network-import/index.js';
