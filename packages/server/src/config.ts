import { resolve } from 'node:path';
import { z } from 'zod';
import type { MonitoringSettings } from '@kratom-care/domain';
import { monitoringSettingProblems } from './monitoring/monitoring-settings.js';
import { decodeKey } from './secrets/key-material.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Audit keys: base64 of at least 32 bytes each (`openssl rand -base64 32`), comma-separated. */
const ZAuditKeys = z
  .string()
  .trim()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .refine((parts) => parts.every((part) => decodeKey(part) !== null), {
    error: 'must be base64 of at least 32 random bytes, such as the output of openssl rand -base64 32',
  });

const ZEnv = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int({ error: 'must be a whole number from 0 to 65535' })
    .min(0, { error: 'must be a whole number from 0 to 65535' })
    .max(65535, { error: 'must be a whole number from 0 to 65535' })
    .default(3000),
  HOST: z.string().trim().min(1, { error: 'must not be empty' }).default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1, { error: 'must not be empty' }).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z
    .enum(['production', 'development', 'test'], { error: 'must be production, development or test' })
    .default('production'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL; leave it unset to use SQLite' })
    .optional(),
  AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  AUDIT_KEY: ZAuditKeys.optional(),
  AUDIT_KEY_PREVIOUS: ZAuditKeys.optional(),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://care.example.org' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  TRUSTED_PROXY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/, {
      error: 'must be a comma-separated list of proxy addresses or CIDR ranges',
    })
    .optional(),
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: 'must be an smtp:// or smtps:// URL such as smtps://user:pass@mail.example.org',
    })
    .optional(),
  MAIL_FROM: z.email({ error: 'must be an email address' }).default('no-reply@kratom-care.invalid'),
  // Withdrawal-score due times (issue 10 §3); the domain's limits are checked in loadConfig.
  MONITORING_INTERVAL_HOURS: z.coerce.number({ error: 'must be a number' }).optional(),
  MONITORING_MIN_COWS: z.coerce.number({ error: 'must be a number' }).optional(),
  MONITORING_POST_DOSE_HOURS: z.coerce.number({ error: 'must be a number' }).optional(),
  // The fictional demo network loaded on the first start of an empty database (issue 11 §1); off disables it.
  DEMO_NETWORK: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['on', 'off'], { error: 'must be on or off' }))
    .optional(),
  // The admissions queue's first-contact target (issue 11 §4), in minutes; a week at most.
  INQUIRY_FIRST_CONTACT_TARGET_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes from 1 to 10080' })
    .int({ error: 'must be a whole number of minutes from 1 to 10080' })
    .min(1, { error: 'must be a whole number of minutes from 1 to 10080' })
    .max(10080, { error: 'must be a whole number of minutes from 1 to 10080' })
    .optional(),
});

