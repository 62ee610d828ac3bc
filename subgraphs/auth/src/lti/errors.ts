/** Why an LTI login or launch was refused; each is shown to the person with its code. */
export const LtiErrorCode = {
  /** No registered platform has this issuer (and client id). */
  LTI_UNKNOWN_PLATFORM: 'LTI_UNKNOWN_PLATFORM',
  /** The request lacks a parameter the spec requires, or one is malformed. */
  LTI_BAD_REQUEST: 'LTI_BAD_REQUEST',
  /** The launch's `state` is not one Aula issued (or it expired). */
  LTI_STATE_INVALID: 'LTI_STATE_INVALID',
  /** The browser did not send back the cookie its login set: the launch is not this browser's. */
  LTI_STATE_COOKIE_MISSING: 'LTI_STATE_COOKIE_MISSING',
  /** The launch was already used once: a replay. */
  LTI_LAUNCH_REPLAYED: 'LTI_LAUNCH_REPLAYED',
  /** The id_token's nonce is not the one sent with this login. */
  LTI_NONCE_INVALID: 'LTI_NONCE_INVALID',
  /** The id_token's signature does not verify against the platform's keys. */
  LTI_SIGNATURE_INVALID: 'LTI_SIGNATURE_INVALID',
  /** The id_token is for another tool (`aud`/`azp`) or from another issuer. */
  LTI_AUDIENCE_INVALID: 'LTI_AUDIENCE_INVALID',
  /** The id_token expired (or is not valid yet). */
  LTI_TOKEN_EXPIRED: 'LTI_TOKEN_EXPIRED',
  /** The id_token lacks or mangles a required claim. */
  LTI_TOKEN_INVALID: 'LTI_TOKEN_INVALID',
  /** The launch names a deployment no administrator registered. */
  LTI_UNKNOWN_DEPLOYMENT: 'LTI_UNKNOWN_DEPLOYMENT',
  /** The message type is not one Aula handles. */
  LTI_UNSUPPORTED_MESSAGE: 'LTI_UNSUPPORTED_MESSAGE',
  /** The platform's keys or services could not be reached. */
  LTI_PLATFORM_UNAVAILABLE: 'LTI_PLATFORM_UNAVAILABLE',
  /** The account cannot be used (suspended, or an e-mail owned by another kind of account). */
  LTI_ACCOUNT_REFUSED: 'LTI_ACCOUNT_REFUSED',
  /** The launch code is unknown, used or expired. */
  LTI_LAUNCH_EXPIRED: 'LTI_LAUNCH_EXPIRED',
} as const;
export type LtiErrorCode = (typeof LtiErrorCode)[keyof typeof LtiErrorCode];

const STATUS: Record<LtiErrorCode, number> = {
  LTI_UNKNOWN_PLATFORM: 400,
  LTI_BAD_REQUEST: 400,
  LTI_STATE_INVALID: 401,
  LTI_STATE_COOKIE_MISSING: 401,
  LTI_LAUNCH_REPLAYED: 401,
  LTI_NONCE_INVALID: 401,
  LTI_SIGNATURE_INVALID: 401,
  LTI_AUDIENCE_INVALID: 401,
  LTI_TOKEN_EXPIRED: 401,
  LTI_TOKEN_INVALID: 401,
  LTI_UNKNOWN_DEPLOYMENT: 403,
  LTI_UNSUPPORTED_MESSAGE: 400,
  LTI_PLATFORM_UNAVAILABLE: 503,
  LTI_ACCOUNT_REFUSED: 403,
  LTI_LAUNCH_EXPIRED: 401,
};

/** A refusal with a code and a message safe to show; never wraps a raw error. */
export class LtiError extends Error {
  constructor(
    readonly code: LtiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LtiError';
  }

  /** The HTTP status a browser route answers with. */
  get status(): number {
    return STATUS[this.code];
  }
}
