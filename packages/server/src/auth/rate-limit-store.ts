import { createHmac } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { hitRateLimit, type AppDatabase } from '@kratom-care/store';
import type { Clock } from './clock.js';

/** What the shared counters need: the database every instance uses, the clock, and the secret keys are hashed with. */
export interface SharedCounterDeps {
  readonly db: AppDatabase;
  readonly clock: Clock;
  readonly secret: string;
}

/**
 * The stored form of a counter key: an HMAC, so the table holds neither client addresses nor
 * emails, and guessing one from the table needs the secret (every instance shares it anyway).
 *
 * @param secret - The auth secret.
 * @param key - The plain key, such as `POST /api/auth/sign-in|203.0.113.7`.
 * @returns 64 hex characters.
 */
export function counterKey(secret: string, key: string): string {
  return createHmac('sha256', secret).update(`rate-limit:${key}`).digest('hex');
}

/** What the plugin's `child` really receives about the route. */
interface RouteInfo {
  readonly method?: unknown;
  readonly url?: unknown;
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so every app instance
 * on one PostgreSQL counts the same hits (issue 8 §3). Each hit is one atomic upsert; windows
 * start at a key's first hit, as in the plugin's in-memory store. The plugin makes one child per
 * route, so each route counts apart, as it does in memory.
 *
 * @param deps - Database, clock and secret.
 * @returns The class to pass as the plugin's `store` option.
 */
export function databaseRateLimitStore(deps: SharedCounterDeps): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly scope = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = deps.clock();
      hitRateLimit(deps.db, { key: counterKey(deps.secret, this.scope + key), windowMs: timeWindow, at }).then(
        (window) => {
          callback(null, { current: window.hits, ttl: Math.max(0, Date.parse(window.windowEndsAt) - at.getTime()) });
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes its merged settings with the route under `routeInfo` (as its Redis store
      // reads them), not the route options its typings declare.
      const route = (routeOptions as unknown as { routeInfo?: RouteInfo }).routeInfo;
      return new DatabaseRateLimitStore(undefined, `${String(route?.method)} ${String(route?.url)}|`);
    }
  }
  return DatabaseRateLimitStore;
}
