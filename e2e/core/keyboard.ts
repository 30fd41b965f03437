import { expect, type Locator, type Page } from '@playwright/test';

/** Enough presses to cross the longest step (16 questions plus the crisis bar and buttons). */
const MAX_PRESSES = 60;

const hasFocus = (target: Locator): Promise<boolean> => target.evaluate((node) => node === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it is not
 * reachable that way. Only reads where focus is; never clicks or focuses anything itself.
 *
 * @param page - The page.
 * @param target - The control to reach.
 * @param direction - 'forward' for Tab, 'backward' for Shift+Tab.
 * @returns How many presses it took.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  direction: 'forward' | 'backward' = 'forward',
): Promise<number> {
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  for (let presses = 0; presses <= MAX_PRESSES; presses += 1) {
    if (await hasFocus(target)) {
      await expect(target).toBeFocused();
      return presses;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${target.toString()} with ${key} in ${MAX_PRESSES} presses`);
}

/** Presses Tab once and expects focus to land on `target` (the very next stop in tab order). */
export async function tabOnceTo(page: Page, target: Locator): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}
