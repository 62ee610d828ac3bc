import type { Db, Logger } from '@aula/runtime';
import type { SessionStore } from '../sessions';
import { ProviderConfigurations } from './discovery';
import { passwordSignInGate } from './password-policy';
import { IdentityProviderRegistry } from './providers';
import { singleSignOnRoutes, SSO_CALLBACK_PATH } from './routes';
import { SecretBox } from './secret-box';
import { SingleSignOn } from './sign-in';

export { pruneSingleSignOn } from './sign-in';
export { SSO_PATH_PREFIX } from './routes';
export type { IdentityProviderRow } from './providers';

/** Options for {@link createSingleSignOn}. */
export interface SingleSignOnOptions {
  readonly db: Db;
  readonly sessions: SessionStore;
  readonly logger: Logger;
  /** Secret the client-secret encryption key is derived from (at least 32 bytes). */
  readonly secretKeyMaterial: string;
  /** `AUTH_PUBLIC_URL`, when set. */
  readonly publicUrl?: string;
  /** `AUTH_TRUSTED_PROXIES`. */
  readonly trustedProxies: string;
  /** `AUTH_SSO_TIMEOUT_SECONDS`. */
  readonly timeoutSeconds: number;
}

/** Single sign-on as auth's resolvers and routes use it. */
export interface SingleSignOnServices {
  readonly providers: IdentityProviderRegistry;
  readonly signOn: SingleSignOn;
  /** The redirect URI providers are registered with (a path when `AUTH_PUBLIC_URL` is unset). */
  readonly redirectUri: string;
}

/** Builds OpenID Connect sign-in: provider registry, flow, browser routes and password gate. */
export function createSingleSignOn(options: SingleSignOnOptions) {
  const configurations = new ProviderConfigurations(options.timeoutSeconds);
  const providers = new IdentityProviderRegistry(
    options.db,
    new SecretBox(options.secretKeyMaterial),
    async (settings) => {
      await configurations.discover(settings);
    },
  );
  const signOn = new SingleSignOn(options.db, providers, configurations, options.sessions);
  const services: SingleSignOnServices = {
    providers,
    signOn,
    redirectUri: `${options.publicUrl ?? ''}${SSO_CALLBACK_PATH}`,
  };
  return {
    services,
    passwordGate: passwordSignInGate(providers),
    routes: singleSignOnRoutes({
      sso: signOn,
      publicUrl: options.publicUrl,
      trustedProxies: options.trustedProxies,
      logger: options.logger,
    }),
  };
}
