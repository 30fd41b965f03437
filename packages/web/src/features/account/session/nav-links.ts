import type { TRole as Role, TSessionView as SessionView } from '@kratom-care/contracts';

export interface NavLink {
  readonly to: string;
  /** Message key of the link text. */
  readonly labelKey: string;
  /** Current only at this exact address, not below it (another link lives under it). */
  readonly end?: boolean;
}

const ROLE_LINKS: Readonly<Record<Role, readonly NavLink[]>> = {
  patient: [
    { to: '/me/record', labelKey: 'menu.myRecord' },
    { to: '/me/consents', labelKey: 'menu.consents' },
    { to: '/me/disclosures', labelKey: 'menu.disclosures' },
  ],
  family: [{ to: '/family', labelKey: 'menu.family' }],
  clinician: [
    { to: '/patients', labelKey: 'menu.patients' },
    { to: '/dashboard', labelKey: 'menu.dashboard' },
    { to: '/monitoring', labelKey: 'menu.monitoringBoard' },
  ],
  admissions: [
    { to: '/admissions', labelKey: 'menu.admissions', end: true },
    { to: '/admissions/reports', labelKey: 'menu.admissionsReports' },
    { to: '/patients', labelKey: 'menu.patients' },
  ],
  admin: [
    { to: '/admin/users', labelKey: 'menu.users' },
    { to: '/admin/facilities', labelKey: 'menu.facilities' },
    { to: '/admissions/reports', labelKey: 'menu.admissionsReports' },
  ],
  'privacy-officer': [
    { to: '/privacy/audit', labelKey: 'menu.audit' },
    { to: '/privacy/break-glass', labelKey: 'menu.breakGlass' },
  ],
};

/**
 * The pages a signed-in person can use, from their roles; the first one after "Account settings" is their
 * landing page (see after-sign-in.ts). Staff who still have to set up their
 * authenticator app get only the account page, since every staff route refuses them until then.
 *
 * @param session - The session.
 * @returns The links, account first, without duplicates.
 */
export function navLinksFor(session: SessionView): NavLink[] {
  const links: NavLink[] = [{ to: '/account', labelKey: 'menu.account' }];
  if (session.secondFactorRequired) {
    return links;
  }
  for (const { role } of session.roles) {
    for (const link of ROLE_LINKS[role]) {
      if (!links.some((existing) => existing.to === link.to)) {
        links.push(link);
      }
    }
  }
  return links;
}

/**
 * @param session - The session.
 * @param roles - Roles that may use a page.
 * @returns True when the person holds one of them.
 */
export function hasAnyRole(session: SessionView, roles: readonly Role[]): boolean {
  return session.roles.some((membership) => roles.includes(membership.role));
}
