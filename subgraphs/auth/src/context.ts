import type { BaseContext } from '@aula/runtime';
import type { Db } from '@aula/runtime';

/** What auth's resolvers receive. */
export interface AuthSubgraphContext extends BaseContext {
  readonly db: Db;
}
