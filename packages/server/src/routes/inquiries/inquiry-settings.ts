import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config.js';

/** What the admissions routes read from the configuration. */
export interface InquirySettings {
  /** The first-contact target of the queue's timers (`INQUIRY_FIRST_CONTACT_TARGET_MINUTES`). */
  readonly firstContactTargetMinutes: number;
}

/**
 * The default first-contact target: an hour. Admissions teams commonly promise a call back "within
 * the hour"; a facility with a different promise sets INQUIRY_FIRST_CONTACT_TARGET_MINUTES.
 */
export const DEFAULT_FIRST_CONTACT_TARGET_MINUTES = 60;

declare module 'fastify' {
  interface FastifyInstance {
    inquirySettings: InquirySettings;
  }
}

/**
 * Decorates the app with the inquiry settings taken from the configuration.
 *
 * @param app - The app.
 * @param config - The configuration.
 */
export function registerInquirySettings(app: FastifyInstance, config: AppConfig): void {
  app.decorate('inquirySettings', {
    firstContactTargetMinutes: config.inquiryFirstContactTargetMinutes ?? DEFAULT_FIRST_CONTACT_TARGET_MINUTES,
  });
}
