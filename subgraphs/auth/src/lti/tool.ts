import { isUuid, type Db, type Logger } from '@aula/runtime';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IssuedSession, SessionStore } from '../sessions';
import { findUserById } from '../users';
import {
  APP_LAUNCH_PATH,
  CHATBOT_PARAMETER,
  CLAIM,
  DEEP_LINKING_REQUEST,
  DEEP_LINKING_RESPONSE,
  LTI_PATHS,
  RESOURCE_LINK_REQUEST,
} from './claims';
import { LtiError, LtiErrorCode } from './errors';
import { accountOf, courseRoleOf, type CourseRole } from './people';
import { RosterSync, type ApplyRoster } from './roster-sync';
import {
  ltiDeployments,
  ltiLaunches,
  ltiLoginStates,
  ltiPlatforms,
  type DeepLinkingReturn,
} from './tables';
import type { ToolKey } from './tool-key';

type PlatformRow = typeof ltiPlatforms.$inferSelect;
/** A launch collected by the app. */
export type LaunchRow = typeof ltiLaunches.$inferSelect;

/** Options for {@link LtiTool}. */
export interface LtiToolOptions {
  readonly db: Db;
  readonly sessions: SessionStore;
  readonly toolKey: ToolKey;
  readonly applyRoster: ApplyRoster;
  readonly logger: Logger;
  /** `AUTH_PUBLIC_URL`: Aula's public address as platforms know it; else each login's `target_link_uri`'s. */
  readonly toolUrl?: string | undefined;
  /** Longest wait for a platform (JWKS, token, memberships), in ms. */
  readonly timeoutMs: number;
  /** How long a login may take to come back as a launch. @default 600 */
  readonly loginTtlSeconds?: number;
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex');
const LAUNCH_CODE_TTL_MS = 2 * 60_000;
const DEEP_LINKING_TTL_MS = 60 * 60_000;

/** The parameters of an OIDC third-party initiated login (LTI 1.3 §5.1.1). */
export interface LoginInitiation {
  readonly iss?: string | undefined;
  readonly login_hint?: string | undefined;
  readonly target_link_uri?: string | undefined;
  readonly lti_message_hint?: string | undefined;
  readonly client_id?: string | undefined;
  readonly lti_deployment_id?: string | undefined;
}

/** A login initiation's answer: where to send the browser, and the state to bind to it. */
export interface LoginRedirect {
  /** The platform's auth endpoint with the login's parameters. */
  readonly location: string;
  /** The one-time state; the browser must hold it (a cookie) when the launch comes back. */
  readonly state: string;
  /** Whether the launch comes back over HTTPS (the cookie can then be `Secure`). */
  readonly secure: boolean;
  /** How long the login may take, in seconds (the cookie's lifetime). */
  readonly ttlSeconds: number;
}

/**
 * Aula as an LTI 1.3 tool: answers a platform's login initiation, validates the signed launch
 * that follows, signs the person in (the same session as a password sign-in), and answers
 * Deep Linking; {@link RosterSync} keeps the course's class in step with the LMS.
 */
export class LtiTool {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  readonly roster: RosterSync;

  constructor(private readonly options: LtiToolOptions) {
    this.roster = new RosterSync({
      db: options.db,
      toolKey: options.toolKey,
      applyRoster: options.applyRoster,
      timeoutMs: options.timeoutMs,
    });
  }

