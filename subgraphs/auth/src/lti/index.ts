import type { Db, Logger } from '@aula/runtime';
import type { SessionStore } from '../sessions';
import { PlatformRegistry } from './platforms';
import { ltiRoutes } from './routes';
import type { ApplyRoster } from './roster-sync';
import { LtiTool } from './tool';
import { createToolKey } from './tool-key';

export { LtiError, LtiErrorCode } from './errors';
export { ltiMutation, ltiQuery } from './resolvers';

/** What resolvers reach of the LTI tool. */
export interface LtiServices {
  readonly platforms: PlatformRegistry;
  readonly tool: LtiTool;
  /** Whether the person with this `Authorization` can see the chatbot (content decides). */
  readonly canLink: (authorization: string | undefined, chatbotId: string) => Promise<boolean>;
}

/** Options for {@link createLti}. */
export interface LtiOptions {
  readonly db: Db;
  readonly sessions: SessionStore;
  readonly applyRoster: ApplyRoster;
  readonly canLink: LtiServices['canLink'];
  readonly logger: Logger;
  readonly toolUrl?: string | undefined;
  readonly timeoutSeconds: number;
}

/** Builds Aula's LTI 1.3 tool: its services, browser routes and housekeeping. */
export function createLti(options: LtiOptions) {
  const toolKey = createToolKey(options.db);
  const tool = new LtiTool({
    db: options.db,
    sessions: options.sessions,
    toolKey,
    applyRoster: options.applyRoster,
    logger: options.logger,
    toolUrl: options.toolUrl,
    timeoutMs: options.timeoutSeconds * 1000,
  });
  const services: LtiServices = {
    platforms: new PlatformRegistry(options.db),
    tool,
    canLink: options.canLink,
  };
  return {
    services,
    routes: ltiRoutes({ tool, toolKey, logger: options.logger }),
    prune: () => tool.prune(),
  };
}
