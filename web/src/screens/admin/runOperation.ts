import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import { graphqlWsUrl, postOperation } from '../../lib/http';

/** What one playground run reports: each result (one for HTTP, many for a subscription). */
export interface RunHandlers {
  onResult(result: unknown): void;
  onDone(): void;
}

/**
 * Runs the editor's operation with the signed-in token: queries and mutations over HTTP,
 * subscriptions over graphql-ws (each event appended). Returns a function that stops it.
 */
export function runOperation(
  query: string,
  variablesText: string,
  token: string,
  handlers: RunHandlers,
): () => void {
  let variables: Record<string, unknown> | undefined;
  let isSubscription = false;
  try {
    variables = variablesText.trim()
      ? (JSON.parse(variablesText) as Record<string, unknown>)
      : undefined;
    isSubscription = getOperationAST(parse(query))?.operation === 'subscription';
  } catch (error) {
    // Show syntax mistakes locally, as the server would, without a round trip.
    handlers.onResult({ errors: [{ message: (error as Error).message }] });
    handlers.onDone();
    return () => undefined;
  }

  if (!isSubscription) {
    let cancelled = false;
    void postOperation(query, variables, token).then((raw) => {
      if (cancelled) return;
      handlers.onResult(raw.ok ? raw.body : { errors: [{ message: raw.problem.message }] });
      handlers.onDone();
    });
    return () => {
      cancelled = true;
    };
  }

  const ws = createClient({
    url: graphqlWsUrl(),
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const stop = ws.subscribe(
    { query, variables },
    {
      next: (value) => handlers.onResult(value),
      error: (error) => {
        const message =
          error instanceof Error
            ? error.message
            : Array.isArray(error)
              ? (error as Array<{ message: string }>).map((e) => e.message).join('; ')
              : `connection closed (${(error as CloseEvent).code ?? 'unknown'} ${(error as CloseEvent).reason ?? ''})`;
        handlers.onResult({ errors: [{ message }] });
        handlers.onDone();
        void ws.dispose();
      },
      complete: () => {
        handlers.onDone();
        void ws.dispose();
      },
    },
  );
  return () => {
    stop();
    void ws.dispose();
    handlers.onDone();
  };
}
