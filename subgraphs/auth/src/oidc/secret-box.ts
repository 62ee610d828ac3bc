import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts the identity providers' client secrets at rest (AES-256-GCM, a fresh 96-bit IV per
 * secret, the provider id as associated data so a sealed secret cannot be moved to another
 * provider's row). The key is `AUTH_SSO_SECRET_KEY`, or derived with HKDF from auth's token
 * signing key when that is unset.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** `keyMaterial`: at least 32 bytes of secret; HKDF turns it into the AES key. */
  constructor(keyMaterial: string | Buffer) {
    if (Buffer.byteLength(keyMaterial) < 32) {
      throw new Error('The client secret encryption key needs at least 32 bytes of secret.');
    }
    this.key = Buffer.from(
      hkdfSync('sha256', keyMaterial, 'aula-auth', 'oidc client secrets v1', 32),
    );
  }

  /** `v1.<iv>.<ciphertext>.<tag>`, base64url parts. */
  seal(secret: string, providerId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(providerId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv, body, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The secret `seal` sealed for this provider; throws when it was tampered with or moved. */
  open(sealed: string, providerId: string): string {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== VERSION || !iv || !body || !tag) throw new Error('unreadable sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(providerId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