  /** Where to send the browser for a login initiation: the platform's auth endpoint. */
  async login(params: LoginInitiation): Promise<LoginRedirect> {
    const { iss, login_hint: loginHint, target_link_uri: target } = params;
    if (!iss || !loginHint || !target)
      throw new LtiError(
        LtiErrorCode.LTI_BAD_REQUEST,
        'A login needs iss, login_hint and target_link_uri.',
      );
    const platform = await this.platformFor(iss, params.client_id);
    const origin = this.options.toolUrl ?? originOf(target);
    const redirectUri = `${origin}${LTI_PATHS.launch}`;
    const state = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    const ttlSeconds = this.options.loginTtlSeconds ?? 600;
    await this.options.db.insert(ltiLoginStates).values({
      stateHash: digest(state),
      platformId: platform.id,
      nonce,
      redirectUri,
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    });
    const url = new URL(platform.authLoginUrl);
    const query: Record<string, string | undefined> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: redirectUri,
      login_hint: loginHint,
      lti_message_hint: params.lti_message_hint,
      state,
      nonce,
    };
    for (const [name, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(name, value);
    return {
      location: url.toString(),
      state,
      secure: redirectUri.startsWith('https:'),
      ttlSeconds,
    };
  }

  /**
   * Validates a launch (`id_token` and `state` posted back by the platform; `browserState`, the
   * state this browser's login cookie holds) and returns the app path that collects it. Refuses
   * with an {@link LtiError} saying which check failed.
   */
  async launch(
    idToken: string | undefined,
    state: string | undefined,
    browserState: string | undefined,
  ): Promise<string> {
    if (!idToken || !state)
      throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'A launch needs id_token and state.');
    const login = await this.claimState(state);
    // The state must come back to the browser that started the login: otherwise someone could
    // post their own launch from another browser and sign this one in as them (login CSRF).
    if (browserState !== state)
      throw new LtiError(
        LtiErrorCode.LTI_STATE_COOKIE_MISSING,
        'This browser did not keep the cookie Aula set when the launch began. If your course shows Aula inside the page, open the link in a new window, or allow cookies for Aula, then try again.',
      );
    const [platform] = await this.options.db
      .select()
      .from(ltiPlatforms)
      .where(eq(ltiPlatforms.id, login.platformId));
    if (!platform)
      throw new LtiError(LtiErrorCode.LTI_UNKNOWN_PLATFORM, 'This LMS is no longer registered.');
    const claims = await this.verify(platform, idToken);
    if (claims.nonce !== login.nonce)
      throw new LtiError(
        LtiErrorCode.LTI_NONCE_INVALID,
        'This launch does not belong to the login that started it (nonce).',
      );
    const deploymentId = stringClaim(claims, CLAIM.deploymentId);
    await this.requireDeployment(platform.id, deploymentId);
    const messageType = stringClaim(claims, CLAIM.messageType);
    if (messageType !== RESOURCE_LINK_REQUEST && messageType !== DEEP_LINKING_REQUEST)
      throw new LtiError(
        LtiErrorCode.LTI_UNSUPPORTED_MESSAGE,
        `Aula does not handle ${messageType} messages.`,
      );
    if (claims[CLAIM.version] !== '1.3.0')
      throw new LtiError(LtiErrorCode.LTI_TOKEN_INVALID, 'Only LTI 1.3.0 launches are accepted.');
    if (typeof claims.sub !== 'string' || !claims.sub)
      throw new LtiError(
        LtiErrorCode.LTI_TOKEN_INVALID,
        'Anonymous launches are not supported: the platform must send the person (sub).',
      );
    const roles = Array.isArray(claims[CLAIM.roles]) ? (claims[CLAIM.roles] as unknown[]) : [];
    const role = courseRoleOf(roles.filter((r): r is string => typeof r === 'string'));
    if (!role)
      throw new LtiError(
        LtiErrorCode.LTI_ACCOUNT_REFUSED,
        'Aula opens for the course’s learners and instructors only.',
      );
    if (messageType === DEEP_LINKING_REQUEST && role !== 'INSTRUCTOR')
      throw new LtiError(
        LtiErrorCode.LTI_ACCOUNT_REFUSED,
        'Only instructors choose which chatbot a link opens.',
      );
    const user = await accountOf(this.options.db, platform.id, {
      subject: claims.sub,
      email: typeof claims.email === 'string' ? claims.email : undefined,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      role,
    });
    const classId = await this.joinCourse(platform, deploymentId, claims, user, role);
    const custom = objectClaim(claims, CLAIM.custom);
    const chatbotId =
      typeof custom?.[CHATBOT_PARAMETER] === 'string' ? custom[CHATBOT_PARAMETER] : null;
    const code = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.options.db.insert(ltiLaunches).values({
      codeHash: digest(code),
      platformId: platform.id,
      userId: user.id,
      messageType,
      chatbotId,
      classId,
      deepLinking:
        messageType === DEEP_LINKING_REQUEST
          ? deepLinkingReturn(claims, deploymentId, originOf(login.redirectUri))
          : null,
      codeExpiresAt: new Date(now + LAUNCH_CODE_TTL_MS),
      expiresAt: new Date(now + DEEP_LINKING_TTL_MS),
    });
    return `${APP_LAUNCH_PATH}#code=${code}`;
  }

