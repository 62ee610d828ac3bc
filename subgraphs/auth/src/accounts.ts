import { appError, ErrorCode, forbidden, unauthenticated, type Db, type Role } from '@aula/runtime';
import type { ApiKeyRegistry } from './api-keys';
import { checkPasswordPolicy, generatePassword, type PasswordHasher } from './passwords';
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
  ) {}

  /**
   * Checks the password and starts a session. Unknown emails cost one dummy verification and
   * fail exactly like wrong passwords; failures count against the email and the address.
   */
  async signIn(email: string, password: string, address?: string): Promise<IssuedSession> {
    const keys = { account: email, address };
    await this.throttle.assertAllowed(keys);
    const user = await findUserByEmail(this.db, email);
    let ok = false;
    if (user?.passwordHash) ok = await this.hasher.verify(user.passwordHash, password);
    else await this.hasher.verifyDummy(password);
    if (!user || !ok) {
      await this.throttle.recordFailure(keys);
      throw wrongCredentials();
    }
    await this.throttle.recordSuccess(keys);
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
    await this.sessions.endAllFor(userId);
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
    await this.sessions.endAllFor(userId);
    return { user, generatedPassword: newPassword == null ? password : null };
  }

  /** Changes a role. Refresh tokens pick up the new role; issued access tokens keep the old one until they expire. */
  async setRole(actorId: string, userId: string, role: Role): Promise<UserRow> {
    if (actorId === userId && role !== 'ADMIN') {
      throw forbidden('You cannot change your own role; ask another administrator.');
    }
    return changeRole(this.db, userId, role);
  }

  /** Suspends an account and ends its sessions and API keys. */
  async suspend(actorId: string, userId: string): Promise<UserRow> {
    if (actorId === userId) throw forbidden('You cannot suspend your own account.');
    const user = await changeStatus(this.db, userId, 'SUSPENDED');
    await this.sessions.endAllFor(userId);
    await this.keys.announceOwnerBlocked(userId);
    return user;
  }

  /** Lets a suspended account sign in again (its old sessions stay ended). */
  async reactivate(userId: string): Promise<UserRow> {
    return changeStatus(this.db, userId, 'ACTIVE');
  }
}
