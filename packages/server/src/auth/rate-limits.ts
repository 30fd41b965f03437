import rateLimit from '@fastify/rate-limit';
import { hitRateLimit, readRateLimit } from '@kratom-care/store';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { counterKey, databaseRateLimitStore, type SharedCounterDeps } from './rate-limit-store.js';

/**
 * Request budgets for the auth routes. Per IP they sit far below SECURITY.md's ceiling of about
 * 160/min (AU-03, F15); per account, failed sign-ins are capped at 100 an hour (ASVS 2.2.1).
 */
export interface AuthLimits {
  readonly signInPerIpPerMinute: number;
  readonly signUpPerIpPerMinute: number;
  readonly passwordResetPerIpPerMinute: number;
  /** Second-factor challenge and enrolment checks. */
  readonly twoFactorPerIpPerMinute: number;
  /** Reset confirmation, invitation acceptance and the setup link. */
  readonly tokenPerIpPerMinute: number;
  readonly failedSignInsPerAccountPerHour: number;
  /** Public call-back requests (`POST /api/inquiries`), replays included: a person sends one or two. */
  readonly inquiryPerIpPerMinute: number;
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  signInPerIpPerMinute: 10,
  signUpPerIpPerMinute: 5,
  passwordResetPerIpPerMinute: 5,
  twoFactorPerIpPerMinute: 10,
  tokenPerIpPerMinute: 10,
  failedSignInsPerAccountPerHour: 100,
  inquiryPerIpPerMinute: 10,
};

const HOUR_MS = 60 * 60 * 1000;

function tooMany(): AppError {
  return new AppError('RATE_LIMITED', 'Too many attempts. Wait a few minutes, then try again.');
}

/**
 * Counts failed sign-ins per account (lower-cased email, whether or not the account exists) in a
 * one-hour window that starts at the first failure. The counts live in the database, so every app
 * instance sees the same budget and a restart forgets nothing.
 */
export class FailedSignInCounter {
  constructor(private readonly deps: SharedCounterDeps & { readonly limitPerHour: number }) {}

  private keyOf(email: string): string {
    return counterKey(this.deps.secret, `failed-sign-in|${email.toLowerCase()}`);
  }

  /**
   * @param email - The account's email as typed.
   * @returns Whether another attempt on this account may be evaluated now.
   */
  async allows(email: string): Promise<boolean> {
    const window = await readRateLimit(this.deps.db, this.keyOf(email), this.deps.clock());
    return window === undefined || window.hits < this.deps.limitPerHour;
  }

  /**
   * Records one failed attempt.
   *
   * @param email - The account's email as typed.
   */
  async recordFailure(email: string): Promise<void> {
    await hitRateLimit(this.deps.db, { key: this.keyOf(email), windowMs: HOUR_MS, at: this.deps.clock() });
  }

  /**
   * Throws 429 when the account has used its hourly budget of failures.
   *
   * @param email - The account's email as typed.
   */
  async assertAllowed(email: string): Promise<void> {
    if (!(await this.allows(email))) {
      throw tooMany();
    }
  }
}

/**
 * Route config for a per-IP limit.
 *
 * @param perMinute - Requests allowed per client address per minute.
 * @returns The `config.rateLimit` value.
 */
export function perIpPerMinute(perMinute: number): { max: number; timeWindow: number } {
  return { max: perMinute, timeWindow: 60_000 };
}

/**
 * Installs @fastify/rate-limit for the routes that opt in with `config.rateLimit`. The key is
 * `request.ip`, which honours `X-Forwarded-For` only when `TRUSTED_PROXY` is set, so a spoofed
 * header does not give an attacker fresh counters. The counters live in the database, shared by
 * every instance. A limited request gets our 429 body.
 *
 * @param app - The root instance, before the auth routes are registered.
 * @param deps - The database, clock and secret of the shared counters.
 */
export async function registerRateLimits(app: FastifyInstance, deps: SharedCounterDeps): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(deps),
    errorResponseBuilder: () => tooMany(),
  });
}
