import type { BrowserContext, Page, Request } from '@playwright/test';

/** One request the page made, reduced to what the privacy checks need. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly body: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, xhr, ping (beacons), websocket, … */
  readonly resourceType: string;
}

function record(request: Request): RecordedRequest {
  return {
    url: request.url(),
    method: request.method(),
    body: request.postData() ?? '',
    resourceType: request.resourceType(),
  };
}

/**
 * Records every request a page makes (documents, scripts, fetches, beacons), so a test can prove that the
 * self-check talks only to its own origin and that no request carries the person's answers. Given a
 * context, it also sees requests from popups and workers of every page in it.
 */
export function recordRequests(target: Page | BrowserContext): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const listener = (request: Request): void => {
    requests.push(record(request));
  };
  target.on('request', listener);
  return requests;
}

/** Requests whose origin is not the app's own. */
export function foreignRequests(requests: readonly RecordedRequest[], appOrigin: string): RecordedRequest[] {
  return requests.filter((request) => {
    if (request.url.startsWith('data:') || request.url.startsWith('blob:')) {
      return false;
    }
    return new URL(request.url).origin !== appOrigin;
  });
}

/**
 * Requests whose URL or body contains any of the given values, raw or URL-encoded, ignoring case.
 *
 * @param requests - What the page sent.
 * @param values - Distinctive answers the person typed or chose.
 * @param staticPaths - Paths of files fixed at build time (hashed asset names), left out of the URL check:
 *   they cannot carry answers, and a hash may contain a short value such as "37" by chance.
 * @returns The requests that leak one of them.
 */
export function requestsContaining(
  requests: readonly RecordedRequest[],
  values: readonly string[],
  staticPaths: ReadonlySet<string> = new Set(),
): RecordedRequest[] {
  const needles = values.flatMap((value) => [value, encodeURIComponent(value)]).map((needle) => needle.toLowerCase());
  return requests.filter((request) => {
    const url = new URL(request.url);
    const checkedUrl = staticPaths.has(url.pathname) ? `${url.search}${url.hash}` : request.url;
    const haystacks = [checkedUrl.toLowerCase(), request.body.toLowerCase()];
    return needles.some((needle) => haystacks.some((haystack) => haystack.includes(needle)));
  });
}
