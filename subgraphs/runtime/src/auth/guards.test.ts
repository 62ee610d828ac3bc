import { GraphQLError } from 'graphql';
import {
  authorize,
  requirePerson,
  requireRole,
  requireScope,
  requireService,
  requireSession,
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

describe('authorize', () => {
  it('refuses anonymous callers with UNAUTHENTICATED and services with FORBIDDEN', () => {
    expect(outcome(() => authorize({ principal: null }, {}))).toBe('UNAUTHENTICATED');
    expect(outcome(() => authorize({ principal: service }, {}))).toBe('FORBIDDEN');
  });

  it('checks roles', () => {
    const rule = { roles: ['ADMIN', 'SUPERVISOR'] as const };
    expect(outcome(() => authorize({ principal: user('SUPERVISOR') }, rule))).toBe('ok');
    expect(outcome(() => authorize({ principal: user('STUDENT') }, rule))).toBe('FORBIDDEN');
  });

  it('lets the owner through, alone or beside roles', () => {
    expect(outcome(() => authorize({ principal: user('STUDENT', 'me') }, { ownerId: 'me' }))).toBe(
      'ok',
    );
    expect(outcome(() => authorize({ principal: user('ADMIN', 'x') }, { ownerId: 'me' }))).toBe(
      'FORBIDDEN',
    );
    const ownerOrAdmin = { ownerId: 'me', roles: ['ADMIN'] as const };
    expect(outcome(() => authorize({ principal: user('ADMIN', 'x') }, ownerOrAdmin))).toBe('ok');
    expect(outcome(() => authorize({ principal: user('SUPERVISOR', 'x') }, ownerOrAdmin))).toBe(
      'FORBIDDEN',
    );
  });

  it('admits API keys only for a scope they hold, and still checks the role behind them', () => {
    expect(outcome(() => authorize({ principal: key(['chat:read']) }, {}))).toBe('FORBIDDEN');
    expect(
      outcome(() => authorize({ principal: key(['chat:read']) }, { scope: 'usage:read' })),
    ).toBe('FORBIDDEN');
    expect(
      outcome(() => authorize({ principal: key(['usage:read']) }, { scope: 'usage:read' })),
    ).toBe('ok');
    const adminsOnly = { scope: 'users:read', roles: ['ADMIN'] } as const;
    expect(
      outcome(() => authorize({ principal: key(['users:read'], 'SUPERVISOR') }, adminsOnly)),
    ).toBe('FORBIDDEN');
    // Sessions are not limited by scopes.
    expect(outcome(() => authorize({ principal: user('ADMIN') }, adminsOnly))).toBe('ok');
  });

  it('uses the rule message for refusals', () => {
    try {
      authorize(
        { principal: user('STUDENT') },
        { roles: ['ADMIN'], message: 'Only administrators can list users.' },
      );
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as GraphQLError).message).toBe('Only administrators can list users.');
    }
  });
});

describe('other guards', () => {
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
