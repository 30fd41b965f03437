import { expect, test } from '@playwright/test';

test.describe('the running server', () => {
  test('answers the health check and lists the five instruments', async ({ request }) => {
    const health = await request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const list = await request.get('/api/instruments');
    expect(list.status()).toBe(200);
    const body = (await list.json()) as { id: string }[] | { instruments: { id: string }[] };
    const ids = (Array.isArray(body) ? body : body.instruments).map((instrument) => instrument.id);
    expect(ids).toEqual(
      expect.arrayContaining(['cows', 'sows-kratom-adapted', 'sows-handelsman-1987', 'phq9', 'gad7', 'dsm5-kud']),
    );
  });

  test('serves the app with a strict Content-Security-Policy and no third-party origins', async ({ request }) => {
    const page = await request.get('/');
    expect(page.status()).toBe(200);
    const csp = page.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    const html = await page.text();
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
  });

  test('sends the app shell for deep links into the self-check', async ({ request }) => {
    const page = await request.get('/check/result', { headers: { accept: 'text/html' } });
    expect(page.status()).toBe(200);
    expect(page.headers()['content-type']).toContain('text/html');
  });
});