  /** Trades a launch's one-time code for a session (the app's `completeLtiLaunch`). */
  async complete(code: string): Promise<{ session: IssuedSession; launch: LaunchRow }> {
    const [launch] = await this.options.db
      .update(ltiLaunches)
      .set({ collectedAt: sql`now()` })
      .where(
        and(
          eq(ltiLaunches.codeHash, digest(code)),
          isNull(ltiLaunches.collectedAt),
          gt(ltiLaunches.codeExpiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!launch)
      throw new LtiError(
        LtiErrorCode.LTI_LAUNCH_EXPIRED,
        'This launch has expired or was already used. Open Aula from your course again.',
      );
    const user = await findUserById(this.options.db, launch.userId);
    if (!user || user.status !== 'ACTIVE')
      throw new LtiError(LtiErrorCode.LTI_ACCOUNT_REFUSED, 'This Aula account is suspended.');
    return { session: await this.options.sessions.start(user), launch };
  }

  /**
   * Answers a Deep Linking request with one link that opens `chatbotId`: a signed
   * `LtiDeepLinkingResponse` and where the browser posts it (`JWT` form field).
   */
  async answerDeepLinking(
    launchId: string,
    userId: string,
    item: { chatbotId: string; title: string },
  ): Promise<{ returnUrl: string; jwt: string }> {
    if (!isUuid(launchId))
      throw new LtiError(LtiErrorCode.LTI_LAUNCH_EXPIRED, 'There is no such link request.');
    const [launch] = await this.options.db
      .update(ltiLaunches)
      .set({ answeredAt: sql`now()` })
      .where(
        and(
          eq(ltiLaunches.id, launchId),
          eq(ltiLaunches.userId, userId),
          eq(ltiLaunches.messageType, DEEP_LINKING_REQUEST),
          isNull(ltiLaunches.answeredAt),
          gt(ltiLaunches.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!launch?.deepLinking)
      throw new LtiError(
        LtiErrorCode.LTI_LAUNCH_EXPIRED,
        'This link request has expired or was answered. Add the link from your course again.',
      );
    const [platform] = await this.options.db
      .select()
      .from(ltiPlatforms)
      .where(eq(ltiPlatforms.id, launch.platformId));
    if (!platform)
      throw new LtiError(LtiErrorCode.LTI_UNKNOWN_PLATFORM, 'This LMS is no longer registered.');
    const dl = launch.deepLinking;
    const jwt = await this.options.toolKey.sign(
      {
        iss: platform.clientId,
        aud: platform.issuer,
        nonce: randomUUID(),
        [CLAIM.messageType]: DEEP_LINKING_RESPONSE,
        [CLAIM.version]: '1.3.0',
        [CLAIM.deploymentId]: dl.deploymentId,
        ...(dl.data !== null ? { [CLAIM.deepLinkingData]: dl.data } : {}),
        [CLAIM.deepLinkingContentItems]: [
          {
            type: 'ltiResourceLink',
            title: item.title,
            url: `${this.options.toolUrl ?? dl.toolOrigin}${LTI_PATHS.launch}`,
            custom: { [CHATBOT_PARAMETER]: item.chatbotId },
          },
        ],
      },
      { expiresInSeconds: 300 },
    );
    return { returnUrl: dl.returnUrl, jwt };
  }

  /** Removes expired logins and launches. */
  async prune(): Promise<void> {
    const { db } = this.options;
    await db.delete(ltiLoginStates).where(lt(ltiLoginStates.expiresAt, sql`now()`));
    await db
      .delete(ltiLaunches)
      .where(
        or(
          lt(ltiLaunches.expiresAt, sql`now()`),
          and(isNull(ltiLaunches.collectedAt), lt(ltiLaunches.codeExpiresAt, sql`now()`)),
        ),
      );
  }

  private async platformFor(issuer: string, clientId: string | undefined): Promise<PlatformRow> {
    const rows = await this.options.db
      .select()
      .from(ltiPlatforms)
      .where(
        clientId
          ? and(eq(ltiPlatforms.issuer, issuer), eq(ltiPlatforms.clientId, clientId))
          : eq(ltiPlatforms.issuer, issuer),
      )
      .limit(2);
    if (rows.length === 1) return rows[0]!;
    throw new LtiError(
      LtiErrorCode.LTI_UNKNOWN_PLATFORM,
      rows.length
        ? 'Several registrations share this issuer: the LMS must send client_id with the login.'
        : 'This LMS is not registered with Aula. Ask an administrator to register it.',
    );
  }

  /** Claims the login's state once; a second use is a replay. */
  private async claimState(state: string) {
    const hash = digest(state);
    const [claimed] = await this.options.db
      .update(ltiLoginStates)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(ltiLoginStates.stateHash, hash),
          isNull(ltiLoginStates.usedAt),
          gt(ltiLoginStates.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (claimed) return claimed;
    const [seen] = await this.options.db
      .select({ usedAt: ltiLoginStates.usedAt })
      .from(ltiLoginStates)
      .where(eq(ltiLoginStates.stateHash, hash));
    if (seen?.usedAt)
      throw new LtiError(LtiErrorCode.LTI_LAUNCH_REPLAYED, 'This launch was already used once.');
    throw new LtiError(
      LtiErrorCode.LTI_STATE_INVALID,
      'This launch was not started by Aula, or took too long. Open Aula from your course again.',
    );
  }

  private keySet(platform: PlatformRow) {
    const key = `${platform.id}\n${platform.jwksUrl}`;
    let set = this.keySets.get(key);
    if (!set) {
      set = createRemoteJWKSet(new URL(platform.jwksUrl), {
        timeoutDuration: this.options.timeoutMs,
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      });
      this.keySets.set(key, set);
    }
    return set;
  }

  private async verify(platform: PlatformRow, idToken: string): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySet(platform), {
        issuer: platform.issuer,
        audience: platform.clientId,
        algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
        requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw this.verificationError(platform, error);
    }
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    const azp = (payload as { azp?: unknown }).azp;
    if ((aud.length > 1 || azp !== undefined) && azp !== platform.clientId)
      throw new LtiError(
        LtiErrorCode.LTI_AUDIENCE_INVALID,
        'This launch was issued to another tool (azp).',
      );
    return payload;
  }

  private verificationError(platform: PlatformRow, error: unknown): LtiError {
    if (error instanceof errors.JWTExpired)
      return new LtiError(LtiErrorCode.LTI_TOKEN_EXPIRED, 'This launch has expired. Try again.');
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'aud' || error.claim === 'iss')
        return new LtiError(
          LtiErrorCode.LTI_AUDIENCE_INVALID,
          `This launch was not issued to Aula by this LMS (${error.claim}).`,
        );
      if (error.claim === 'nbf' || error.claim === 'iat')
        return new LtiError(LtiErrorCode.LTI_TOKEN_EXPIRED, 'This launch is not valid yet.');
      return new LtiError(LtiErrorCode.LTI_TOKEN_INVALID, `The launch lacks ${error.claim}.`);
    }
    if (
      error instanceof errors.JWSSignatureVerificationFailed ||
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JWSInvalid ||
      error instanceof errors.JOSEAlgNotAllowed ||
      error instanceof errors.JWTInvalid
    )
      return new LtiError(
        LtiErrorCode.LTI_SIGNATURE_INVALID,
        'The launch’s signature does not match the LMS’s keys.',
      );
    this.options.logger.warn(
      { err: error, platformId: platform.id },
      'LTI: platform keys could not be read',
    );
    return new LtiError(
      LtiErrorCode.LTI_PLATFORM_UNAVAILABLE,
      'The LMS’s signing keys could not be read right now. Try again shortly.',
    );
  }

  private async requireDeployment(platformId: string, deploymentId: string): Promise<void> {
    const [found] = await this.options.db
      .select({ id: ltiDeployments.deploymentId })
      .from(ltiDeployments)
      .where(
        and(
          eq(ltiDeployments.platformId, platformId),
          eq(ltiDeployments.deploymentId, deploymentId),
        ),
      );
    if (!found)
      throw new LtiError(
        LtiErrorCode.LTI_UNKNOWN_DEPLOYMENT,
        'This deployment of Aula is not registered. Ask an administrator to add it.',
      );
  }

  /**
   * Records the course and puts the person in its class: an instructor's first launch creates
   * the class; later launches add the instructor as a supervisor or the learner as a student.
   * A learner launching before any instructor has no class yet (null).
   */
  private async joinCourse(
    platform: PlatformRow,
    deploymentId: string,
    claims: JWTPayload,
    user: { id: string; role: string },
    role: CourseRole,
  ): Promise<string | null> {
    const context = objectClaim(claims, CLAIM.context);
    if (!context || typeof context.id !== 'string') return null;
    const nrps = objectClaim(claims, CLAIM.namesRoleService);
    const membershipsUrl =
      typeof nrps?.context_memberships_url === 'string' ? nrps.context_memberships_url : null;
    const title =
      (typeof context.title === 'string' && context.title) ||
      (typeof context.label === 'string' && context.label) ||
      'Course';
    const course = await this.roster.course(
      platform.id,
      deploymentId,
      context.id,
      title,
      membershipsUrl,
    );
    // Only a student account learns and only a teacher's account teaches here.
    const asStudent = role === 'LEARNER' && user.role === 'STUDENT';
    const asSupervisor = role === 'INSTRUCTOR' && user.role !== 'STUDENT';
    if (!course.classId && !asSupervisor) return null;
    if (!asStudent && !asSupervisor) return course.classId;
    const classId = await this.roster.apply(course, {
      studentIds: asStudent ? [user.id] : [],
      supervisorIds: asSupervisor ? [user.id] : [],
      complete: false,
    });
    if (asSupervisor && membershipsUrl && platform.accessTokenUrl)
      void this.roster
        .sync(course.id)
        .catch((error: unknown) =>
          this.options.logger.warn({ err: error, courseId: course.id }, 'LTI: roster sync failed'),
        );
    return classId;
  }
}

const stringClaim = (claims: JWTPayload, name: string): string => {
  const value = claims[name];
  if (typeof value !== 'string' || !value)
    throw new LtiError(LtiErrorCode.LTI_TOKEN_INVALID, `The launch lacks the ${name} claim.`);
  return value;
};

const objectClaim = (claims: JWTPayload, name: string): Record<string, unknown> | null => {
  const value = claims[name];
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
};

function originOf(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return url.origin;
  } catch {
    throw new LtiError(LtiErrorCode.LTI_BAD_REQUEST, 'target_link_uri must be an http(s) URL.');
  }
}

function deepLinkingReturn(
  claims: JWTPayload,
  deploymentId: string,
  toolOrigin: string,
): DeepLinkingReturn {
  const settings = objectClaim(claims, CLAIM.deepLinkingSettings);
  const returnUrl = settings?.deep_link_return_url;
  if (typeof returnUrl !== 'string')
    throw new LtiError(
      LtiErrorCode.LTI_TOKEN_INVALID,
      'A Deep Linking launch needs deep_link_return_url.',
    );
  originOf(returnUrl);
  return {
    returnUrl,
    data: typeof settings?.data === 'string' ? settings.data : null,
    deploymentId,
    toolOrigin,
  };
}