/** Everything the server is configured with; built once at start-up from the environment. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the folder that holds the SQLite database. */
  readonly dataDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly nodeEnv: 'production' | 'development' | 'test';
  /** PostgreSQL connection URL; when unset the data lives in SQLite under `dataDir`. */
  readonly databaseUrl?: string;
  /**
   * Signs session cookies and encrypts TOTP secrets. When unset, one is generated into the keys file
   * under `dataDir` (never the database, decision 0012).
   */
  readonly authSecret?: string;
  /**
   * `AUDIT_KEY`: the key of the audit hash chain (base64). When unset, one is generated into the
   * keys file under `dataDir` (decision 0012). Instances sharing a database must share it.
   */
  readonly auditKey?: string;
  /** `AUDIT_KEY_PREVIOUS`: keys the chain was written with before a rotation, oldest first. */
  readonly auditKeysPrevious?: readonly string[];
  /** The address people open, without a trailing slash; links in mail point here. Default http://localhost:PORT. */
  readonly publicUrl?: string;
  /**
   * Addresses or CIDR ranges of reverse proxies whose `X-Forwarded-For` is believed. Unset: the
   * socket address is the client, so a spoofed header cannot reset rate limits (SECURITY.md AU-03).
   */
  readonly trustedProxy?: string;
  /** SMTP relay for invitation and reset mail; unset means the development outbox (links in the log). */
  readonly smtpUrl?: string;
  /** The From address of that mail. */
  readonly mailFrom?: string;
  /** Due-time settings of withdrawal monitoring that differ from the defaults (decision 0024). */
  readonly monitoring?: Partial<MonitoringSettings>;
  /** `DEMO_NETWORK=off`: false. The demo network is seeded into an empty database unless this is false. */
  readonly demoNetwork?: boolean;
  /** `INQUIRY_FIRST_CONTACT_TARGET_MINUTES`: the admissions queue's first-contact target; 60 when unset. */
  readonly inquiryFirstContactTargetMinutes?: number;
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the configuration. This and `main.ts` are the only places that see the
 * environment; everything else receives an {@link AppConfig}.
 *
 * @param env - The environment, normally `process.env`. Empty strings count as unset.
 * @param cwd - The folder a relative `DATA_DIR` is resolved against.
 * @returns The validated configuration.
 * @throws ConfigError naming each invalid variable.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const { PORT, HOST, DATA_DIR, LOG_LEVEL, NODE_ENV, DATABASE_URL, AUTH_SECRET, PUBLIC_URL, TRUSTED_PROXY } =
    parsed.data;
  const { SMTP_URL, MAIL_FROM, AUDIT_KEY, AUDIT_KEY_PREVIOUS } = parsed.data;
  if (AUDIT_KEY !== undefined && AUDIT_KEY.length !== 1) {
    throw new ConfigError('Invalid configuration: AUDIT_KEY must be one key; older keys go in AUDIT_KEY_PREVIOUS');
  }
  const { MONITORING_INTERVAL_HOURS, MONITORING_MIN_COWS, MONITORING_POST_DOSE_HOURS } = parsed.data;
  const monitoring: Partial<MonitoringSettings> = Object.fromEntries(
    Object.entries({
      intervalHours: MONITORING_INTERVAL_HOURS,
      activeWithdrawalMinCows: MONITORING_MIN_COWS,
      postDoseIntervalHours: MONITORING_POST_DOSE_HOURS,
    }).filter((entry) => entry[1] !== undefined),
  );
  const monitoringProblems = monitoringSettingProblems(monitoring);
  if (monitoringProblems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${monitoringProblems.join('; ')}`);
  }
  if (AUDIT_KEY_PREVIOUS !== undefined && AUDIT_KEY === undefined) {
    throw new ConfigError('Invalid configuration: AUDIT_KEY_PREVIOUS needs AUDIT_KEY (the current key)');
  }
  return {
    port: PORT,
    host: HOST,
    dataDir: resolve(cwd, DATA_DIR),
    logLevel: LOG_LEVEL,
    nodeEnv: NODE_ENV,
    ...(DATABASE_URL === undefined ? {} : { databaseUrl: DATABASE_URL }),
    ...(AUTH_SECRET === undefined ? {} : { authSecret: AUTH_SECRET }),
    ...(AUDIT_KEY?.[0] === undefined ? {} : { auditKey: AUDIT_KEY[0] }),
    ...(AUDIT_KEY_PREVIOUS === undefined ? {} : { auditKeysPrevious: AUDIT_KEY_PREVIOUS }),
    ...(PUBLIC_URL === undefined ? {} : { publicUrl: PUBLIC_URL }),
    ...(TRUSTED_PROXY === undefined ? {} : { trustedProxy: TRUSTED_PROXY }),
    ...(SMTP_URL === undefined ? {} : { smtpUrl: SMTP_URL, mailFrom: MAIL_FROM }),
    ...(Object.keys(monitoring).length === 0 ? {} : { monitoring }),
    ...(parsed.data.DEMO_NETWORK === 'off' ? { demoNetwork: false } : {}),
    ...(parsed.data.INQUIRY_FIRST_CONTACT_TARGET_MINUTES === undefined
      ? {}
      : { inquiryFirstContactTargetMinutes: parsed.data.INQUIRY_FIRST_CONTACT_TARGET_MINUTES }),
  };
}
