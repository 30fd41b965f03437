import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/**
 * What every signed-in page has besides the common frame: the workspace sidebar (from 48rem) or the
 * header's menu (below), and none of the public self-check's subtitle and footer.
 */
export class WorkspaceFrame extends AppPage {
  readonly sidebar: Locator;
  readonly menuButton: Locator;
  readonly publicFooter: Locator;
  readonly selfCheckTagline: Locator;

  constructor(page: Page) {
    super(page);
    this.sidebar = page.getByRole('navigation', { name: 'Workspace' });
    this.menuButton = page.getByRole('button', { name: /^Menu: / });
    this.publicFooter = page.getByText('Your answers stay in this browser.', { exact: false });
    this.selfCheckTagline = page.getByText('Private kratom self-check');
  }

  /** The workspace frame is on: no public-only text; the role navigation is there at this width. */
  async expectWorkspaceFrame(): Promise<void> {
    await expect(this.publicFooter).toHaveCount(0);
    await expect(this.selfCheckTagline).toHaveCount(0);
    await expect(this.crisisBar).toBeVisible();
    const width = this.page.viewportSize()?.width ?? 0;
    if (width >= 768) {
      await expect(this.sidebar).toBeVisible();
    } else {
      await expect(this.sidebar).toBeHidden();
      await expect(this.menuButton).toBeVisible();
    }
  }

  /** Opens a page of the role navigation: the sidebar at desktop width, the header's menu on a phone. */
  async navigate(label: string): Promise<void> {
    if (await this.sidebar.isVisible()) {
      await this.sidebar.getByRole('link', { name: label }).click();
      return;
    }
    await this.menuButton.click();
    await this.page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: label }).click();
  }
}
