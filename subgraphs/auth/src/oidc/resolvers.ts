import { requireRole, requireSession, type Role } from '@aula/runtime';
import type { AuthSubgraphContext } from '../context';
import type {
  IdentityProviderResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { SSO_PATH_PREFIX } from './routes';

/** Identity providers are managed by administrators signed in as themselves, never by API keys. */
function adminSession(ctx: AuthSubgraphContext) {
  requireSession(ctx);
  return requireRole(ctx, 'ADMIN');
}

/** Single sign-on's root reads. */
export const ssoQuery: Pick<QueryResolvers, 'identityProviders' | 'signInProviders'> = {
  identityProviders: async (_parent, _args, ctx) => {
    adminSession(ctx);
    return ctx.auth.sso.providers.list();
  },
  // Public: the sign-in page lists these before anyone is signed in.
  signInProviders: async (_parent, _args, ctx) => {
    const enabled = await ctx.auth.sso.providers.listEnabled();
    return enabled.map((p) => ({
      id: p.id,
      name: p.name,
      signInPath: `${SSO_PATH_PREFIX}/${p.id}/start`,
    }));
  },
};

/** Single sign-on's mutations. */
export const ssoMutation: Pick<
  MutationResolvers,
  | 'completeSingleSignOn'
  | 'createIdentityProvider'
  | 'updateIdentityProvider'
  | 'disableIdentityProvider'
> = {
  completeSingleSignOn: async (_parent, { code, browserKey }, ctx) => {
    const session = await ctx.auth.sso.signOn.complete(code, browserKey);
    ctx.signedInNow.add(session.user.id);
    return session;
  },
  createIdentityProvider: async (_parent, { input }, ctx) => {
    adminSession(ctx);
    return ctx.auth.sso.providers.create({
      ...input,
      defaultRole: (input.defaultRole ?? 'STUDENT') as Role,
    });
  },
  updateIdentityProvider: async (_parent, { id, input }, ctx) => {
    adminSession(ctx);
    return ctx.auth.sso.providers.update(id, input);
  },
  disableIdentityProvider: async (_parent, { id }, ctx) => {
    adminSession(ctx);
    return ctx.auth.sso.providers.disable(id);
  },
};

/** An identity provider as administrators see it: the sealed secret only as `hasClientSecret`. */
export const IdentityProvider: IdentityProviderResolvers = {
  hasClientSecret: (row) => row.clientSecretSealed !== null,
  scopes: (row) => ['openid', 'email', 'profile', ...row.extraScopes],
  redirectUri: (_row, _args, ctx) => ctx.auth.sso.redirectUri,
};
