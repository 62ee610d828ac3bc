/** The three roles a person can have in Aula. */
export type Role = 'STUDENT' | 'SUPERVISOR' | 'ADMIN';

/** Who is making a request, as established from its bearer token. */
export type Principal =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      /** The access token's `jti`. */
      readonly tokenId: string;
      /** When the token stops being valid (epoch seconds). */
      readonly expiresAt: number;
      /** When the token was issued (epoch milliseconds), checked against revocations. */
      readonly issuedAt?: number;
    }
  | {
      readonly kind: 'apiKey';
      readonly userId: string;
      readonly role: Role;
      readonly keyId: string;
      /** What the key may do, such as `chat:read` or `usage:read`. */
      readonly scopes: readonly string[];
      /** When the token stops being valid (epoch seconds). */
      readonly expiresAt: number;
      /** When the token was issued (epoch milliseconds), checked against revocations. */
      readonly issuedAt?: number;
    }
  | {
      readonly kind: 'service';
      /** The calling service, such as `chat`. */
      readonly service: string;
    };

/** The part of every subgraph's context that authorization reads. */
export interface AuthContext {
  readonly principal: Principal | null;
}
