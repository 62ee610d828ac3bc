import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
} from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';
const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

/** A person at the emulated LMS. */
export interface LmsUser {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly role: 'Learner' | 'Instructor';
}

/** A course at the emulated LMS, with its members. */
export interface LmsCourse {
  readonly id: string;
  readonly title: string;
  members: LmsUser[];
}

/** A link an instructor placed in a course (through Deep Linking). */
export interface LmsLink {
  readonly id: string;
  readonly courseId: string;
  readonly title: string;
  readonly url: string;
  readonly custom: Record<string, string>;
}

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** A Deep Linking response the emulator accepted: the tool's JWT and its verified claims. */
export interface DeepLinkingReceipt {
  readonly jwt: string;
  readonly payload: JWTPayload;
}

/**
 * A small LTI 1.3 platform, as Canvas or Moodle is to a tool: its own RSA key and JWKS, an OIDC
 * auth endpoint that answers a tool's login with an auto-posting form carrying a signed
 * id_token, a client-credentials token endpoint that checks the tool's signed assertion against
 * the tool's JWKS, an NRPS memberships endpoint (paged), a Deep Linking return endpoint that
 * checks the tool's signed response, and a course page from which a browser starts a launch
 * (see {@link LtiPlatformEmulator.coursePageUrl}). Launches are chosen by `lti_message_hint`:
 * `link:<linkId>` (a resource link) or `deep:<courseId>` (Deep Linking).
 */
export class LtiPlatformEmulator {
  readonly clientId = 'aula-tool-client';
  readonly deploymentId = 'deployment-1';
  readonly users = new Map<string, LmsUser>();
  readonly courses = new Map<string, LmsCourse>();
  readonly links = new Map<string, LmsLink>();
  /** Changes the next id_token's claims (a fault test). */
  tweakNext: ((claims: JWTPayload) => JWTPayload) | undefined;
  /** Signs the next id_token with this key instead of the published one (same kid). */
  forgeNext: KeyPair | undefined;
  /** When false, the JWKS endpoint answers 503. */
  jwksUp = true;
  /** The id_tokens issued, newest last. */
  readonly issued: string[] = [];
  /** The Deep Linking responses accepted, oldest first. */
  readonly deepLinkingReceipts: DeepLinkingReceipt[] = [];
  /** Service tokens handed out, and roster pages served. */
  readonly tokens = new Set<string>();
  membershipPageSize = 2;

  private server!: Server;
  private keys!: KeyPair;
  private readonly kid = randomUUID();
  private publicJwk!: JWK;
  private toolKeys: ReturnType<typeof createRemoteJWKSet> | undefined;
  url = '';

