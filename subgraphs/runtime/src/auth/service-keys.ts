import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { SERVICE_NAMES } from './services';

/**
 * Each service's own signing identity: an ES256 (P-256) key pair. A service signs its service
 * tokens with its private key, which only it holds; every verifier holds every service's public
 * key and checks a token against the key of the service it claims to be, so a token minted by
 * one service can never act as another.
 *
 * Keys travel in the environment as base64 DER, one line each: `pkcs8` for private keys,
 * `spki` for public keys. Lists are `name=key` pairs separated by commas.
 */
export interface ServiceKeys {
  /** Verification keys by service name. */
  readonly publicKeys: Readonly<Record<string, KeyObject>>;
  /** Signing keys by service name: one in a split deployment, all in the embedded process. */
  readonly privateKeys: Readonly<Record<string, KeyObject>>;
}

/** Parses `name=base64,name=base64` with `read` for each key; throws naming `variable`. */
function parseList(
  text: string | undefined,
  variable: string,
  read: (der: Buffer) => KeyObject,
): Record<string, KeyObject> {
  const keys: Record<string, KeyObject> = {};
  for (const entry of (text ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue;
    const at = entry.indexOf('=');
    const name = entry.slice(0, at).trim();
    if (at < 1 || !(SERVICE_NAMES as readonly string[]).includes(name)) {
      throw new Error(
        `Invalid configuration: ${variable}: expected name=key pairs with names from ${SERVICE_NAMES.join(', ')}`,
      );
    }
    keys[name] = readKey(entry.slice(at + 1), `${variable} (${name})`, read);
  }
  return keys;
}

function readKey(base64: string, what: string, read: (der: Buffer) => KeyObject): KeyObject {
  try {
    const key = read(Buffer.from(base64.trim(), 'base64'));
    if (key.asymmetricKeyType !== 'ec') throw new Error('not an EC key');
    return key;
  } catch {
    throw new Error(`Invalid configuration: ${what}: expected a base64 DER P-256 key`);
  }
}

const readPrivate = (der: Buffer) => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
const readPublic = (der: Buffer) => createPublicKey({ key: der, format: 'der', type: 'spki' });

/**
 * The service keys described by the environment: `SERVICE_PUBLIC_KEYS` (every service's
 * public key), `SERVICE_PRIVATE_KEY` (the running service's own, with `service`) and
 * `SERVICE_PRIVATE_KEYS` (every service's, for the embedded process). Public keys of the
 * private keys given are derived, so the embedded mode needs only `SERVICE_PRIVATE_KEYS`.
 */
export function serviceKeysFrom(
  env: {
    SERVICE_PUBLIC_KEYS?: string;
    SERVICE_PRIVATE_KEY?: string;
    SERVICE_PRIVATE_KEYS?: string;
  },
  service?: string,
): ServiceKeys {
  const privateKeys = parseList(env.SERVICE_PRIVATE_KEYS, 'SERVICE_PRIVATE_KEYS', readPrivate);
  if (env.SERVICE_PRIVATE_KEY && service) {
    privateKeys[service] = readKey(env.SERVICE_PRIVATE_KEY, 'SERVICE_PRIVATE_KEY', readPrivate);
  }
  const publicKeys = parseList(env.SERVICE_PUBLIC_KEYS, 'SERVICE_PUBLIC_KEYS', readPublic);
  for (const [name, key] of Object.entries(privateKeys)) {
    publicKeys[name] ??= createPublicKey(key);
  }
  if (Object.keys(publicKeys).length === 0) {
    throw new Error(
      'Invalid configuration: SERVICE_PUBLIC_KEYS: expected every service’s public key (npm run service-keys prints a set) (it is not set)',
    );
  }
  return { publicKeys, privateKeys };
}

/** Keeps only `service`'s signing key: what one service of the embedded process may sign as. */
export function onlyServiceKey(keys: ServiceKeys, service: string): ServiceKeys {
  const own = keys.privateKeys[service];
  return { publicKeys: keys.publicKeys, privateKeys: own ? { [service]: own } : {} };
}

/** A fresh key pair per service, as the environment spells them. */
export function generateServiceKeys(): {
  /** `SERVICE_PRIVATE_KEYS` for the embedded process. */
  readonly SERVICE_PRIVATE_KEYS: string;
  /** `SERVICE_PUBLIC_KEYS` for every service. */
  readonly SERVICE_PUBLIC_KEYS: string;
  /** Each service's own `SERVICE_PRIVATE_KEY`, by name. */
  readonly perService: Readonly<Record<string, string>>;
} {
  const perService: Record<string, string> = {};
  const publics: string[] = [];
  for (const name of SERVICE_NAMES) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    perService[name] = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    publics.push(`${name}=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`);
  }
  return {
    SERVICE_PRIVATE_KEYS: Object.entries(perService)
      .map(([name, key]) => `${name}=${key}`)
      .join(','),
    SERVICE_PUBLIC_KEYS: publics.join(','),
    perService,
  };
}
