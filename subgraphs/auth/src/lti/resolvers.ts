import {
  appError,
  ErrorCode,
  isUuid,
  notFound,
  requireRole,
  requireSession,
  type ErrorCode as Code,
} from '@aula/runtime';
import type { AuthSubgraphContext } from '../context';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql';
import { DEEP_LINKING_REQUEST } from './claims';
import { LtiError, LtiErrorCode } from './errors';

/** LTI platforms are managed by administrators signed in as themselves, never by API keys. */
function adminSession(ctx: AuthSubgraphContext) {
  requireSession(ctx);
  return requireRole(ctx, 'ADMIN');
}

const GRAPHQL_CODE: Partial<Record<LtiErrorCode, Code>> = {
  LTI_ACCOUNT_REFUSED: ErrorCode.FORBIDDEN,
  LTI_PLATFORM_UNAVAILABLE: ErrorCode.SERVICE_UNAVAILABLE,
  LTI_UNKNOWN_PLATFORM: ErrorCode.NOT_FOUND,
};

/**
 * Runs `work`, turning an LTI refusal into a coded GraphQL error whose `reason` names the LTI
 * code (an expired or used launch is BAD_USER_INPUT: the code or launch id passed is no good).
 */
async function coded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LtiError)
      throw appError(GRAPHQL_CODE[error.code] ?? ErrorCode.BAD_USER_INPUT, error.message, {
        reason: error.code,
      });
    throw error;
  }
}

/** The LTI tool's root reads. */
export const ltiQuery: Pick<QueryResolvers, 'ltiPlatforms'> = {
  ltiPlatforms: async (_p, _args, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.list();
  },
};

/** The LTI tool's mutations. */
export const ltiMutation: Pick<
  MutationResolvers,
  | 'registerLtiPlatform'
  | 'updateLtiPlatform'
  | 'removeLtiPlatform'
  | 'addLtiDeployment'
  | 'removeLtiDeployment'
  | 'completeLtiLaunch'
  | 'answerLtiDeepLinking'
  | 'syncLtiRoster'
> = {
  registerLtiPlatform: async (_p, { input }, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.register(input);
  },
  updateLtiPlatform: async (_p, { id, changes }, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.update(id, changes);
  },
  removeLtiPlatform: async (_p, { id }, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.remove(id);
  },
  addLtiDeployment: async (_p, { platformId, deploymentId }, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.addDeployment(platformId, deploymentId);
  },
  removeLtiDeployment: async (_p, { platformId, deploymentId }, ctx) => {
    adminSession(ctx);
    return ctx.auth.lti.platforms.removeDeployment(platformId, deploymentId);
  },
  // Public: whoever holds the launch's one-time code (the browser the LMS sent) is signed in.
  completeLtiLaunch: async (_p, { code }, ctx) =>
    coded(async () => {
      const { session, launch } = await ctx.auth.lti.tool.complete(code);
      ctx.signedInNow.add(session.user.id);
      return {
        id: launch.id,
        session,
        kind: launch.messageType === DEEP_LINKING_REQUEST ? 'DEEP_LINKING' : 'RESOURCE_LINK',
        chatbotId: launch.chatbotId,
        classId: launch.classId,
      };
    }),
  answerLtiDeepLinking: async (_p, { launchId, chatbotId, title }, ctx) => {
    const session = requireSession(ctx);
    const trimmed = title.trim();
    if (!trimmed || trimmed.length > 200)
      throw appError(ErrorCode.BAD_USER_INPUT, 'The title must be 1 to 200 characters.', {
        argument: 'title',
      });
    // A link opens only a chatbot the instructor can see themselves.
    if (!isUuid(chatbotId) || !(await ctx.auth.lti.canLink(ctx.authorization, chatbotId)))
      throw notFound('That chatbot');
    return coded(() =>
      ctx.auth.lti.tool.answerDeepLinking(launchId, session.userId, { chatbotId, title: trimmed }),
    );
  },
  syncLtiRoster: async (_p, { classId }, ctx) => {
    adminSession(ctx);
    return coded(async () => {
      const course = isUuid(classId) ? await ctx.auth.lti.tool.roster.courseOfClass(classId) : null;
      if (!course) throw notFound('A course linked to that class');
      return ctx.auth.lti.tool.roster.sync(course.id);
    });
  },
};
