import type { CombinedError } from 'urql';

/** One problem to show a person, distilled from whatever failed. */
export interface Problem {
  /** `network` when the server could not be reached or answered badly; `graphql` when it refused. */
  readonly kind: 'network' | 'graphql';
  /** The `extensions.code` the server sent (from Aula's closed set), if any. */
  readonly code?: string;
  /**
   * The server's own words (English, technical) or the network failure's detail; screens show
   * their translated wording by `code` and offer this as details (see ProblemBanner).
   */
  readonly message: string;
  /** Other extension fields (for example `requiredMicroCredits`). */
  readonly extensions: Readonly<Record<string, unknown>>;
}

/** A GraphQL error as it arrives in a response body. */
export interface WireError {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The first problem in a GraphQL response's `errors` list. */
export function problemFromWire(errors: readonly WireError[]): Problem {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return { kind: 'graphql', code, message: first?.message ?? '', extensions };
}

/** Network trouble; `detail` is what failed, shown on demand next to the translated wording. */
export function networkProblem(detail?: string): Problem {
  return { kind: 'network', message: detail ?? '', extensions: {} };
}

/** Turns urql's CombinedError into the first problem worth showing. */
export function problemFromCombined(error: CombinedError): Problem {
  if (error.graphQLErrors.length > 0) {
    return problemFromWire(
      error.graphQLErrors.map((e) => ({ message: e.message, extensions: e.extensions })),
    );
  }
  const status = (error.response as { status?: number } | undefined)?.status;
  return networkProblem(status ? `HTTP ${status}` : error.networkError?.message);
}

/** Whether the problem means the signed-in session is no longer valid. */
export function isUnauthenticated(problem: Problem): boolean {
  return problem.code === 'UNAUTHENTICATED';
}

/**
 * A failed save's problem, and the server's own message for one input field when the problem
 * names it (`extensions.field`, as Aula's BAD_USER_INPUT errors do), for a form to show under
 * that field.
 */
export function problemWithFields(error: CombinedError | undefined): {
  problem: Problem | null;
  fieldError(field: string): string | undefined;
} {
  const problem = error ? problemFromCombined(error) : null;
  return {
    problem,
    fieldError: (field) => (problem?.extensions.field === field ? problem.message : undefined),
  };
}
