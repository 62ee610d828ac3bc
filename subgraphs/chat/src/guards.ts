import { forbidden, isUuid, notFound, requireScope, requireScopeOrService } from '@aula/runtime';
import type { ChatSubgraphContext } from './context';
import type { ReadGrant } from './access';
import type { GraphQLResolveInfo } from 'graphql';
import { activeSince, findSession, type SessionRow } from './sessions';
import type { Sender } from './messages';
import type { SendTarget } from './send-targets';

/** API-key scope for reading conversations; services read them too. */
export const CHAT_READ = 'chat:read';

/**
 * A conversation the caller may read, with the grant that allows it. Its owner no longer sees
 * one they deleted (kept only while a flag holds it); a supervisor sees only conversations
 * with messages from while their tie has existed.
 */
export async function readableSession(
  ctx: ChatSubgraphContext,
  id: string,
): Promise<{ session: SessionRow; grant: ReadGrant }> {
  const principal = requireScopeOrService(ctx, CHAT_READ);
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

/**
 * The mark of messages an integration writes for `studentId`: only an API key with
 * `chat:write` whose owner supervises the student now (a tie); FORBIDDEN for anyone else,
 * admins' keys included. Put each write on record with {@link recordWrite} before sending.
 */
export async function onBehalfOf(ctx: ChatSubgraphContext, studentId: string): Promise<Sender> {
  const person = requireScope(ctx, 'chat:write');
  if (person.kind !== 'apiKey')
    throw forbidden(
      "Only an integration's API key with the chat:write scope may write on a student's behalf.",
    );
  if (!isUuid(studentId) || (await ctx.access.grant(ctx.principal, studentId)) !== 'supervisor')
    throw forbidden("This API key may write only for students of its owner's classes.");
  return { authorId: person.userId, apiKeyId: person.keyId };
}

/**
 * Puts an integration's write in a student's conversation on their access log (kind WROTE,
 * once per key owner, conversation and minute) and waits for it: nothing is sent on a
 * student's behalf that is not on record.
 */
export async function recordWrite(
  ctx: ChatSubgraphContext,
  session: SessionRow,
  info: GraphQLResolveInfo,
): Promise<void> {
  await ctx.access.recordRead(ctx.principal, {
    ownerId: session.ownerId,
    sessionId: session.id,
    kind: 'WROTE',
    operation: operationOf(ctx, info),
  });
}

/**
 * A conversation the caller may send messages in: their own, or (an API key with `chat:write`,
 * see {@link onBehalfOf}) one of a student of the key owner's classes, the write recorded.
 * Its owner's next messages skip reading it ({@link SendTargets}): storing the message checks
 * that it still exists.
 */
export async function sendableSession(
  ctx: ChatSubgraphContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<{ session: SendTarget; sentBy?: Sender }> {
  const person = requireScope(ctx, 'chat:write');
  const known = ctx.sendTargets.get(id);
  if (known?.ownerId === person.userId) return { session: known };
  const session = await findSession(ctx.db, id);
  if (!session || session.deletedByOwnerAt) throw notFound('That conversation');
  if (session.ownerId === person.userId) {
    ctx.sendTargets.remember(session);
    return { session };
  }
  if (person.kind !== 'apiKey')
    throw forbidden('Only the person who started this conversation can send messages in it.');
  const sentBy = await onBehalfOf(ctx, session.ownerId);
  await recordWrite(ctx, session, info);
  return { session, sentBy };
}
