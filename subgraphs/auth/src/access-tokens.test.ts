import type { TokenSettings } from '@aula/runtime';
import { serviceKeysFrom, TokenVerifier } from '@aula/runtime';
import { TEST_ENV } from '@aula/runtime/src/testing';
import { generateKeyPairSync } from 'node:crypto';
import { createAccessTokenSigner } from './access-tokens';

const keys = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
const base: TokenSettings = {
  algorithm: 'RS256',
  issuer: 'aula',
  audience: 'aula-api',
  serviceKeys: serviceKeysFrom(TEST_ENV),
};

describe('access token signer', () => {
  it('refuses RS256 without a private key, or with one that does not match the public key', () => {
    const a = keys();
    const b = keys();
    expect(() => createAccessTokenSigner({ ...base, publicKey: a.publicKey })).toThrow(
      /JWT_PRIVATE_KEY/,
    );
    expect(() =>
      createAccessTokenSigner({ ...base, publicKey: a.publicKey, privateKey: b.privateKey }),
    ).toThrow(/does not belong/);
  });

  it('signs API-key tokens the shared verifier turns into an apiKey principal', () => {
    const pair = keys();
    const settings = { ...base, publicKey: pair.publicKey, privateKey: pair.privateKey };
    const signer = createAccessTokenSigner(settings);
    const { token } = signer.sign(
      { userId: 'u1', role: 'SUPERVISOR', apiKey: { id: 'k1', scopes: ['chat:read'] } },
      60,
    );
    expect(new TokenVerifier(settings).principalFromToken(token)).toMatchObject({
      kind: 'apiKey',
      userId: 'u1',
      role: 'SUPERVISOR',
      keyId: 'k1',
      scopes: ['chat:read'],
    });
  });
});
