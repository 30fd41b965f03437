import { z } from 'zod';

/** Every role a membership can carry (DESIGN, decision 0005). */
export const ROLES = ['patient', 'family', 'clinician', 'admissions', 'admin', 'privacy-officer'] as const;

export type TRole = (typeof ROLES)[number];

/** Roles that must enrol a TOTP second factor and have the short idle timeout (SECURITY.md AU-02, SE-04). */
export const STAFF_ROLES = ['clinician', 'admissions', 'admin', 'privacy-officer'] as const satisfies readonly TRole[];

export const ZRole = z.enum(ROLES, { error: `Must be one of ${ROLES.join(', ')}` });

/** Shortest password accepted. Length, not composition, is what makes a password strong (NIST 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted; compared whole, never truncated (SECURITY.md AU-01). */
export const PASSWORD_MAX_LENGTH = 128;

export const ZEmail = z
  .string({ error: 'Must be an email address' })
  .trim()
  .max(254, { error: 'Must be at most 254 characters' })
  .pipe(z.email({ error: 'Must be an email address' }))
  .transform((email) => email.toLowerCase());

export const ZPassword = z
  .string({ error: 'Must be text' })
  .min(PASSWORD_MIN_LENGTH, { error: `Must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `Must be at most ${PASSWORD_MAX_LENGTH} characters` });

/** A password being checked at sign-in: any length up to the maximum, so a short old one still fails normally. */
export const ZPasswordAttempt = z
  .string({ error: 'Must be text' })
  .min(1, { error: 'Required' })
  .max(PASSWORD_MAX_LENGTH, { error: `Must be at most ${PASSWORD_MAX_LENGTH} characters` });

export const ZPersonName = z
  .string({ error: 'Must be text' })
  .trim()
  .min(1, { error: 'Required' })
  .max(120, { error: 'Must be at most 120 characters' });

/** A single-use token from a link (reset, invitation, setup). */
export const ZLinkToken = z
  .string({ error: 'Must be text' })
  .min(16, { error: 'The link is not complete' })
  .max(200, { error: 'The link is not valid' });

/** A 6-digit code from an authenticator app. */
export const ZTotpCode = z.string({ error: 'Must be text' }).regex(/^\d{6}$/, { error: 'Must be the 6-digit code' });

/**
 * A recovery code as shown at enrolment (`7kq2m-x9fhd`). New codes avoid look-alike characters
 * (server auth/recovery-codes.ts); the pattern stays wide so codes issued before that still work.
 */
export const ZRecoveryCode = z
  .string({ error: 'Must be text' })
  .trim()
  .regex(/^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/, { error: 'Must be a recovery code like 7kq2m-x9fhd' });

/** A patient signing up for the companion: their record holds given and family name (family name may be left out). */
export const ZSignUpRequest = z.strictObject({
  email: ZEmail,
  givenName: ZPersonName,
  familyName: ZPersonName.optional(),
  password: ZPassword,
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;

export const ZSignInRequest = z.strictObject({ email: ZEmail, password: ZPasswordAttempt });
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZMembershipView = z.object({ role: ZRole, facilityId: z.string().nullable() });
export type TMembershipView = z.infer<typeof ZMembershipView>;

/** Who is signed in, as the UI sees it (`GET /api/auth/session`). */
export const ZSessionView = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  roles: z.array(ZMembershipView),
  isStaff: z.boolean(),
  secondFactorEnabled: z.boolean(),
  /** True when a staff member must enrol TOTP before any other staff route answers. */
  secondFactorRequired: z.boolean(),
  /** Minutes of inactivity after which the session ends (15 staff, 30 others). */
  idleTimeoutMinutes: z.number().int(),
  /** When the session ends whatever the activity (12 h after sign-in), ISO-8601. */
  expiresAt: z.string(),
});
export type TSessionView = z.infer<typeof ZSessionView>;

export const ZSignInResponse = z.discriminatedUnion('twoFactorRequired', [
  z.object({ twoFactorRequired: z.literal(true) }),
  z.object({ twoFactorRequired: z.literal(false), session: ZSessionView }),
]);
export type TSignInResponse = z.infer<typeof ZSignInResponse>;

/** The second sign-in step with a code from the authenticator app. */
export const ZTotpChallengeRequest = z.strictObject({ code: ZTotpCode });
/** The second sign-in step with a recovery code, when the phone is lost. */
export const ZRecoveryChallengeRequest = z.strictObject({ recoveryCode: ZRecoveryCode });

export const ZTwoFactorChallengeRequest = z.union([ZTotpChallengeRequest, ZRecoveryChallengeRequest]);
export type TTwoFactorChallengeRequest = z.infer<typeof ZTwoFactorChallengeRequest>;

export const ZTwoFactorEnrollRequest = z.strictObject({ password: ZPasswordAttempt });
export const ZTwoFactorEnrollResponse = z.object({
  /** `otpauth://` URI for the authenticator app (shown as a QR code and as text). */
  totpUri: z.string(),
  /** One-use codes for when the phone is lost; shown once. */
  recoveryCodes: z.array(z.string()),
});
export type TTwoFactorEnrollResponse = z.infer<typeof ZTwoFactorEnrollResponse>;

export const ZTwoFactorVerifyRequest = z.strictObject({ code: ZTotpCode });

export const ZPasswordResetRequest = z.strictObject({ email: ZEmail });
export const ZPasswordResetConfirm = z.strictObject({ token: ZLinkToken, password: ZPassword });
export const ZInvitationAcceptRequest = z.strictObject({ token: ZLinkToken, password: ZPassword });

/** `202` bodies that must not reveal whether an account exists. */
export const ZAcceptedResponse = z.object({ status: z.literal('accepted') });

/** A `204 No Content` answer: the client reads its empty body as null. */
export const ZNoContent = z.null();

export const ZSetupStatusResponse = z.object({ setupRequired: z.boolean() });
export const ZSetupRequest = z.strictObject({
  token: ZLinkToken,
  admin: z.strictObject({ email: ZEmail, name: ZPersonName, password: ZPassword }),
  facility: z.strictObject({
    name: z.string().trim().min(1, { error: 'Required' }).max(200, { error: 'Must be at most 200 characters' }),
    region: z.string().trim().min(1, { error: 'Required' }).max(120, { error: 'Must be at most 120 characters' }),
    address: z.string().trim().max(500, { error: 'Must be at most 500 characters' }).optional(),
  }),
});
export type TSetupRequest = z.infer<typeof ZSetupRequest>;
