import * as oidc from 'openid-client';
import { isLoopbackUrl } from './provider-input';
import type { ClientSettings } from './providers';

/** How long a discovered configuration is reused before the document is fetched again. */
const CONFIGURATION_TTL_MS = 10 * 60_000;

/**
 * openid-client `Configuration`s by provider: discovery (the issuer's
 * `/.well-known/openid-configuration`, its issuer checked by openid-client) is fetched once per
 * provider version and reused for ten minutes; a failed fetch is not cached.
 */
export class ProviderConfigurations {
  private readonly cache = new Map<
    string,
    {
      readonly version: string;
      readonly until: number;
      readonly config: Promise<oidc.Configuration>;
    }
  >();

  /** `timeoutSeconds`: longest wait for one request to a provider. */
  constructor(private readonly timeoutSeconds: number) {}

  /** The configuration for a provider (`key` and `version` say when a cached one is stale). */
  get(key: string, version: string, settings: ClientSettings): Promise<oidc.Configuration> {
    const hit = this.cache.get(key);
    if (hit && hit.version === version && hit.until > Date.now()) return hit.config;
    const config = this.discover(settings);
    this.cache.set(key, { version, until: Date.now() + CONFIGURATION_TTL_MS, config });
    config.catch(() => {
      if (this.cache.get(key)?.config === config) this.cache.delete(key);
    });
    return config;
  }

  /** Fetches and checks the discovery document; throws with a readable reason. */
  async discover(settings: ClientSettings): Promise<oidc.Configuration> {
    const issuer = new URL(settings.issuer);
    const config = await oidc.discovery(
      issuer,
      settings.clientId,
      undefined,
      settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
      {
        timeout: this.timeoutSeconds,
        // Plain http is accepted only for a provider on this machine (development and tests).
        execute: isLoopbackUrl(issuer) ? [oidc.allowInsecureRequests] : [],
      },
    );
    config.timeout = this.timeoutSeconds;
    return config;
  }
}
