import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { ChartPage } from '../pages/chart-page';
import { FamilyPage } from '../pages/family-page';
import { NewPatientPage } from '../pages/new-patient-page';
import { PatientsPage } from '../pages/patients-page';
import { WorkspaceFrame } from '../pages/workspace-frame';
import { apiEnrolTotp, apiSignIn, expect, MUTATION_HEADERS, test as base } from './accounts-test';
import { seedUser, type SeedRole, type SeededUser } from './accounts';
import { totpCode } from './totp';

export interface WorkspaceFixtures {
  frame: WorkspaceFrame;
  patientsPage: PatientsPage;
  newPatientPage: NewPatientPage;
  chartPage: ChartPage;
  familyPage: FamilyPage;
}

/** The account fixtures plus the workspace's page objects. */
export const test = base.extend<WorkspaceFixtures>({
  frame: async ({ page }, use) => {
    await use(new WorkspaceFrame(page));
  },
  patientsPage: async ({ page }, use) => {
    await use(new PatientsPage(page));
  },
  newPatientPage: async ({ page }, use) => {
    await use(new NewPatientPage(page));
  },
  chartPage: async ({ page }, use) => {
    await use(new ChartPage(page));
  },
  familyPage: async ({ page }, use) => {
    await use(new FamilyPage(page));
  },
});

/** A staff account whose authenticator app is already set up, as after their first sign-in. */
export interface EnrolledStaff extends SeededUser {
  readonly totpUri: string;
}

/**
 * Seeds a staff account with the CLI and sets up its authenticator app through the API, from a client
 * address of its own (so the test's own sign-in budget is untouched).
 *
 * @param baseURL - The app's address.
 * @param role - The staff role.
 * @param name - The (fictional) name.
 * @param facilityId - The facility of the role.
 * @returns The account and its `otpauth://` URI.
 */
export async function enrolledStaff(
  baseURL: string,
  role: Exclude<SeedRole, 'patient' | 'family'>,
  name: string,
  facilityId: string,
): Promise<EnrolledStaff> {
  const user = seedUser(role, name, facilityId);
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${String(1 + Math.floor(Math.random() * 250))}` },
  });
  try {
    await apiSignIn(api, user.email, user.password);
    const totpUri = await apiEnrolTotp(api, user.password);
    await api.post('/api/auth/sign-out', { headers: MUTATION_HEADERS });
    return { ...user, totpUri };
  } finally {
    await api.dispose();
  }
}

/**
 * Signs in through the sign-in page with the password and then the authenticator code. The code is the
 * one for the next 30-second step (the server accepts ±1 step), so it is never the code that just set
 * the app up, which the server refuses to take twice.
 *
 * @param page - The browser page.
 * @param user - The enrolled account.
 */
export async function signInWithCode(page: Page, user: EnrolledStaff): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email address' }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
  await page
    .getByRole('textbox', { name: '6-digit code from your authenticator app' })
    .fill(totpCode(user.totpUri, Date.now() + 30_000));
  await page.getByRole('main').getByRole('button', { name: 'Continue' }).click();
}

/**
 * Signs an enrolled staff account in through the API (password, then the next step's code).
 *
 * @param api - A request context of its own (the staff member's browser, without a page).
 * @param user - The enrolled account.
 */
export async function apiSignInWithCode(api: APIRequestContext, user: EnrolledStaff): Promise<void> {
  await apiSignIn(api, user.email, user.password);
  const challenge = await api.post('/api/auth/two-factor/challenge', {
    headers: MUTATION_HEADERS,
    data: { code: totpCode(user.totpUri, Date.now() + 30_000) },
  });
  expect(challenge.status(), await challenge.text()).toBe(200);
}

export { expect };
