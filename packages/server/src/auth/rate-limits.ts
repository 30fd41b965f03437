import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import type { Clock } from './clock.js';

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
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  signInPerIpPerMinute: 10,
  signUpPerIpPerMinute: 5,
  passwordResetPerIpPerMinute: 5,
  twoFactorPerIpPerMinute: 10,
  tokenPerIpPerMinute: 10,
  failedSignInsPerAccountPerHour: 100,
};

const HOUR_MS = 60 * 60 * 1000;
/** Bounds memory when someone sprays sign-ins at many addresses. */
const MAX_TRACKED_ACCOUNTS = 100_000;

function tooMany(): AppError {
  return new AppError('RATE_LIMITED', 'Too many attempts. Wait a few minutes, then try again.');
}

/**
 * Counts failed sign-ins per account (lower-cased email, whether or not the account exists) in a
 * fixed one-hour window. Kept in memory: the server is one process, and a restart that forgets the
 * counts still leaves the per-IP limit in force.
 */
export class FailedSignInCounter {
  private readonly windows = new Map<string, { startedMs: number; failures: number }>();

  constructor(
    private readonly limitPerHour: number,
    private readonly clock: Clock,
  ) {}

  /** Whether another attempt on this account may be evaluated now. */
  allows(email: string): boolean {
    const entry = this.current(email.toLowerCase());
    return entry === undefined || entry.failures < this.limitPerHour;
  }

  /** Records one failed attempt. */
  recordFailure(email: string): void {
    const key = email.toLowerCase();
    const entry = this.current(key);
    if (entry !== undefined) {
      entry.failures += 1;
      return;
    }
    if (this.windows.size >= MAX_TRACKED_ACCOUNTS) {
      const oldest = this.windows.keys().next();
      if (oldest.done !== true) {
        this.windows.delete(oldest.value);
      }
    }
    this.windows.set(key, { startedMs: this.clock().getTime(), failures: 1 });
  }

  private current(key: string): { startedMs: number; failures: number } | undefined {
    const entry = this.windows.get(key);
    if (entry !== undefined && this.clock().getTime() - entry.startedMs >= HOUR_MS) {
      this.windows.delete(key);
      return undefined;
    }
    return entry;
  }

  /**
   * Throws 429 when the account has used its hourly budget of failures.
   *
   * @param email - The account's email as typed.
   */
  assertAllowed(email: string): void {
    if (!this.allows(email)) {
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
 * header does not give an attacker fresh counters. A limited request gets our 429 body.
 *
 * @param app - The root instance, before the auth routes are registered.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => tooMany(),
  });
}
