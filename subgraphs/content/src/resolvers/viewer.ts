import type { ContentContext } from '../context';
import type { Viewer } from '../access';

/**
 * Who is asking, for entity references and fields that must not throw: a person (API keys
 * need `content:read`), `'service'` for an internal service, or null for anyone else.
 */
export function viewerOf(ctx: ContentContext): Viewer | 'service' | null {
  const p = ctx.principal;
  if (!p) return null;
  if (p.kind === 'service') return 'service';
  if (p.kind === 'apiKey' && !p.scopes.includes('content:read')) return null;
  return { userId: p.userId, role: p.role };
}
