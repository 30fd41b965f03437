/**
 * Installs the offline self-check (`/sw.js`) after the page has loaded, so it never competes with the
 * first screen. Where service workers are unavailable or blocked the check simply needs the network, as
 * before.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Blocked (private mode, policy) or offline at first load: nothing to do, the app works online.
    });
  });
}
