import type { ServerResponse } from 'node:http';

/**
 * Sends the browser on to `location` from one of auth's browser routes (single sign-on, LTI):
 * never cached, and with no referrer, so one-time codes in the address do not leak onwards.
 */
export function redirectBrowser(res: ServerResponse, location: string, status: 302 | 303 = 303) {
  res.statusCode = status;
  res.setHeader('location', location);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.end();
}
