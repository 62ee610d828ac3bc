/**
 * What caching the verification key as a KeyObject saves. jsonwebtoken turns a string key
 * into a KeyObject (createSecretKey / createPublicKey) on every call; `TokenVerifier` builds
 * it once. This verifies the same access token BENCH_VERIFIES times both ways, for HS256 and
 * RS256, and prints verifications per second and the ratio.
 *
 *   npx tsx bench/token-verify.ts      (BENCH_VERIFIES)
 */
import jwt from 'jsonwebtoken';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  generateServiceKeys,
  serviceKeysFrom,
  TokenVerifier,
  type TokenSettings,
} from '../subgraphs/runtime/src';

const VERIFIES = Number(process.env.BENCH_VERIFIES ?? 20_000);
if (!Number.isInteger(VERIFIES) || VERIFIES < 1)
  throw new Error(`BENCH_VERIFIES: expected a positive whole number`);

function perSecond(run: () => void): number {
  for (let i = 0; i < 200; i += 1) run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < VERIFIES; i += 1) run();
  return VERIFIES / (Number(process.hrtime.bigint() - started) / 1e9);
}

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = {
  private: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  public: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};
const common = {
  issuer: 'aula',
  audience: 'aula-api',
  serviceKeys: serviceKeysFrom({
    SERVICE_PRIVATE_KEYS: generateServiceKeys().SERVICE_PRIVATE_KEYS,
  }),
};
const cases: Array<{ name: string; settings: TokenSettings; signKey: string; verifyKey: string }> =
  [
    {
      name: 'HS256',
      settings: { ...common, algorithm: 'HS256', secret: 's'.repeat(48) },
      signKey: 's'.repeat(48),
      verifyKey: 's'.repeat(48),
    },
    {
      name: 'RS256',
      settings: { ...common, algorithm: 'RS256', publicKey: pem.public },
      signKey: pem.private,
      verifyKey: pem.public,
    },
  ];

for (const { name, settings, signKey, verifyKey } of cases) {
  const token = jwt.sign({ role: 'STUDENT' }, signKey, {
    algorithm: settings.algorithm,
    subject: randomUUID(),
    issuer: 'aula',
    audience: 'aula-api',
    expiresIn: 900,
    jwtid: randomUUID(),
  });
  const options = { algorithms: [settings.algorithm], issuer: 'aula', audience: 'aula-api' };
  const stringKey = perSecond(() => jwt.verify(token, verifyKey, options));
  const verifier = new TokenVerifier(settings);
  const cached = perSecond(() => verifier.principalFromToken(token));
  console.log(
    `${name}: string key ${stringKey.toFixed(0)}/s, TokenVerifier (cached KeyObject) ${cached.toFixed(0)}/s, ratio ${(cached / stringKey).toFixed(2)}`,
  );
}
