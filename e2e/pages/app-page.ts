import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What every page of the self-check has: the skip link, the crisis bar, one `<h1>` and the main landmark.
 * The page objects of each step extend it.
 */
export class AppPage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly skipLink: Locator;
  readonly crisisBar: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.main = page.getByRole('main');
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.crisisBar = page.getByRole('complementary', { name: 'Crisis help' });
  }

  /** The page is open: its `<h1>` reads `title`. */
  async expectOpen(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
  }

  /** After moving between steps, focus sits on the new page's `<h1>` (screen readers start there). */
  async expectHeadingFocused(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(this.heading).toBeFocused();
  }

  /** The crisis numbers are on every page, as links a phone can dial or text. */
  async expectCrisisBar(): Promise<void> {
    await expect(this.crisisBar.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(this.crisisBar.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(this.crisisBar.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await expect(this.crisisBar.getByRole('link', { name: 'Call 988' })).toBeVisible();
    // On a phone the other lines sit behind "Need help now?"; 911 and 988 never do.
    const more = this.crisisBar.getByRole('button', { name: 'Need help now?' });
    if (await more.isVisible()) {
      await expect(this.crisisBar.getByRole('link', { name: 'Text 988' })).toBeHidden();
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(this.crisisBar.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    await expect(this.crisisBar.getByRole('link', { name: 'SAMHSA helpline 1-800-662-4357' })).toBeVisible();
    await expect(this.crisisBar.getByRole('link', { name: 'Poison Help 1-800-222-1222' })).toBeVisible();
  }

  /** Nothing sticks out sideways: a phone never needs to scroll left and right. */
  async expectNoHorizontalScroll(): Promise<void> {
    const width = this.page.viewportSize()?.width;
    expect(width, 'the test runs with a fixed viewport').toBeDefined();
    await expect
      .poll(() => this.page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(width ?? 0);
  }
}
