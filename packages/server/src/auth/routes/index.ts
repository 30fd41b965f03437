import type { App } from '../../app-types.js';
import type { Identity } from '../identity.js';
import { registerGetSession } from './get-session.js';
import { registerInvitationAccept } from './invitation-accept.js';
import { registerPasswordResetConfirm } from './password-reset-confirm.js';
import { registerPasswordResetRequest } from './password-reset-request.js';
import { registerSetup } from './setup.js';
import { registerSignIn } from './sign-in.js';
import { registerSignOut } from './sign-out.js';
import { registerSignUp } from './sign-up.js';
import { registerTwoFactorChallenge } from './two-factor-challenge.js';
import { registerTwoFactorEnroll } from './two-factor-enroll.js';
import { registerTwoFactorVerify } from './two-factor-verify.js';

/**
 * Registers the auth routes: sign-up, sign-in (and its second-factor challenge), sign-out, the
 * session, password reset, invitations, TOTP enrolment and first-start setup.
 *
 * @param app - The app, with identity registered.
 * @param identity - The identity services.
 */
export function registerAuthRoutes(app: App, identity: Identity): void {
  registerSignUp(app, identity);
  registerSignIn(app, identity);
  registerTwoFactorChallenge(app, identity);
  registerSignOut(app, identity);
  registerGetSession(app);
  registerPasswordResetRequest(app, identity);
  registerPasswordResetConfirm(app, identity);
  registerInvitationAccept(app, identity);
  registerTwoFactorEnroll(app, identity);
  registerTwoFactorVerify(app, identity);
  registerSetup(app, identity);
}
