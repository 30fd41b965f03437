import { expect, test } from '../../core/accounts-test';
import { seedUser, uniqueTag } from '../../core/accounts';

/** Sign-in attempts allowed per client address per minute (DEFAULT_AUTH_LIMITS in the server). */
const SIGN_IN_PER_IP_PER_MINUTE = 10;

test.describe('signing in', () => {
  test('a wrong password gets a clear error, and rapid retries are rate-limited', async ({ page, signInPage }) => {
    const patient = seedUser('patient', `Morgan Sample ${uniqueTag()}`);

    await test.step('When I sign in with the wrong password', async () => {
      await signInPage.goto();
      await signInPage.signIn(patient.email, 'not my password at all');
    });

    await test.step('Then I am told the email or password is not right, and stay on the page', async () => {
      await expect(signInPage.error).toContainText('The email or password is not right');
      await signInPage.expectOpen('Sign in');
    });

    await test.step('When I keep trying rapidly', async () => {
      for (let attempt = 2; attempt <= SIGN_IN_PER_IP_PER_MINUTE; attempt += 1) {
        const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
        await signInPage.submitButton.click();
        expect((await answered).status(), `attempt ${String(attempt)}`).toBe(401);
      }
      const limited = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
      await signInPage.password.fill(patient.password);
      await signInPage.submitButton.click();
      expect((await limited).status()).toBe(429);
    });

    await test.step('Then even the right password has to wait, and I am told so plainly', async () => {
      await expect(signInPage.error).toContainText('Too many tries. Wait a few minutes, then try again.');
      await signInPage.expectOpen('Sign in');
    });
  });

  test('the sign-in and sign-up pages have no accessibility violations', async ({
    signInPage,
    signUpPage,
    expectAccessible,
  }) => {
    await signInPage.goto();
    await expectAccessible('sign-in');
    await signInPage.submitButton.click();
    await expect(signInPage.page.getByRole('alert')).toBeVisible();
    await expectAccessible('sign-in with field errors');
    await signUpPage.goto();
    await expectAccessible('sign-up');
  });
});

test.describe('signing in on a phone', { tag: '@mobile' }, () => {
  test('the sign-in page fits a 375 px screen and signs a patient in', async ({ signInPage, consentsPage }) => {
    const patient = seedUser('patient', `Quinn Sample ${uniqueTag()}`);
    await signInPage.goto();
    await signInPage.expectNoHorizontalScroll();
    await signInPage.signIn(patient.email, patient.password);
    // A patient lands on "My record"; the consents page fits too.
    await consentsPage.expectOpen('My record');
    await consentsPage.expectNoHorizontalScroll();
    await consentsPage.goto();
    await consentsPage.expectNoHorizontalScroll();
  });
});
