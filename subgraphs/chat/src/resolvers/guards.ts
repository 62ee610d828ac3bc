import { forbidden, notFound, requireScope, unauthenticated, type Principal } from '@aula/runtime';
import type { ChatSubgraphContext } from '../context';
import type { ReadGrant } from '../access';
import { findSession, type SessionRow } from '../sessions';

/** Readers: signed-in people (API keys need `chat:read`) and internal services. */
export function requireReader(ctx: ChatSubgraphContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  if (ctx.principal.kind !== 'service') requireScope(ctx, 'chat:read');
  return ctx.principal;
}

/** A conversation the caller may read, with the grant that allows it. */
export async function readableSession(
  ctx: ChatSubgraphContext,
  id: string,
): Promise<{ session: SessionRow; grant: ReadGrant }> {
  const principal = requireReader(ctx);
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('That conversation');
  const grant = await ctx.access.require(principal, session.ownerId);
  return { session, grant };
}

/** A conversation the signed-in person owns (API keys need `chat:write`). */
export async function ownSession(
  ctx: ChatSubgraphContext,
  id: string,
): Promise<{ session: SessionRow; userId: string }> {
  const person = requireScope(ctx, 'chat:write');
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('That conversation');
  if (session.ownerId !== person.userId)
    throw forbidden('Only the person who started this conversation can change it.');
  return { session, userId: person.userId };
}
