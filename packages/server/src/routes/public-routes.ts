import { INSTRUMENT_IDS } from '@kratom-care/domain';

/*
 * THE ONE LIST of `/api` routes that answer without a session. Every other `/api` route is
 * protected by the route layer (auth/route-access.ts): an anonymous call gets 401 before its body,
 * query or path is read. A new route is therefore protected unless someone adds it here, on
 * purpose, in review. Entries are `METHOD path` with Fastify's path pattern; a GET entry also
 * covers the HEAD route Fastify adds for it.
 */

/** Routes anyone may call: the public self-check, the API description and the ways into an account. */
export const PUBLIC_ROUTES: readonly string[] = [
  // The anonymous self-check (decision 0004): instrument definitions and scoring, nothing stored.
  'GET /api/instruments',
  'GET /api/instruments/:id',
  ...INSTRUMENT_IDS.map((id) => `POST /api/instruments/${id}/score`),
  // Answers 404 for an unknown instrument id before reading the body.
  'POST /api/instruments/:id/score',
  'GET /api/openapi.json',
  // Starting a session, and the links that let someone choose a password without one.
  'POST /api/auth/sign-up',
  'POST /api/auth/sign-in',
  'POST /api/auth/two-factor/challenge',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/invitations/accept',
  // Answers 204 even without a session, so a client can always sign out.
  'POST /api/auth/sign-out',
  // First start: creating the first administrator, while no account exists at all.
  'GET /api/setup',
  'POST /api/setup',
  // The confidential call-back request (issue 11 §3): rate-limited per IP, honeypot and fill time.
  'POST /api/inquiries',
  // The care finder (issue 11 §2): public listings, read-only, no account (decision 0029).
  'GET /api/finder/facilities',
  'GET /api/finder/facilities/:id',
];

/**
 * Protected routes that staff may call before they have set up their authenticator app (decision
 * 0005): seeing who is signed in and enrolling TOTP. Every other protected route answers them 403
 * `SECOND_FACTOR_REQUIRED`, before validation too.
 */
export const SECOND_FACTOR_EXEMPT_ROUTES: readonly string[] = [
  'GET /api/auth/session',
  'POST /api/auth/two-factor/enroll',
  'POST /api/auth/two-factor/verify',
];
