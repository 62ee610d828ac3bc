import { GraphQLError } from 'graphql';
import {
  callerWithScope,
  relationTo,
  requirePerson,
  requireRole,
  requireScope,
  requireScopeOrService,
  requireSelfOrSupervisor,
  requireService,
  requireSession,
  requireSupervisorOf,
  type Person,
} from './guards';
import type { Principal } from './principal';

const user = (role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN', userId = 'u1'): Principal => ({
  kind: 'user',
  userId,
  role,
  tokenId: 't',
  expiresAt: 0,
});
const key = (scopes: string[], role: 'SUPERVISOR' | 'ADMIN' = 'ADMIN'): Principal => ({
  kind: 'apiKey',
  userId: 'k-owner',
  role,
  keyId: 'k1',
  scopes,
  expiresAt: 0,
});
const service: Principal = { kind: 'service', service: 'chat' };

/** The error code a guard throws, or 'ok'. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return String((error as GraphQLError).extensions.code);
  }
}

describe('guards', () => {
  it('refuse anonymous callers with UNAUTHENTICATED and services with FORBIDDEN', () => {
    for (const guard of [
      requirePerson,
      requireSession,
      (ctx: { principal: Principal | null }) => requireRole(ctx, 'ADMIN'),
    ]) {
      expect(outcome(() => guard({ principal: null }))).toBe('UNAUTHENTICATED');
      expect(outcome(() => guard({ principal: service }))).toBe('FORBIDDEN');
    }
  });

  it('requireSession refuses API keys', () => {
    expect(outcome(() => requireSession({ principal: key(['chat:read']) }))).toBe('FORBIDDEN');
    expect(outcome(() => requireSession({ principal: user('STUDENT') }))).toBe('ok');
  });

  it('requireScope limits keys but not sessions', () => {
    expect(outcome(() => requireScope({ principal: key(['chat:read']) }, 'usage:read'))).toBe(
      'FORBIDDEN',
    );
    expect(outcome(() => requireScope({ principal: user('STUDENT') }, 'usage:read'))).toBe('ok');
  });

  it('requireService admits only the named services', () => {
    expect(outcome(() => requireService({ principal: service }, 'chat'))).toBe('ok');
    expect(outcome(() => requireService({ principal: service }, 'gateway'))).toBe('FORBIDDEN');
    expect(outcome(() => requireService({ principal: user('ADMIN') }, 'chat'))).toBe('FORBIDDEN');
    expect(outcome(() => requireService({ principal: null }, 'chat'))).toBe('UNAUTHENTICATED');
  });
});

describe('API keys outside declared scopes', () => {
  it('are refused by the role and person guards, even for an admin key', () => {
    const adminKey = key(['usage:read']);
    expect(outcome(() => requireRole({ principal: adminKey }, 'ADMIN'))).toBe('FORBIDDEN');
    expect(outcome(() => requirePerson({ principal: adminKey }))).toBe('FORBIDDEN');
    expect(outcome(() => requireScope({ principal: adminKey }, 'usage:read'))).toBe('ok');
    expect(outcome(() => requireRole({ principal: user('ADMIN') }, 'ADMIN'))).toBe('ok');
  });
});

describe('the shared vocabulary for roles, services and supervision', () => {
  /** u-sup supervises u-student now; nobody else supervises anyone. */
  const supervision = {
    canSupervise: (supervisorId: string, studentId: string) =>
      Promise.resolve(supervisorId === 'u-sup' && studentId === 'u-student'),
  };
  const person = (role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN', userId: string) =>
    user(role, userId) as Person;
  const codeOfRejection = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: GraphQLError) => String(error.extensions.code),
    );

  it('requireRole and requireScope with roles name who may do it', () => {
    expect(() => requireRole({ principal: user('STUDENT') }, 'SUPERVISOR', 'ADMIN')).toThrow(
      'Only supervisors and admins may do this.',
    );
    expect(
      outcome(() =>
        requireScope(
          { principal: key(['content:read'], 'SUPERVISOR') },
          'content:read',
          'SUPERVISOR',
          'ADMIN',
        ),
      ),
    ).toBe('ok');
    expect(
      outcome(() => requireScope({ principal: user('STUDENT') }, 'content:read', 'ADMIN')),
    ).toBe('FORBIDDEN');
  });

  it('requireScopeOrService admits scoped people and (the named) services', () => {
    expect(outcome(() => requireScopeOrService({ principal: service }, 'chat:read'))).toBe('ok');
    expect(
      outcome(() => requireScopeOrService({ principal: service }, 'chat:read', 'monitoring')),
    ).toBe('FORBIDDEN');
    expect(
      outcome(() => requireScopeOrService({ principal: key(['usage:read']) }, 'chat:read')),
    ).toBe('FORBIDDEN');
    expect(outcome(() => requireScopeOrService({ principal: null }, 'chat:read'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(callerWithScope({ principal: key(['usage:read']) }, 'chat:read')).toBeNull();
    expect(callerWithScope({ principal: service }, 'chat:read')).toBe(service);
  });

  it('relationTo and its guards tell themself, admins and current supervisors apart', async () => {
    expect(await relationTo(person('STUDENT', 'u-student'), 'u-student', supervision)).toBe('self');
    expect(await relationTo(person('ADMIN', 'u-admin'), 'u-student', supervision)).toBe('admin');
    expect(await relationTo(person('SUPERVISOR', 'u-sup'), 'u-student', supervision)).toBe(
      'supervisor',
    );
    expect(await relationTo(person('SUPERVISOR', 'u-other'), 'u-student', supervision)).toBeNull();
    expect(
      await codeOfRejection(
        requireSelfOrSupervisor(person('STUDENT', 'u-x'), 'u-student', supervision),
      ),
    ).toBe('FORBIDDEN');
    // Acting for a student is for their supervisors and admins, not the student themself.
    expect(
      await codeOfRejection(
        requireSupervisorOf(person('STUDENT', 'u-student'), 'u-student', supervision),
      ),
    ).toBe('FORBIDDEN');
    expect(await requireSupervisorOf(person('SUPERVISOR', 'u-sup'), 'u-student', supervision)).toBe(
      'supervisor',
    );
  });
});
