import { z } from 'zod';
import { ZEmail, ZPersonName, ZRole } from './auth.js';
import { listResponse, ZLimit, ZOffset, ZRecordId } from './list-query.js';

export const ZRoleAtFacility = z.strictObject({ role: ZRole, facilityId: ZRecordId });

export const ZAdminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  roles: z.array(z.object({ role: ZRole, facilityId: z.string() })),
});
export type TAdminUser = z.infer<typeof ZAdminUser>;

export const ZListUsersQuery = z.strictObject({
  facilityId: ZRecordId.optional(),
  q: z.string().trim().max(120, { error: 'Must be at most 120 characters' }).optional(),
  limit: ZLimit,
  offset: ZOffset,
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
