import { createHmac, timingSafeEqual } from 'node:crypto';

/** The request header carrying a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'aula-signature';

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/**
 * The `Aula-Signature` value for `body` sent at `atMs`: the timestamp in whole seconds and the
 * HMAC-SHA256, keyed by the endpoint's secret, of `<timestamp>.<body>` as lowercase hex (the
 * scheme Stripe uses, so receivers can reuse what they know).
 */
export function signatureHeader(secret: string, body: string, atMs = Date.now()): string {
  const timestamp = Math.floor(atMs / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/**
 * Whether `header` signs `body` with `secret` and its timestamp is within `toleranceSeconds` of
 * now (a replayed old delivery is refused), comparing in constant time: what a receiver does.
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  toleranceSeconds = 300,
  nowMs = Date.now(),
): boolean {
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return false;
  return timingSafeEqual(
    Buffer.from(hmac(secret, timestamp, body), 'hex'),
    Buffer.from(given, 'hex'),
  );
}
