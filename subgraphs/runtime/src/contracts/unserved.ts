import type { ServiceOperation } from './operations';

/**
 * Operations a caller already sends whose owner does not serve them yet, so codegen cannot
 * validate them against the owner's schema. Each is typed by hand here, once; move it to
 * `operations/<owner>.graphql` in the change that makes the owner serve it (and delete it
 * here), which puts it under codegen's check like every other operation.
 */
export const unservedOperations = {} as const satisfies Record<
  string,
  ServiceOperation<unknown, never>
>;
