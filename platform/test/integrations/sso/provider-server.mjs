// A real OpenID provider (`oidc-provider`, the certified implementation) for the single sign-on
// tests, run as its own process because it is ESM-only. It listens on a free loopback port and
// prints `{"issuer": …}` once ready. Settings come as JSON in OIDC_FIXTURE:
// { clientId, clientSecret, redirectUri, accounts: { <login>: { email, email_verified, name, groups } } }.
// Any password signs in as the login typed (oidc-provider's development interactions).
import { createServer } from 'node:http';
import process from 'node:process';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_FIXTURE ?? '{}');
const server = createServer();
await new Promise((resolve) => server.listen(Number(settings.port ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      redirect_uris: [settings.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name'],
    groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups', 'offline_access'],
  pkce: { required: () => true },
  cookies: { keys: ['sso-fixture-cookie-key'] },
  findAccount: (_ctx, id) => {
    const account = settings.accounts?.[id];
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
});
// The development login form is served over plain http on loopback only.
provider.proxy = false;
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