  /** Starts listening; `toolJwksUrl` is where the tool publishes its key. */
  async start(toolJwksUrl: string): Promise<this> {
    this.keys = await generateKeyPair('RS256');
    this.publicJwk = { ...(await exportJWK(this.keys.publicKey)), kid: this.kid, alg: 'RS256' };
    this.toolKeys = createRemoteJWKSet(new URL(toolJwksUrl));
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get issuer() {
    return this.url;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  addUser(user: LmsUser) {
    this.users.set(user.id, user);
    return user;
  }

  addCourse(course: LmsCourse) {
    this.courses.set(course.id, course);
    return course;
  }

  /**
   * The course both LTI suites launch from, Physics 101: an instructor (`teacher-1`), a learner
   * with an e-mail (`learner-1`) and one without (`learner-2`), all members.
   */
  addPhysicsCourse(): LmsCourse {
    this.addUser({
      id: 'teacher-1',
      name: 'Marie Curie',
      email: `curie-${randomUUID()}@school.example`,
      role: 'Instructor',
    });
    this.addUser({
      id: 'learner-1',
      name: 'Ada Lovelace',
      email: `ada-${randomUUID()}@school.example`,
      role: 'Learner',
    });
    this.addUser({ id: 'learner-2', name: 'Alan Turing', role: 'Learner' });
    return this.addCourse({
      id: 'physics-101',
      title: 'Physics 101',
      members: [...this.users.values()],
    });
  }

  /** What the LMS's tool page shows an administrator to register (Aula's `LtiPlatformInput`). */
  registration(name: string, deploymentIds: string[] = [this.deploymentId]) {
    return {
      name,
      issuer: this.issuer,
      clientId: this.clientId,
      authLoginUrl: `${this.url}/auth`,
      jwksUrl: `${this.url}/jwks`,
      accessTokenUrl: `${this.url}/token`,
      deploymentIds,
    };
  }

  /**
   * The address of a course page as `userId` sees it, with one button that starts a launch of
   * the tool the way an LMS does: a form post of the login initiation to `toolLoginUrl`.
   * `hint` is the launch's `lti_message_hint` (`link:<linkId>` or `deep:<courseId>`).
   */
  coursePageUrl(userId: string, hint: string, toolLoginUrl: string, targetLinkUri: string): string {
    const query = new URLSearchParams({
      user: userId,
      hint,
      login: toolLoginUrl,
      target: targetLinkUri,
    });
    return `${this.url}/course?${query}`;
  }

  private coursePage(url: URL, res: ServerResponse) {
    const q = (name: string) => url.searchParams.get(name) ?? '';
    const [kind, id] = q('hint').split(':');
    const link = kind === 'link' ? this.links.get(id!) : undefined;
    const course = this.courses.get(link?.courseId ?? id!);
    if (!this.users.has(q('user')) || !course) return send(res, 404, 'no such course or user');
    const action = link ? `Open ${link.title}` : 'Add Aula to this course';
    const fields = {
      iss: this.issuer,
      login_hint: q('user'),
      lti_message_hint: q('hint'),
      target_link_uri: q('target'),
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    };
    return page(
      res,
      200,
      course.title,
      `<h1>${escapeHtml(course.title)}</h1>` +
        `<form method="post" action="${escapeHtml(q('login'))}">` +
        Object.entries(fields)
          .map(([n, v]) => `<input type="hidden" name="${n}" value="${escapeHtml(v)}">`)
          .join('') +
        `<button type="submit">${escapeHtml(action)}</button></form>`,
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/course') return this.coursePage(url, res);
    if (url.pathname === '/jwks') {
      if (!this.jwksUp) return send(res, 503, 'down for maintenance');
      return json(res, 200, { keys: [this.publicJwk] });
    }
    if (url.pathname === '/auth') return this.authorize(url, res);
    if (url.pathname === '/token' && req.method === 'POST') return this.token(await form(req), res);
    if (url.pathname.startsWith('/memberships/')) return this.memberships(req, url, res);
    if (url.pathname === '/deep-link-return' && req.method === 'POST')
      return this.deepLinkReturn(await form(req), res);
    return send(res, 404, 'not found');
  }

  /** The OIDC auth endpoint: answers with an auto-submitting form posting the id_token. */
  private async authorize(url: URL, res: ServerResponse) {
    const q = (name: string) => url.searchParams.get(name) ?? '';
    if (
      q('scope') !== 'openid' ||
      q('response_type') !== 'id_token' ||
      q('response_mode') !== 'form_post' ||
      q('prompt') !== 'none' ||
      q('client_id') !== this.clientId ||
      !q('state') ||
      !q('nonce')
    )
      return send(res, 400, 'invalid_request');
    const user = this.users.get(q('login_hint'));
    if (!user) return send(res, 400, 'login_required');
    const [kind, id] = q('lti_message_hint').split(':');
    const base: JWTPayload = {
      iss: this.issuer,
      aud: this.clientId,
      azp: this.clientId,
      sub: user.id,
      nonce: q('nonce'),
      name: user.name,
      ...(user.email ? { email: user.email } : {}),
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}version`]: '1.3.0',
      [`${LTI}roles`]: [`${ROLE}${user.role}`],
    };
    let claims: JWTPayload;
    if (kind === 'link') {
      const link = this.links.get(id!);
      if (!link) return send(res, 400, 'unknown link');
      const course = this.courses.get(link.courseId)!;
      claims = {
        ...base,
        ...this.courseClaims(course),
        [`${LTI}message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}target_link_uri`]: link.url,
        [`${LTI}resource_link`]: { id: link.id, title: link.title },
        [`${LTI}custom`]: link.custom,
      };
    } else if (kind === 'deep') {
      const course = this.courses.get(id!);
      if (!course) return send(res, 400, 'unknown course');
      claims = {
        ...base,
        ...this.courseClaims(course),
        [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
        [`${LTI}target_link_uri`]: q('redirect_uri'),
        'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
          deep_link_return_url: `${this.url}/deep-link-return`,
          accept_types: ['ltiResourceLink'],
          accept_presentation_document_targets: ['iframe', 'window'],
          data: `course=${course.id}`,
        },
      };
    } else return send(res, 400, 'unknown message hint');
    if (this.tweakNext) claims = this.tweakNext(claims);
    this.tweakNext = undefined;
    const key = this.forgeNext?.privateKey ?? this.keys.privateKey;
    this.forgeNext = undefined;
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({ iat: now, exp: now + 300, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .sign(key);
    this.issued.push(idToken);
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><form method="post" action="${q('redirect_uri')}">` +
        `<input type="hidden" name="id_token" value="${idToken}">` +
        `<input type="hidden" name="state" value="${q('state')}">` +
        `</form><script>document.forms[0].submit()</script>`,
    );
  }

  private courseClaims(course: LmsCourse): JWTPayload {
    return {
      [`${LTI}context`]: {
        id: course.id,
        title: course.title,
        type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
      },
      'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
        context_memberships_url: `${this.url}/memberships/${course.id}`,
        service_versions: ['2.0'],
      },
    };
  }

