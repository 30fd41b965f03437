import { expect, type Locator } from '@playwright/test';

/**
 * Expects `first` to come before `second` both in the document (what a screen reader reads first) and on
 * screen (what a sighted person sees first).
 *
 * @param first - The element that must come first.
 * @param second - The element that must come after it.
 */
export async function expectBefore(first: Locator, second: Locator): Promise<void> {
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  const secondHandle = await second.elementHandle();
  try {
    const follows = await first.evaluate(
      (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      secondHandle,
    );
    expect(follows, 'comes first in reading order').toBe(true);
  } finally {
    await secondHandle.dispose();
  }
  const [a, b] = await Promise.all([first.boundingBox(), second.boundingBox()]);
  expect(a, 'has a box on screen').not.toBeNull();
  expect(b, 'has a box on screen').not.toBeNull();
  expect(a?.y ?? Infinity, 'comes first on screen').toBeLessThan(b?.y ?? -Infinity);
}
