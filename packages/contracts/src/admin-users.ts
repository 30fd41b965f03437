import { z } from 'zod';
import { ZEmail, ZPersonName, ZRole } from './auth.js';
import { listResponse, ZListQuery, ZRecordId, ZSearchText } from './list-query.js';

export const ZRoleAtFacility = z.strictObject({ role: ZRole, facilityId: ZRecordId });

/**
 * Where an account stands: `invited` until the person accepts the invitation (chooses a
 * password), then `active`; `disabled` when an admin disabled it or cancelled its invitation.
 */
export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export const ZUserStatus = z.enum(USER_STATUSES, { error: `Must be one of ${USER_STATUSES.join(', ')}` });
export type TUserStatus = z.infer<typeof ZUserStatus>;

/** The newest invitation link still usable (not used, not expired). */
export const ZPendingInvitation = z.object({ sentAt: z.string(), expiresAt: z.string() });

export const ZAdminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  status: ZUserStatus,
  /** Same as `status === 'disabled'`. */
  disabled: z.boolean(),
  /** The pending invitation, or null (accepted, expired, cancelled or never sent). */
  invitation: ZPendingInvitation.nullable(),
  /** Roles at the facilities the calling admin administers only. */
  roles: z.array(z.object({ role: ZRole, facilityId: z.string() })),
  /** The account's version: send it back as `If-Match: "<version>"` to change the account. */
  version: z.number().int(),
});
export type TAdminUser = z.infer<typeof ZAdminUser>;

/** `GET /api/admin/users`: by email; `q` searches name and email, case-insensitive. */
export const ZListUsersQuery = ZListQuery.extend({
  facilityId: ZRecordId.optional(),
  q: ZSearchText,
  status: ZUserStatus.optional(),
});
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZListUsersResponse = listResponse(ZAdminUser);

export const ZCreateUserRequest = z.strictObject({
  email: ZEmail,
  name: ZPersonName,
  role: ZRole,
  facilityId: ZRecordId,
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZCreateUserResponse = z.object({ user: ZAdminUser, invitationSent: z.literal(true) });

export const ZUpdateUserRequest = z
  .strictObject({ roles: z.array(ZRoleAtFacility).max(50).optional(), disabled: z.boolean().optional() })
  .refine((body) => body.roles !== undefined || body.disabled !== undefined, { error: 'Change roles or disabled' });
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZInvitationSentResponse = z.object({ invitationSent: z.literal(true) });

/**
 * `DELETE /api/admin/users/:id/invitation`: the pending invitation is withdrawn (its link stops
 * working) and the never-used account is disabled, so it cannot be half-active; the row stays so
 * audit rows keep naming it. Answers the user, now `disabled`.
 */
export const ZCancelInvitationResponse = ZAdminUser;
