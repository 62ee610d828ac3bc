import { forbidden, notFound, requireScope, unauthenticated, type Principal } from '@aula/runtime';
import type { ChatSubgraphContext } from './context';
import type { ReadGrant } from './access';
import type { GraphQLResolveInfo } from 'graphql';
import { activeSince, findSession, type SessionRow } from './sessions';

/** Readers: signed-in people (API keys need `chat:read`) and internal services. */
export function requireReader(ctx: ChatSubgraphContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  if (ctx.principal.kind !== 'service') requireScope(ctx, 'chat:read');
  return ctx.principal;
}

/**
 * A conversation the caller may read, with the grant that allows it. Its owner no longer sees
 * one they deleted (kept only while a flag holds it); a supervisor sees only conversations
 * with messages from while their tie has existed.
 */
export async function readableSession(
  ctx: ChatSubgraphContext,
  id: string,
): Promise<{ session: SessionRow; grant: ReadGrant }> {
  const principal = requireReader(ctx);
  const session = await findSession(ctx.db, id);
  if (!session) throw notFound('That conversation');
  const grant = await ctx.access.require(principal, session.ownerId);
  if (grant === 'owner' && session.deletedByOwnerAt) throw notFound('That conversation');
  if (grant === 'supervisor') {
    const since = await ctx.access.readableFrom(principal, session.ownerId);
    if (since && !(await activeSince(ctx.db, session, since)))
      throw forbidden(
        'This conversation is from before you supervised this student: a tie opens only what was written since it began.',
      );
  }
  return { session, grant };
}

/** The public operation a resolver serves, for the audit trail: the gateway's label, else this subgraph's root field. */
export function operationOf(ctx: ChatSubgraphContext, info: GraphQLResolveInfo): string {
  if (ctx.operation) return ctx.operation;
  let path: GraphQLResolveInfo['path'] | undefined = info.path;
  while (path?.prev) path = path.prev;
  return `${info.operation.operation} ${String(path?.key ?? info.fieldName)}`;
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
  // A conversation its owner deleted is gone for them, though a flag may keep it for supervisors.
  if (session.deletedByOwnerAt) throw notFound('That conversation');
  return { session, userId: person.userId };
}
