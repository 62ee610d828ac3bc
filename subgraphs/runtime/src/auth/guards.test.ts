import { GraphQLError } from 'graphql';
import { requirePerson, requireRole, requireScope, requireService, requireSession } from './guards';
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
