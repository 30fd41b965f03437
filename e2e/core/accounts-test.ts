import type { APIRequestContext } from '@playwright/test';
import { AccountPage } from '../pages/account-page';
import { AuditLogPage } from '../pages/audit-log-page';
import { ConsentsPage } from '../pages/consents-page';
import { DisclosuresPage } from '../pages/disclosures-page';
import { FacilitiesPage } from '../pages/facilities-page';
import { SignInPage } from '../pages/sign-in-page';
import { SignUpPage } from '../pages/sign-up-page';
import { UsersPage } from '../pages/users-page';
import { expect, test as base } from './test';
import { totpCode } from './totp';

/** What every mutation sends, as the web app does (CSRF, SECURITY.md BR-01). */
export const MUTATION_HEADERS = { 'X-Requested-With': 'kratom-care' };

let ipCounter = 0;

/**
 * A client address of its own for each test. The server trusts `X-Forwarded-For` from 127.0.0.1 in
 * the e2e run (TRUSTED_PROXY), so each test has its own per-IP rate-limit budget, as separate people
 * would: otherwise tests running in parallel would use up one another's sign-in attempts.
 */
function uniqueClientIp(workerIndex: number): string {
  ipCounter += 1;
  return `10.${String(workerIndex % 250)}.${String(Math.floor(ipCounter / 250) % 250)}.${String((ipCounter % 250) + 1)}`;
}

export interface AccountsFixtures {
  signInPage: SignInPage;
  signUpPage: SignUpPage;
  accountPage: AccountPage;
  usersPage: UsersPage;
  facilitiesPage: FacilitiesPage;
  auditLogPage: AuditLogPage;
  consentsPage: ConsentsPage;
  disclosuresPage: DisclosuresPage;
}

/**
 * Chromium logs every 4xx answer to `fetch` as a console error. In these journeys a 401 (no session
 * yet), 404 or 429 is the expected answer the page then explains, so only those lines are let through;
 * script errors and anything else still fail the test.
 */
const EXPECTED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;

/** The self-check fixtures plus the signed-in pages; each test comes from its own client address. */
export const test = base.extend<AccountsFixtures>({
  // Overriding keeps the fixture automatic (Playwright carries `auto` over from the base registration).
  failOnPageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => {
      errors.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !EXPECTED_HTTP_ERROR.test(message.text())) {
        errors.push(`console: ${message.text()}`);
      }
    });
    await use(undefined);
    expect(errors, 'the page logged no errors').toEqual([]);
  },
  // Playwright reads the fixtures a function needs from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  extraHTTPHeaders: async ({}, use, testInfo) => {
    await use({ 'X-Forwarded-For': uniqueClientIp(testInfo.workerIndex) });
  },
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  signUpPage: async ({ page }, use) => {
    await use(new SignUpPage(page));
  },
  accountPage: async ({ page }, use) => {
    await use(new AccountPage(page));
  },
  usersPage: async ({ page }, use) => {
    await use(new UsersPage(page));
  },
  facilitiesPage: async ({ page }, use) => {
    await use(new FacilitiesPage(page));
  },
  auditLogPage: async ({ page }, use) => {
    await use(new AuditLogPage(page));
  },
  consentsPage: async ({ page }, use) => {
    await use(new ConsentsPage(page));
  },
  disclosuresPage: async ({ page }, use) => {
    await use(new DisclosuresPage(page));
  },
});

/**
 * Signs in through the API (no browser), sharing cookies with whatever context `api` belongs to.
 *
 * @param api - `page.request` (shares the page's cookies) or a separate request context.
 * @param email - The account.
 * @param password - Its password.
 */
export async function apiSignIn(api: APIRequestContext, email: string, password: string): Promise<void> {
  const response = await api.post('/api/auth/sign-in', { headers: MUTATION_HEADERS, data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Enrols TOTP for the signed-in account through the API, as the account page would.
 *
 * @param api - A signed-in request context.
 * @param password - The account's password.
 * @returns The `otpauth://` URI, for later codes.
 */
export async function apiEnrolTotp(api: APIRequestContext, password: string): Promise<string> {
  const enrolled = await api.post('/api/auth/two-factor/enroll', { headers: MUTATION_HEADERS, data: { password } });
  expect(enrolled.status(), await enrolled.text()).toBe(200);
  const { totpUri } = (await enrolled.json()) as { totpUri: string };
  const verified = await api.post('/api/auth/two-factor/verify', {
    headers: MUTATION_HEADERS,
    data: { code: totpCode(totpUri) },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  return totpUri;
}

export { expect };
