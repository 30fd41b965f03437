/*
 * The response schemas the session provider checks with. The provider is part of the self-check's
 * first load, which must not carry zod or the contracts, so it loads this module on demand (and
 * only in development and tests, when responses are checked at all).
 */
export { ZNoContent, ZSessionView } from '@kratom-care/contracts';
