import { accountingModule } from '@aula/accounting';
import { authModule } from '@aula/auth';
import { chatModule } from '@aula/chat';
import { contentModule } from '@aula/content';
import { monitoringModule } from '@aula/monitoring';
import type { SubgraphModule } from '@aula/runtime';

/** One subgraph in the embedded platform, with its default port. */
export interface EmbeddedSubgraph {
  readonly module: SubgraphModule<never>;
  readonly defaultPort: number;
}

/** The subgraphs the embedded platform boots, in start-up order. */
export const embeddedSubgraphs: readonly EmbeddedSubgraph[] = [
  { module: authModule as SubgraphModule<never>, defaultPort: 4001 },
  { module: accountingModule as SubgraphModule<never>, defaultPort: 4002 },
  { module: chatModule as SubgraphModule<never>, defaultPort: 4003 },
  { module: monitoringModule as SubgraphModule<never>, defaultPort: 4004 },
  { module: contentModule as SubgraphModule<never>, defaultPort: 4005 },
];
