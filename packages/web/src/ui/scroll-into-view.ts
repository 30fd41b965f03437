/**
 * Scrolls an element into view where the browser can; jsdom and some older browsers cannot, and
 * scrolling is a convenience, never required to use the page.
 *
 * @param element - The element to show.
 * @param block - Where to put it vertically.
 */
export function scrollIntoView(element: HTMLElement, block: ScrollLogicalPosition): void {
  const scroll = (element as Partial<Pick<HTMLElement, 'scrollIntoView'>>).scrollIntoView;
  if (scroll !== undefined) {
    // 'auto' jumps instead of animating, which also respects prefers-reduced-motion.
    scroll.call(element, { block, behavior: 'auto' });
  }
}