  /** Client credentials with a private_key_jwt assertion checked against the tool's keys. */
  private async token(body: URLSearchParams, res: ServerResponse) {
    if (
      body.get('grant_type') !== 'client_credentials' ||
      body.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    )
      return json(res, 400, { error: 'unsupported_grant_type' });
    try {
      await jwtVerify(body.get('client_assertion') ?? '', this.toolKeys!, {
        issuer: this.clientId,
        subject: this.clientId,
        audience: `${this.url}/token`,
      });
    } catch {
      return json(res, 401, { error: 'invalid_client' });
    }
    if (!(body.get('scope') ?? '').split(' ').includes(NRPS_SCOPE))
      return json(res, 400, { error: 'invalid_scope' });
    const token = randomBytes(24).toString('hex');
    this.tokens.add(token);
    return json(res, 200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: NRPS_SCOPE,
    });
  }

  private memberships(req: IncomingMessage, url: URL, res: ServerResponse) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !this.tokens.has(bearer)) return json(res, 401, { error: 'invalid_token' });
    const course = this.courses.get(url.pathname.slice('/memberships/'.length));
    if (!course) return json(res, 404, { error: 'not_found' });
    const from = Number(url.searchParams.get('from') ?? 0);
    const page = course.members.slice(from, from + this.membershipPageSize);
    if (from + this.membershipPageSize < course.members.length)
      res.setHeader(
        'link',
        `<${this.url}/memberships/${course.id}?from=${from + this.membershipPageSize}>; rel="next"`,
      );
    res.setHeader('content-type', 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json');
    res.statusCode = 200;
    res.end(
      JSON.stringify({
        id: url.toString(),
        context: { id: course.id, title: course.title },
        members: page.map((m) => ({
          status: 'Active',
          user_id: m.id,
          name: m.name,
          ...(m.email ? { email: m.email } : {}),
          roles: [`${ROLE}${m.role}`],
        })),
      }),
    );
  }

  /** Checks the tool's signed LtiDeepLinkingResponse and places its links in the course. */
  private async deepLinkReturn(body: URLSearchParams, res: ServerResponse) {
    let payload: JWTPayload;
    const jwt = body.get('JWT') ?? '';
    try {
      ({ payload } = await jwtVerify(jwt, this.toolKeys!, {
        issuer: this.clientId,
        audience: this.issuer,
      }));
    } catch (error) {
      return send(res, 401, `invalid response: ${String(error)}`);
    }
    if (
      payload[`${LTI}message_type`] !== 'LtiDeepLinkingResponse' ||
      payload[`${LTI}version`] !== '1.3.0' ||
      payload[`${LTI}deployment_id`] !== this.deploymentId
    )
      return send(res, 400, 'not a deep linking response');
    const data = String(payload['https://purl.imsglobal.org/spec/lti-dl/claim/data'] ?? '');
    const courseId = /^course=(.+)$/.exec(data)?.[1];
    const items = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'];
    if (!courseId || !Array.isArray(items)) return send(res, 400, 'missing data or items');
    const placed = items.map(
      (item: { title: string; url: string; custom?: Record<string, string> }) => {
        const link = {
          id: randomUUID(),
          courseId,
          title: item.title,
          url: item.url,
          custom: item.custom ?? {},
        };
        this.links.set(link.id, link);
        return link;
      },
    );
    this.deepLinkingReceipts.push({ jwt, payload });
    return page(
      res,
      200,
      'Link added',
      `<h1>Link added</h1><ul>${placed.map((l) => `<li data-link="${l.id}">${escapeHtml(l.title)}</li>`).join('')}</ul>`,
    );
  }
}

function send(res: ServerResponse, status: number, text: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain');
  res.end(text);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small HTML page, as the LMS shows its own screens. */
function page(res: ServerResponse, status: number, title: string, body: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · LMS</title></head>` +
      `<body><main>${body}</main></body></html>`,
  );
}

async function form(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Reads an auto-posting form (the emulator's, or Aula's) into its action and fields. */
export function readForm(html: string): { action: string; fields: URLSearchParams } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form in: ${html.slice(0, 200)}`);
  const fields = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields.set(m[1]!, m[2]!);
  return { action, fields };
}
