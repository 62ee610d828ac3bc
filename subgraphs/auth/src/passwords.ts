import { badInput } from '@aula/runtime';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** argon2id cost parameters. */
export interface PasswordHashingOptions {
  /** Memory in KiB. */
  readonly memoryKiB: number;
  /** Passes over memory. */
  readonly timeCost: number;
}

/** Shortest and longest password accepted (the upper bound stops hashing huge inputs). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Hashes and checks passwords with argon2id; never logs or keeps the clear text. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** `true` when `password` matches `hash`; a malformed hash counts as no match. */
  verify(hash: string, password: string): Promise<boolean>;
  /**
   * Does the work of one verification against a hash of a random password, so a sign-in
   * for an unknown email costs about as long as one with a wrong password.
   */
  verifyDummy(password: string): Promise<void>;
}

/** Creates a {@link PasswordHasher} with the given costs. */
export function createPasswordHasher(options: PasswordHashingOptions): PasswordHasher {
  const params = {
    type: argon2.argon2id,
    memoryCost: options.memoryKiB,
    timeCost: options.timeCost,
    parallelism: 1,
  } as const;
  let dummy: Promise<string> | undefined;
  const verify = async (hash: string, password: string) => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  };
  return {
    hash: (password) => argon2.hash(password, params),
    verify,
    async verifyDummy(password) {
      dummy ??= argon2.hash(randomBytes(24).toString('base64url'), params);
      await verify(await dummy, password);
    },
  };
}

/** Refuses a password that is too short or too long, naming the field for the message. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`The ${field} must be at least ${PASSWORD_MIN_LENGTH} characters long.`, {
      field,
    });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(`The ${field} must be at most ${PASSWORD_MAX_LENGTH} characters long.`, {
      field,
    });
  }
}

/** A random password people can type: 20 characters without look-alikes (about 116 bits). */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  let out = '';
  // 256 is not a multiple of 57, so take each byte modulo only when below the largest multiple.
  for (let i = 0; out.length < 20; i += 1) {
    const byte = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (byte < 228) out += alphabet[byte % alphabet.length];
  }
  return out;
}
