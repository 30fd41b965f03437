import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { QuestionnairePage, QUESTIONNAIRES } from '../pages/questionnaire-page';
import { ResultPage } from '../pages/result-page';
import { SafetyPage } from '../pages/safety-page';
import { StartPage } from '../pages/start-page';
import { SummaryPage } from '../pages/summary-page';
import { UsePage } from '../pages/use-page';
import { recordRequests, type RecordedRequest } from './network-recorder';

/** The WCAG 2.1 A and AA rules the self-check must pass on every page. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface SelfCheckFixtures {
  /** Every request of this test's browser context, recorded from before the first navigation. */
  requests: RecordedRequest[];
  /** Runs axe-core on the page as it is now and expects no WCAG 2.1 A/AA violation. */
  expectAccessible: (state: string) => Promise<void>;
  startPage: StartPage;
  safetyPage: SafetyPage;
  usePage: UsePage;
  criteriaPage: QuestionnairePage;
  withdrawalPage: QuestionnairePage;
  moodPage: QuestionnairePage;
  anxietyPage: QuestionnairePage;
  resultPage: ResultPage;
  summaryPage: SummaryPage;
}

interface AutoFixtures {
  /** Fails the test on any uncaught script error or console error (a CSP block shows up as one). */
  failOnPageErrors: undefined;
}

/**
 * Playwright's `test` with the self-check's fixtures. Each test gets Playwright's default fresh browser
 * context (no cookies, no storage), so no test sees another test's answers; nothing is seeded, because
 * the public self-check keeps every answer in the browser.
 */
export const test = base.extend<SelfCheckFixtures & AutoFixtures>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => {
        errors.push(`uncaught: ${error.message}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use(undefined);
      expect(errors, 'the page logged no errors').toEqual([]);
    },
    { auto: true },
  ],
  requests: async ({ context }, use) => {
    await use(recordRequests(context));
  },
  expectAccessible: async ({ page }, use, testInfo) => {
    await use(async (state) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
      if (violations.length > 0) {
        await testInfo.attach(`axe violations: ${state}`, {
          body: JSON.stringify(results.violations, null, 2),
          contentType: 'application/json',
        });
      }
      expect(violations, `axe-core finds no WCAG 2.1 A/AA violation: ${state}`).toEqual([]);
    });
  },
  startPage: async ({ page }, use) => {
    await use(new StartPage(page));
  },
  safetyPage: async ({ page }, use) => {
    await use(new SafetyPage(page));
  },
  usePage: async ({ page }, use) => {
    await use(new UsePage(page));
  },
  criteriaPage: async ({ page }, use) => {
    await use(new QuestionnairePage(page, QUESTIONNAIRES.criteria));
  },
  withdrawalPage: async ({ page }, use) => {
    await use(new QuestionnairePage(page, QUESTIONNAIRES.withdrawal));
  },
  moodPage: async ({ page }, use) => {
    await use(new QuestionnairePage(page, QUESTIONNAIRES.mood));
  },
  anxietyPage: async ({ page }, use) => {
    await use(new QuestionnairePage(page, QUESTIONNAIRES.anxiety));
  },
  resultPage: async ({ page }, use) => {
    await use(new ResultPage(page));
  },
  summaryPage: async ({ page }, use) => {
    await use(new SummaryPage(page));
  },
});

export { expect };
