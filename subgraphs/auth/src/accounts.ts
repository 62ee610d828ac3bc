import { appError, ErrorCode, forbidden, unauthenticated, type Db, type Role } from '@aula/runtime';
import type { ApiKeyRegistry } from './api-keys';
import { checkPasswordPolicy, generatePassword, type PasswordHasher } from './passwords';
import type { TokenRevoker } from './revocations';
import type { IssuedSession, SessionStore } from './sessions';
import type { LoginThrottle } from './throttle';
import {
  changeRole,
  changeStatus,
  checkDisplayName,
  checkEmail,
  findUserByEmail,
  getUser,
  insertUser,
  setPasswordHash,
  type UserRow,
} from './users';

/** Fields of an account to create; checked here. */
export interface AccountInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

const wrongCredentials = () => unauthenticated('The email or password is wrong.');

/**
 * Account life cycle: sign-in, registration, creation by admins, role and status changes,
 * password changes. Every change that should end someone's access ends their sessions too.
 */
export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionStore,
    private readonly keys: ApiKeyRegistry,
    private readonly revoker: TokenRevoker,
    /** Refuses passwords for domains an identity provider took over (`oidc/password-policy.ts`). */
    private readonly passwordGate: (email: string) => Promise<void> = async () => {},
  ) {}

  /**
   * Checks the password and starts a session. Unknown emails cost one dummy verification and
   * fail exactly like wrong passwords; failures count against the email and the address.
   */
  async signIn(email: string, password: string, address?: string): Promise<IssuedSession> {
    await this.passwordGate(email);
    // Reserved before the check: concurrent guesses cannot outrun the policy.
    const reservation = await this.throttle.reserve({ account: email, address });
    const user = await findUserByEmail(this.db, email);
    let ok = false;
    if (user?.passwordHash) ok = await this.hasher.verify(user.passwordHash, password);
    else await this.hasher.verifyDummy(password);
    if (!user || !ok) throw wrongCredentials();
    await this.throttle.succeeded(reservation);
    // Only someone who knows the password learns that the account is suspended.
    if (user.status !== 'ACTIVE')
      throw forbidden('This account is suspended. Ask an administrator.');
    return this.sessions.start(user);
  }

  /** Creates an account after checking every field; `CONFLICT` when the email is taken. */
  async create(input: AccountInput): Promise<UserRow> {
    const email = checkEmail(input.email);
    const displayName = checkDisplayName(input.displayName);
    checkPasswordPolicy(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    return insertUser(this.db, { email, displayName, role: input.role, passwordHash });
  }

  /** Self-registration: a STUDENT account, signed in at once. */
  async register(input: Omit<AccountInput, 'role'>): Promise<IssuedSession> {
    await this.passwordGate(input.email);
    const user = await this.create({ ...input, role: 'STUDENT' });
    return this.sessions.start(user);
  }

  /** Changes one's own password after checking the current one; ends all sessions. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await getUser(this.db, userId);
    if (!user.passwordHash || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw appError(ErrorCode.BAD_USER_INPUT, 'The current password is wrong.', {
        field: 'currentPassword',
      });
    }
    checkPasswordPolicy(newPassword, 'new password');
    await setPasswordHash(this.db, userId, await this.hasher.hash(newPassword));
    await this.endEverywhere(userId, 'password-changed');
  }

  /** An administrator sets (or has generated) someone's password; their sessions end. */
  async resetPassword(
    userId: string,
    newPassword?: string | null,
  ): Promise<{ user: UserRow; generatedPassword: string | null }> {
    await getUser(this.db, userId);
    if (newPassword != null) checkPasswordPolicy(newPassword, 'new password');
    const password = newPassword ?? generatePassword();
    const user = await setPasswordHash(this.db, userId, await this.hasher.hash(password));
    await this.endEverywhere(userId, 'password-changed');
    return { user, generatedPassword: newPassword == null ? password : null };
  }

  /**
   * Changes a role. Access tokens carrying the old role are revoked at once; refreshing
   * issues one with the new role.
   */
  async setRole(actorId: string, userId: string, role: Role): Promise<UserRow> {
    if (actorId === userId && role !== 'ADMIN') {
      throw forbidden('You cannot change your own role; ask another administrator.');
    }
    const user = await changeRole(this.db, userId, role);
    await this.revokeTokens(userId, 'role-changed');
    return user;
  }

  /** Suspends an account and ends its sessions and API keys. */
  async suspend(actorId: string, userId: string): Promise<UserRow> {
    if (actorId === userId) throw forbidden('You cannot suspend your own account.');
    const user = await changeStatus(this.db, userId, 'SUSPENDED');
    await this.endEverywhere(userId, 'suspended');
    return user;
  }

  /**
   * Ends every session of a user and revokes their access tokens (so open subscriptions end
   * and the next request is refused); returns how many sessions were live.
   */
  async endEverywhere(
    userId: string,
    reason: Parameters<TokenRevoker['revoke']>[1],
  ): Promise<number> {
    const ended = await this.sessions.endAllFor(userId);
    await this.revokeTokens(userId, reason);
    return ended;
  }

  /**
   * Refuses the user's access tokens issued until now, everywhere, and makes gateways drop
   * the tokens they cached for the user's API keys (the next exchange checks status and role).
   */
  private async revokeTokens(
    userId: string,
    reason: Parameters<TokenRevoker['revoke']>[1],
  ): Promise<void> {
    await this.revoker.revoke(userId, reason);
    await this.keys.announceOwnerBlocked(userId);
  }

  /** Lets a suspended account sign in again (its old sessions stay ended). */
  async reactivate(userId: string): Promise<UserRow> {
    return changeStatus(this.db, userId, 'ACTIVE');
  }
}
