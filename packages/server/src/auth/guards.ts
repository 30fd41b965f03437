import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Principal } from './principal.js';

/** 401: there is no valid session (never signed in, signed out, timed out or disabled). */
export function unauthenticatedError(): AppError {
  return new AppError('UNAUTHENTICATED', 'Sign in to continue');
}

/** 403: a staff member has not set up (or not passed) the authenticator-app second factor yet. */
export function secondFactorRequiredError(): AppError {
  return new AppError('SECOND_FACTOR_REQUIRED', 'Set up your authenticator app to continue');
}

/**
 * Whether a principal must finish TOTP enrolment before anything else answers them.
 *
 * @param principal - The caller.
 * @returns True for staff without a verified second factor.
 */
export function needsSecondFactor(principal: Principal): boolean {
  return principal.isStaff && !principal.secondFactorVerified;
}

export interface RequireOptions {
  /** Only the enrolment, sign-out and session routes set this. */
  readonly allowWithoutSecondFactor?: boolean;
}

/**
 * The first line of every protected handler: returns the caller or throws. Staff without a
 * verified TOTP get 403 `SECOND_FACTOR_REQUIRED` (decision 0005) unless the route allows it.
 *
 * @param request - The request; the session resolver has set `principal`.
 * @param options - Whether the route answers staff who have not enrolled TOTP yet.
 * @returns The signed-in principal.
 * @throws AppError UNAUTHENTICATED (401) or SECOND_FACTOR_REQUIRED (403).
 */
export function requireAuthenticated(request: FastifyRequest, options: RequireOptions = {}): Principal {
  const principal = request.principal as Principal | null | undefined;
  if (principal === null || principal === undefined) {
    throw unauthenticatedError();
  }
  if (options.allowWithoutSecondFactor !== true && needsSecondFactor(principal)) {
    throw secondFactorRequiredError();
  }
  return principal;
}
