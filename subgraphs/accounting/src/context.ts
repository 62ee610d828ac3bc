import type { BaseContext, Db, SupervisionDirectory } from '@aula/runtime';
import type { AccountingConfig } from './config';

/** What accounting's resolvers receive. */
export interface AccountingContext extends BaseContext {
  readonly db: Db;
  readonly config: AccountingConfig;
  /** Whether a supervisor may see a student's credits (asks monitoring; fails closed). */
  readonly supervision: SupervisionDirectory;
  /** Another subgraph's `/graphql` URL by name, resolved at call time. */
  readonly serviceUrl: (name: string) => string;
}

/** A `User` as accounting knows it: only its id. */
export interface UserRef {
  readonly id: string;
}
