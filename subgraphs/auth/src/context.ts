import type { BaseContext, Db, SupervisionDirectory } from '@aula/runtime';
import type { AccountService } from './accounts';
import type { ApiKeyRegistry } from './api-keys';
import type { LtiServices } from './lti';
import type { SingleSignOnServices } from './oidc';
import type { TokenRevoker } from './revocations';
import type { SessionStore } from './sessions';

/** The auth subgraph's services, built once in `createServer`. */
export interface AuthServices {
  readonly accounts: AccountService;
  readonly sessions: SessionStore;
  readonly keys: ApiKeyRegistry;
  /** Records and announces revocation times. */
  readonly revoker: TokenRevoker;
  /** Identity providers and OpenID Connect sign-in. */
  readonly sso: SingleSignOnServices;
  /** Aula as an LTI 1.3 tool: registered LMSs, launches, Deep Linking, roster sync. */
  readonly lti: LtiServices;
  /** Whether `register` is open (`AUTH_SELF_REGISTRATION`). */
  readonly selfRegistration: boolean;
  /** Answers "does this supervisor look after that student?" (monitoring decides). */
  readonly supervision: SupervisionDirectory;
}

/** What auth's resolvers receive. */
export interface AuthSubgraphContext extends BaseContext {
  readonly db: Db;
  readonly auth: AuthServices;
  /**
   * People who proved who they are in this very request (sign-in, registration, refresh):
   * the answer shows them their own private fields although the request carried no token.
   */
  readonly signedInNow: Set<string>;
}
