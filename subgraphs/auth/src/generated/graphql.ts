import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserRow } from '../users';
import { ApiKeyRow } from '../api-keys';
import { IdentityProviderRow } from '../oidc/providers';
import { AuthSubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example 2026-11-29T13:51:00.000Z). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A key an integration uses instead of signing in. Its secret is never shown again after creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the key stops working on its own; null if never. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the key was last used (updated at most once a minute); null if never. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as its creator named it. */
  name: Scalars['String']['output'];
  /** The person the key acts as. */
  owner: User;
  /** The start of the secret (for example `aula_sk_3fa9c2d1`), to recognise the key in lists. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null while it is usable. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do: each `ApiKeyScope` at most once. */
  scopes: Array<ApiKeyScope>;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The API keys on this page. */
  edges: Array<ApiKeyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One key in a page. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Pass as `after` to continue after this key. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/**
 * A short-lived access token the gateway obtained for an API key (service-only). Subgraphs verify
 * it like any access token; its `kid` and `scp` claims carry the key's id and scopes.
 */
export type ApiKeyExchange = {
  __typename?: 'ApiKeyExchange';
  /** The JWT to forward to subgraphs in place of the key. */
  accessToken: Scalars['String']['output'];
  /** When `accessToken` stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The key's id, so the gateway can drop its cache entry when the key is revoked. */
  keyId: Scalars['ID']['output'];
};

/**
 * What an API key may do. A key acts as the person who created it and can never do more than
 * that person's role allows; its scopes narrow that further.
 */
export type ApiKeyScope =
  /** Read chat sessions and messages (`chat:read`). */
  | 'CHAT_READ'
  /**
   * Start conversations and send messages on a student's behalf (`chat:write`): only students the
   * key's owner supervises; each message names the key and its owner and is put on the student's
   * access log.
   */
  | 'CHAT_WRITE'
  /** Read chatbots and course materials (`content:read`). */
  | 'CONTENT_READ'
  /** Read classes, activity and safety flags (`monitoring:read`). */
  | 'MONITORING_READ'
  /** Read credit balances and usage reports (`usage:read`). */
  | 'USAGE_READ'
  /**
   * Charge students' credits for usage outside Aula (`usage:write`): only students the key's owner
   * supervises (any person for admins).
   */
  | 'USAGE_WRITE'
  /** Read users (`users:read`). */
  | 'USERS_READ';

/**
 * A signed-in session. Send `accessToken` as `Authorization: Bearer <accessToken>`; before
 * `expiresAt`, trade `refreshToken` for a new pair with `refreshToken`. Each refresh token works
 * once: using one a second time ends the whole session (it is treated as stolen).
 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived JWT (15 minutes by default) to send with every request. */
  accessToken: Scalars['String']['output'];
  /** When `accessToken` stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** An opaque, single-use token that obtains the next access token. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in person. */
  user: User;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key should stop working; must be in the future. Omit for a key that does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** What the key may do; at least one. */
  scopes: Array<ApiKeyScope>;
};

/** A new identity provider. Aula fetches the issuer's discovery document before saving it. */
export type CreateIdentityProviderInput = {
  /** E-mail domains allowed to sign in (1 to 50). */
  allowedDomains: Array<Scalars['String']['input']>;
  /** The client id from the provider's app registration. */
  clientId: Scalars['String']['input'];
  /** The client secret; stored encrypted and never shown again. Omit for a public client (PKCE only). */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Create accounts at first sign-in (default false: only existing accounts may sign in). */
  createAccounts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Role of accounts created at first sign-in when no mapping matches: STUDENT (default) or SUPERVISOR. */
  defaultRole?: InputMaybe<Role>;
  /** Extra scopes to ask for besides `openid email profile` (such as `groups`); at most 20. */
  extraScopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The issuer URL (https; http only on a loopback address), such as `https://accounts.google.com`. */
  issuer: Scalars['String']['input'];
  /** The button's name (1 to 60 characters). */
  name: Scalars['String']['input'];
  /** Refuse password sign-in for people of `allowedDomains` (default false). */
  passwordSignInDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The claim read for role mapping (such as `groups` or `roles`). */
  roleClaim?: InputMaybe<Scalars['String']['input']>;
  /** Which claim values give which role (at most 100). */
  roleMappings?: InputMaybe<Array<IdentityProviderRoleMappingInput>>;
};

/** A new account, created by an administrator. */
export type CreateUserInput = {
  /** The name shown to other people (1 to 120 characters). */
  displayName: Scalars['String']['input'];
  /** Sign-in address; must not already be used, in any letter case. */
  email: Scalars['String']['input'];
  /** The initial password: 12 to 256 characters. */
  password: Scalars['String']['input'];
  /** What the person may do. Defaults to STUDENT. */
  role?: InputMaybe<Role>;
};

/** A key just created: the only time its secret is shown. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's details. */
  apiKey: ApiKey;
  /** The full secret, beginning `aula_sk_`. Send it as `Authorization: Bearer <secret>` through the gateway. */
  secret: Scalars['String']['output'];
};

/**
 * The code in `extensions.code` of every error of this API, whichever service raised it: one
 * closed set, the same in every subgraph and at the gateway. Clients branch on the code; the
 * message is for people.
 */
export type ErrorCode =
  /** An argument is invalid; `extensions.field` or `extensions.argument` names it when known. */
  | 'BAD_USER_INPUT'
  /** The request conflicts with the current state, such as a duplicate or a change in progress. */
  | 'CONFLICT'
  /** Signed in, but not allowed to do this (role, scope of an API key, or whose data it is). */
  | 'FORBIDDEN'
  /** Not enough credits for this answer; nothing was charged. */
  | 'INSUFFICIENT_CREDITS'
  /** Something failed on the server; nothing about it is shown, but it was logged. */
  | 'INTERNAL_SERVER_ERROR'
  /** The thing named does not exist (or the caller may not know that it does). */
  | 'NOT_FOUND'
  /**
   * Password sign-in is turned off for this e-mail's domain: sign in with the school's identity
   * provider (extension `providers`: the ids and names to offer).
   */
  | 'PASSWORD_SIGN_IN_DISABLED'
  /** The operation is too deep or too costly to run. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests in a short time; wait and retry. */
  | 'RATE_LIMITED'
  /** A service this needs is unavailable; retry later. */
  | 'SERVICE_UNAVAILABLE'
  /** Too many failed sign-in attempts; wait before trying again. */
  | 'TOO_MANY_ATTEMPTS'
  /** Not signed in, or the token has expired or was revoked: sign in again. */
  | 'UNAUTHENTICATED';

/**
 * An OpenID Connect provider people may sign in with (Google Workspace for Education, Microsoft
 * Entra ID or any OpenID provider), as an administrator configured it. Administrators only.
 */
export type IdentityProvider = {
  __typename?: 'IdentityProvider';
  /**
   * E-mail domains (lower case, such as `school.example`) whose people may sign in with this
   * provider (1 to 50). Anyone else is refused, whatever the provider says.
   */
  allowedDomains: Array<Scalars['String']['output']>;
  /** The client id Aula was registered with at the provider. */
  clientId: Scalars['String']['output'];
  /**
   * Whether a first sign-in with a verified e-mail that has no Aula account creates one (with the
   * mapped role). When false, only people who already have an account may sign in.
   */
  createAccounts: Scalars['Boolean']['output'];
  /** When the provider was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The role of an account created at first sign-in when no mapping matches: STUDENT or SUPERVISOR, never ADMIN. */
  defaultRole: Role;
  /** Whether the provider is offered on the sign-in page and accepted. */
  enabled: Scalars['Boolean']['output'];
  /**
   * Whether a client secret is stored. The secret itself is write-only: it is kept encrypted and
   * never returned.
   */
  hasClientSecret: Scalars['Boolean']['output'];
  /** Stable identifier; also the provider's part of the sign-in address `/auth/sso/<id>/start`. */
  id: Scalars['ID']['output'];
  /** The provider's issuer URL, as its discovery document states it. */
  issuer: Scalars['String']['output'];
  /** The name on the sign-in page's button ("Sign in with <name>"). */
  name: Scalars['String']['output'];
  /**
   * Whether people of `allowedDomains` must sign in with this provider: their password sign-in is
   * refused with PASSWORD_SIGN_IN_DISABLED while the provider is enabled.
   */
  passwordSignInDisabled: Scalars['Boolean']['output'];
  /** The redirect URI to register at the provider: `<public address>/auth/sso/callback`. */
  redirectUri: Scalars['String']['output'];
  /**
   * The ID token claim read for role mapping (such as `groups` or `roles`), a string or a list of
   * strings; null maps nobody and everyone gets `defaultRole`.
   */
  roleClaim: Maybe<Scalars['String']['output']>;
  /** Which claim values give which role (at most 100); the highest role any value maps to wins. */
  roleMappings: Array<IdentityProviderRoleMapping>;
  /** The scopes asked for; always includes `openid`, `email` and `profile`, and at most 20 more. */
  scopes: Array<Scalars['String']['output']>;
  /** When the provider was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One claim value and the role it gives. */
export type IdentityProviderRoleMapping = {
  __typename?: 'IdentityProviderRoleMapping';
  /** The role it gives. */
  role: Role;
  /** A value of the role claim (for example a group name or id), compared exactly. */
  value: Scalars['String']['output'];
};

/** One claim value and the role it gives. */
export type IdentityProviderRoleMappingInput = {
  /** The role it gives. */
  role: Role;
  /** A value of the role claim (for example a group name or id), compared exactly; 1 to 200 characters. */
  value: Scalars['String']['input'];
};

/** Why one CSV row created no account. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** BAD_USER_INPUT for an invalid value, CONFLICT when the email is already taken. */
  code: Scalars['String']['output'];
  /** What is wrong with the row, for the person fixing the file. */
  message: Scalars['String']['output'];
};

/** What happened to one data row of an imported CSV. */
export type ImportUserRow = {
  __typename?: 'ImportUserRow';
  /** The email the row gave, as written; null when the row had none. */
  email: Maybe<Scalars['String']['output']>;
  /** Why the row was refused; null when it created an account. */
  error: Maybe<ImportRowError>;
  /**
   * The password generated for this account when the row left the password empty. Shown only
   * in this result; hand it to the person and ask them to change it.
   */
  generatedPassword: Maybe<Scalars['String']['output']>;
  /** The row's line number in the CSV text (the header is line 1). */
  line: Scalars['Int']['output'];
  /** The account created, or null when the row was refused. */
  user: Maybe<User>;
};

/** The outcome of one CSV import. */
export type ImportUsersResult = {
  __typename?: 'ImportUsersResult';
  /** How many rows created an account. */
  createdCount: Scalars['Int']['output'];
  /** How many rows were refused; nothing was created for them. */
  failedCount: Scalars['Int']['output'];
  /** One entry per data row, in file order (an import has at most 1,000 rows). */
  rows: Array<ImportUserRow>;
};

/** A signed Deep Linking response: the browser posts `jwt` as the form field `JWT` to `returnUrl`. */
export type LtiDeepLinkingAnswer = {
  __typename?: 'LtiDeepLinkingAnswer';
  /** The signed LtiDeepLinkingResponse (Aula's tool key, published at /lti/jwks). */
  jwt: Scalars['String']['output'];
  /** The LMS's deep_link_return_url. */
  returnUrl: Scalars['String']['output'];
};

/** A launch from an LMS, collected by the app: the session and what to open. */
export type LtiLaunch = {
  __typename?: 'LtiLaunch';
  /** The chatbot the link opens, set by an instructor through Deep Linking; null for none. */
  chatbotId: Maybe<Scalars['ID']['output']>;
  /** The class of the course the launch came from; null when the course has no class yet. */
  classId: Maybe<Scalars['ID']['output']>;
  /** The launch's id (answer a Deep Linking launch with it). */
  id: Scalars['ID']['output'];
  /** Which kind of launch this was. */
  kind: LtiMessageKind;
  /** The signed-in session, exactly as a password sign-in returns it. */
  session: AuthPayload;
};

/** Which kind of LTI launch signed someone in. */
export type LtiMessageKind =
  /** An instructor is adding a link in the LMS: let them pick a chatbot, then `answerLtiDeepLinking`. */
  | 'DEEP_LINKING'
  /** A learner or instructor opened a link: open `chatbotId` when set. */
  | 'RESOURCE_LINK';

/**
 * An LMS (Canvas, Moodle, Schoology, Blackboard …) registered as an LTI 1.3 platform: Aula is its
 * tool. Its launches sign people in (learners as students, instructors as supervisors, never as
 * administrators) and its course rosters fill Aula classes (see README, Integrations).
 */
export type LtiPlatform = {
  __typename?: 'LtiPlatform';
  /** The platform's OAuth 2 token endpoint, for roster sync (Names and Role Provisioning); null turns sync off. */
  accessTokenUrl: Maybe<Scalars['String']['output']>;
  /** The platform's OIDC authorization endpoint that logins are sent to. */
  authLoginUrl: Scalars['String']['output'];
  /** The client id the platform gave Aula (the id_tokens' audience). */
  clientId: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The deployments of Aula on this platform that may launch (`deployment_id` claims), oldest first; at most 50. */
  deploymentIds: Array<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The platform's issuer (`iss` of its id_tokens). */
  issuer: Scalars['String']['output'];
  /** Where the platform publishes the keys its launches are signed with (a JWKS). */
  jwksUrl: Scalars['String']['output'];
  /** A name for administrators, such as the school's Moodle. */
  name: Scalars['String']['output'];
};

/**
 * Changes to a registered LMS: only the fields given change. Its issuer and client id identify it
 * and cannot change (a new client id is a new registration).
 */
export type LtiPlatformChanges = {
  /** The platform's new OAuth 2 token endpoint; null (or empty) turns roster sync off, absent keeps it. */
  accessTokenUrl?: InputMaybe<Scalars['String']['input']>;
  /** The platform's new OIDC authorization endpoint; null or absent keeps it. */
  authLoginUrl?: InputMaybe<Scalars['String']['input']>;
  /** The platform's new public key set URL; null or absent keeps it. */
  jwksUrl?: InputMaybe<Scalars['String']['input']>;
  /** A new name for administrators; null or absent keeps the name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An LMS to register as an LTI 1.3 platform; the values come from the LMS's tool registration page. */
export type LtiPlatformInput = {
  /** The platform's OAuth 2 token endpoint (needed for roster sync). */
  accessTokenUrl?: InputMaybe<Scalars['String']['input']>;
  /** The platform's OIDC authorization endpoint. */
  authLoginUrl: Scalars['String']['input'];
  /** The client id the platform assigned to Aula. */
  clientId: Scalars['String']['input'];
  /** Deployment ids to accept from the start (at most 50). */
  deploymentIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The platform's issuer, such as https://canvas.instructure.com. */
  issuer: Scalars['String']['input'];
  /** The platform's public key set URL. */
  jwksUrl: Scalars['String']['input'];
  /** A name for administrators. */
  name: Scalars['String']['input'];
};

/** What one roster sync with an LMS did. */
export type LtiRosterSync = {
  __typename?: 'LtiRosterSync';
  /** The class the course's roster fills. */
  classId: Scalars['ID']['output'];
  /** Learners now enrolled. */
  studentCount: Scalars['Int']['output'];
  /** Instructors now supervising. */
  supervisorCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Administrators: accepts launches from one more deployment of Aula on a platform; BAD_USER_INPUT past 50 deployments. */
  addLtiDeployment: LtiPlatform;
  /**
   * Answers a Deep Linking launch with a link that opens a chatbot: returns the signed response for
   * the browser to post back to the LMS. Only the instructor who launched, within an hour, once;
   * otherwise BAD_USER_INPUT (extension `reason`: `LTI_LAUNCH_EXPIRED`). NOT_FOUND when the
   * instructor cannot see the chatbot.
   */
  answerLtiDeepLinking: LtiDeepLinkingAnswer;
  /** Changes the signed-in person's own password and ends their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Trades the one-time code of an LMS launch (`/lti-launch#code=…`, valid two minutes) for a
   * session; anyone holding the code may call it. BAD_USER_INPUT (extension `reason`:
   * `LTI_LAUNCH_EXPIRED`) when the code is unknown, used or expired.
   */
  completeLtiLaunch: LtiLaunch;
  /**
   * Finishes a single sign-on: trades the one-time code the sign-in callback put in the app's
   * address (`/login#sso=<code>`) for a session, exactly like `login`. `browserKey` is the random
   * key whose SHA-256 the app sent when it started (so a code works only in the browser that
   * started). A sign-in the provider or Aula refused gives its error here (UNAUTHENTICATED,
   * FORBIDDEN, SERVICE_UNAVAILABLE, with a message saying why); a used or expired code gives
   * UNAUTHENTICATED.
   */
  completeSingleSignOn: AuthPayload;
  /** Administrators and supervisors: creates an API key that acts as you, limited to its scopes. */
  createApiKey: CreatedApiKey;
  /**
   * Administrators: adds an identity provider. The issuer's discovery document is fetched and
   * checked first: BAD_USER_INPUT (extension `field: "issuer"`) when it cannot be fetched or does
   * not match. At most 20 providers.
   */
  createIdentityProvider: IdentityProvider;
  /** Administrators: creates an account. */
  createUser: User;
  /**
   * Administrators: stops offering and accepting a provider (sign-ins under way fail). Password
   * sign-in comes back for its domains unless another enabled provider turns it off. Accounts
   * and their links stay; enable it again with `updateIdentityProvider`.
   */
  disableIdentityProvider: IdentityProvider;
  /**
   * Administrators: creates accounts from CSV text with the header `email,displayName,role,password`
   * (role and password columns optional; an empty role means STUDENT, an empty password is generated).
   * Valid rows are created even when others are refused; at most 1000 rows.
   */
  importUsers: ImportUsersResult;
  /**
   * Signs in. A wrong email or password gives the same UNAUTHENTICATED error either way; repeated
   * failures for one email or from one address are slowed down and then refused with
   * TOO_MANY_ATTEMPTS (extension `retryAfterSeconds`). When an administrator turned password
   * sign-in off for the e-mail's domain, PASSWORD_SIGN_IN_DISABLED (extension `providers`) comes
   * first, for any e-mail of that domain, whether or not it has an account.
   */
  login: AuthPayload;
  /** Ends the session this refresh token belongs to. Returns false when it matched no active session. */
  logout: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in person; returns how many were ended. */
  logoutEverywhere: Scalars['Int']['output'];
  /** Administrators: lets a suspended account sign in again. */
  reactivateUser: User;
  /**
   * Trades a refresh token for a new access token and refresh token. The old refresh token stops
   * working; presenting it again ends the whole session. Refused for suspended accounts.
   */
  refreshToken: AuthPayload;
  /** Creates a STUDENT account and signs it in, when self-registration is enabled (FORBIDDEN otherwise). */
  register: AuthPayload;
  /**
   * Administrators: registers an LMS as an LTI 1.3 platform. CONFLICT when its issuer and client id
   * are registered already; BAD_USER_INPUT when 20 LMSs are registered already or more than 50
   * deployment ids are given.
   */
  registerLtiPlatform: LtiPlatform;
  /** Administrators: stops accepting launches from a deployment of Aula on a platform. */
  removeLtiDeployment: LtiPlatform;
  /**
   * Administrators: unregisters an LMS. Its launches and roster syncs are refused from then on, and
   * its deployments and the links of its people and courses are removed; the Aula accounts, classes
   * and chats it created stay. Registering it again does not restore those links (people it sent no
   * e-mail for would get new accounts): to fix a URL, use updateLtiPlatform. Returns the platform as
   * it was. NOT_FOUND for an unknown platform.
   */
  removeLtiPlatform: LtiPlatform;
  /** Administrators: sets a new password for someone and ends their sessions. */
  resetUserPassword: PasswordResetResult;
  /**
   * Revokes an API key. Its creator and administrators may do this. Gateways that share auth's
   * event bus (every deployment Aula ships) stop accepting it at once; a gateway that does not
   * stops within its 30-second cache of the key's token.
   */
  revokeApiKey: ApiKey;
  /**
   * Sets the signed-in person's language for Aula's apps (`en`, `es` or `fr`; a region such as
   * `es-MX` is stored as its language), or clears it with null so the apps follow the browser.
   * Refused with BAD_USER_INPUT for a language the apps are not written in.
   */
  setMyLocale: User;
  /** Administrators: changes what a person may do. The last active administrator cannot be demoted. */
  setUserRole: User;
  /**
   * Administrators: blocks an account. Its sessions end (no refresh succeeds) and its API keys stop
   * at once; an access token already issued keeps working until it expires, at most the
   * access-token lifetime (15 minutes by default). Not for your own account or the last active
   * administrator.
   */
  suspendUser: User;
  /**
   * Administrators: reads a course's roster from its LMS (Names and Role Provisioning Services) and
   * makes the linked class match: active learners enrolled, active instructors supervising, everyone
   * else removed. An instructor's launch also starts one. NOT_FOUND when no course is linked to the
   * class; SERVICE_UNAVAILABLE (extension `reason`) when the LMS refuses or cannot be reached.
   */
  syncLtiRoster: LtiRosterSync;
  /** Administrators: changes an identity provider (the issuer is checked again when it changes). */
  updateIdentityProvider: IdentityProvider;
  /**
   * Administrators: changes a registered LMS's name or URLs, for instance after it moved or changed
   * its key set URL. Launches use the new values at once; the people and courses it linked stay
   * linked. NOT_FOUND for an unknown platform; BAD_USER_INPUT (extension `field`) for an empty name
   * or a value that is not an http(s) URL.
   */
  updateLtiPlatform: LtiPlatform;
};


export type MutationAddLtiDeploymentArgs = {
  deploymentId: Scalars['String']['input'];
  platformId: Scalars['ID']['input'];
};


export type MutationAnswerLtiDeepLinkingArgs = {
  chatbotId: Scalars['ID']['input'];
  launchId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteLtiLaunchArgs = {
  code: Scalars['String']['input'];
};


export type MutationCompleteSingleSignOnArgs = {
  browserKey: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateIdentityProviderArgs = {
  input: CreateIdentityProviderInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDisableIdentityProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportUsersArgs = {
  csv: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRegisterLtiPlatformArgs = {
  input: LtiPlatformInput;
};


export type MutationRemoveLtiDeploymentArgs = {
  deploymentId: Scalars['String']['input'];
  platformId: Scalars['ID']['input'];
};


export type MutationRemoveLtiPlatformArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetUserPasswordArgs = {
  newPassword?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMyLocaleArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSuspendUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSyncLtiRosterArgs = {
  classId: Scalars['ID']['input'];
};


export type MutationUpdateIdentityProviderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIdentityProviderInput;
};


export type MutationUpdateLtiPlatformArgs = {
  changes: LtiPlatformChanges;
  id: Scalars['ID']['input'];
};

/**
 * Where a page of a connection ends. Every list of this API that can grow is a Relay
 * connection, `XConnection { edges: [XEdge!]! pageInfo: PageInfo! }` with `XEdge { cursor
 * node }`, read forward with `first` (the page size) and `after` (the `endCursor` of the page
 * before). Cursors are opaque: pass them back unchanged. Money is always `CreditAmount`; every
 * error carries one `ErrorCode` in `extensions.code`.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after`; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Whether items come before this page. Known when paging backwards (`last`/`before`, where a
   * list offers it); false when paging forwards.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page, to pass as `before`; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The result of an administrator resetting someone's password. */
export type PasswordResetResult = {
  __typename?: 'PasswordResetResult';
  /** The password that was generated, when none was given. Shown only here. */
  generatedPassword: Maybe<Scalars['String']['output']>;
  /** The account whose password changed; all of its sessions have ended. */
  user: User;
};

export type Query = {
  __typename?: 'Query';
  /** The API keys the signed-in person created; administrators see everyone's. */
  apiKeys: ApiKeyConnection;
  /**
   * Service-only (the gateway calls auth directly; hidden from the public API): trades an API key
   * secret for a short-lived access token. Refused with UNAUTHENTICATED when the key is unknown,
   * revoked, expired or its owner is suspended.
   */
  exchangeApiKey: ApiKeyExchange;
  /** Administrators: every identity provider (single sign-on), enabled or not, by name; at most 20. */
  identityProviders: Array<IdentityProvider>;
  /** Administrators: the LMSs registered as LTI 1.3 platforms, oldest first; at most 20. */
  ltiPlatforms: Array<LtiPlatform>;
  /** The signed-in person, or null when the request carries no token. */
  me: Maybe<User>;
  /**
   * Services only (every service's token verifier; hidden from the public API): the users whose
   * access tokens were revoked recently enough for an unexpired token to exist, so a verifier that
   * starts, or missed events while the bus was away, catches up.
   */
  recentTokenRevocations: Array<TokenRevocation>;
  /** Anyone, signed in or not: the enabled identity providers to offer on the sign-in page, by name; at most 20. */
  signInProviders: Array<SignInProvider>;
  /** One user by id. Admins may read anyone, supervisors their own students, everyone else only themselves. */
  user: Maybe<User>;
  /** Service only (monitoring): the id of the active account with this e-mail address (any letter case); null when there is none. How a teacher's invitation by e-mail finds the person. */
  userIdByEmail: Maybe<Scalars['ID']['output']>;
  /** Users matching a filter, for administrators (API keys need `USERS_READ`). */
  users: UserConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryExchangeApiKeyArgs = {
  secret: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserIdByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

/** An account a person creates for themselves, when self-registration is enabled. It is always a STUDENT. */
export type RegisterInput = {
  /** The name shown to other people (1 to 120 characters). */
  displayName: Scalars['String']['input'];
  /** Sign-in address; must not already be used, in any letter case. */
  email: Scalars['String']['input'];
  /** The password: 12 to 256 characters. */
  password: Scalars['String']['input'];
};

/** What a person may do in Aula. */
export type Role =
  /** Runs the school's Aula: users, classes, credits, pricing and chatbots. */
  | 'ADMIN'
  /** Chats with the chatbots published to them. */
  | 'STUDENT'
  /** A teacher: builds chatbots and watches over the students of their classes. */
  | 'SUPERVISOR';

/**
 * A way to sign in offered on the sign-in page: an enabled identity provider, by name. Open the
 * `signInPath` (relative to the public address) in the browser to start.
 */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** The provider's id. */
  id: Scalars['ID']['output'];
  /** The name for the button. */
  name: Scalars['String']['output'];
  /**
   * Where the browser goes to start: `/auth/sso/<id>/start`. Add `browser=<base64url SHA-256 of a
   * random key the app keeps>`; the same key completes the sign-in (`completeSingleSignOn`).
   */
  signInPath: Scalars['String']['output'];
};

/** A user's revocation time (service-only): their tokens issued at or before it are refused. */
export type TokenRevocation = {
  __typename?: 'TokenRevocation';
  /** Tokens issued at or before this instant are refused. */
  revokedAt: Scalars['DateTime']['output'];
  /** The user whose older tokens are refused. */
  userId: Scalars['ID']['output'];
};

/**
 * Changes to an identity provider; omitted fields stay as they are. A changed issuer, client id
 * or secret is checked against the issuer's discovery document before saving.
 */
export type UpdateIdentityProviderInput = {
  /** E-mail domains allowed to sign in (1 to 50). */
  allowedDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The client id. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** A new client secret; omit to keep the stored one, or send an empty string to remove it. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Create accounts at first sign-in. */
  createAccounts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Role of accounts created at first sign-in when no mapping matches: STUDENT or SUPERVISOR. */
  defaultRole?: InputMaybe<Role>;
  /** Offer and accept the provider. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Extra scopes besides `openid email profile`; at most 20. */
  extraScopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The issuer URL. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** The button's name (1 to 60 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Refuse password sign-in for people of `allowedDomains`. */
  passwordSignInDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The claim read for role mapping; an empty string removes it. */
  roleClaim?: InputMaybe<Scalars['String']['input']>;
  /** Which claim values give which role (replaces the list; at most 100). */
  roleMappings?: InputMaybe<Array<IdentityProviderRoleMappingInput>>;
};

/**
 * A person who uses Aula: a student, a supervisor (teacher) or an administrator.
 * Owned by the auth subgraph; other subgraphs add fields to it.
 *
 * Personal fields are private: `email`, `status` and `lastLoginAt` are shown to the person
 * themself and to administrators, and `email` also to the person's supervisors. Anyone else who
 * reaches a user (a student looking at their teacher, a note's author, a chatbot's owner) sees
 * `id`, `displayName` and `role`, and `null` in the private fields, without an error, so one
 * response can mix people the caller may and may not see in full.
 */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name shown to other people. */
  displayName: Scalars['String']['output'];
  /**
   * Sign-in address; unique regardless of letter case. Null unless the caller is this person, an
   * administrator or one of this person's supervisors.
   */
  email: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /**
   * When the person last signed in; null if never, and null unless the caller is this person or
   * an administrator.
   */
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * The language this person chose for Aula's apps: a BCP 47 tag among those the apps are written
   * in (`en`, `es`, `fr`). Null when they have not chosen (the apps then follow the browser's
   * language), and null unless the caller is this person or an administrator.
   */
  locale: Maybe<Scalars['String']['output']>;
  /** What this person may do in Aula. */
  role: Role;
  /** Whether the account may sign in. Null unless the caller is this person or an administrator. */
  status: Maybe<UserStatus>;
};

/** A page of users, ordered by email. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users on this page. */
  edges: Array<UserEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many users match the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Pass as `after` to continue after this user. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/**
 * Whether an account may sign in. Suspending an account ends all of its sessions, access tokens,
 * API keys and open subscriptions at once: every service refuses the account's tokens issued
 * before the suspension (auth announces the revocation on the event bus).
 */
export type UserStatus =
  /** The account works normally. */
  | 'ACTIVE'
  /** An administrator has blocked the account: it cannot sign in, refresh, or use its API keys. */
  | 'SUSPENDED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyExchange: ResolverTypeWrapper<ApiKeyExchange>;
  ApiKeyScope: ApiKeyScope;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateIdentityProviderInput: CreateIdentityProviderInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateUserInput: CreateUserInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  IdentityProvider: ResolverTypeWrapper<IdentityProviderRow>;
  IdentityProviderRoleMapping: ResolverTypeWrapper<IdentityProviderRoleMapping>;
  IdentityProviderRoleMappingInput: IdentityProviderRoleMappingInput;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  ImportUserRow: ResolverTypeWrapper<Omit<ImportUserRow, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ImportUsersResult: ResolverTypeWrapper<Omit<ImportUsersResult, 'rows'> & { rows: Array<ResolversTypes['ImportUserRow']> }>;
  LtiDeepLinkingAnswer: ResolverTypeWrapper<LtiDeepLinkingAnswer>;
  LtiLaunch: ResolverTypeWrapper<Omit<LtiLaunch, 'session'> & { session: ResolversTypes['AuthPayload'] }>;
  LtiMessageKind: LtiMessageKind;
  LtiPlatform: ResolverTypeWrapper<LtiPlatform>;
  LtiPlatformChanges: LtiPlatformChanges;
  LtiPlatformInput: LtiPlatformInput;
  LtiRosterSync: ResolverTypeWrapper<LtiRosterSync>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordResetResult: ResolverTypeWrapper<Omit<PasswordResetResult, 'user'> & { user: ResolversTypes['User'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Role: Role;
  SignInProvider: ResolverTypeWrapper<SignInProvider>;
  TokenRevocation: ResolverTypeWrapper<TokenRevocation>;
  UpdateIdentityProviderInput: UpdateIdentityProviderInput;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserStatus: UserStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyExchange: ApiKeyExchange;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateIdentityProviderInput: CreateIdentityProviderInput;
  Boolean: Scalars['Boolean']['output'];
  CreateUserInput: CreateUserInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  DateTime: Scalars['DateTime']['output'];
  IdentityProvider: IdentityProviderRow;
  IdentityProviderRoleMapping: IdentityProviderRoleMapping;
  IdentityProviderRoleMappingInput: IdentityProviderRoleMappingInput;
  ImportRowError: ImportRowError;
  ImportUserRow: Omit<ImportUserRow, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Int: Scalars['Int']['output'];
  ImportUsersResult: Omit<ImportUsersResult, 'rows'> & { rows: Array<ResolversParentTypes['ImportUserRow']> };
  LtiDeepLinkingAnswer: LtiDeepLinkingAnswer;
  LtiLaunch: Omit<LtiLaunch, 'session'> & { session: ResolversParentTypes['AuthPayload'] };
  LtiPlatform: LtiPlatform;
  LtiPlatformChanges: LtiPlatformChanges;
  LtiPlatformInput: LtiPlatformInput;
  LtiRosterSync: LtiRosterSync;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PasswordResetResult: Omit<PasswordResetResult, 'user'> & { user: ResolversParentTypes['User'] };
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  SignInProvider: SignInProvider;
  TokenRevocation: TokenRevocation;
  UpdateIdentityProviderInput: UpdateIdentityProviderInput;
  User: UserRow;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
}>;

export type ApiKeyResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApiKeyExchangeResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ApiKeyExchange'] = ResolversParentTypes['ApiKeyExchange']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IdentityProviderResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['IdentityProvider'] = ResolversParentTypes['IdentityProvider']> = ResolversObject<{
  allowedDomains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createAccounts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasClientSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passwordSignInDisabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  redirectUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleClaim?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleMappings?: Resolver<Array<ResolversTypes['IdentityProviderRoleMapping']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IdentityProviderRoleMappingResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['IdentityProviderRoleMapping'] = ResolversParentTypes['IdentityProviderRoleMapping']> = ResolversObject<{
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportUserRowResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ImportUserRow'] = ResolversParentTypes['ImportUserRow']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  generatedPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ImportUsersResultResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['ImportUsersResult'] = ResolversParentTypes['ImportUsersResult']> = ResolversObject<{
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportUserRow']>, ParentType, ContextType>;
}>;

export type LtiDeepLinkingAnswerResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['LtiDeepLinkingAnswer'] = ResolversParentTypes['LtiDeepLinkingAnswer']> = ResolversObject<{
  jwt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LtiLaunchResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['LtiLaunch'] = ResolversParentTypes['LtiLaunch']> = ResolversObject<{
  chatbotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  classId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LtiMessageKind'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType>;
}>;

export type LtiPlatformResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['LtiPlatform'] = ResolversParentTypes['LtiPlatform']> = ResolversObject<{
  accessTokenUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authLoginUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deploymentIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jwksUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LtiRosterSyncResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['LtiRosterSync'] = ResolversParentTypes['LtiRosterSync']> = ResolversObject<{
  classId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  studentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supervisorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addLtiDeployment?: Resolver<ResolversTypes['LtiPlatform'], ParentType, ContextType, RequireFields<MutationAddLtiDeploymentArgs, 'deploymentId' | 'platformId'>>;
  answerLtiDeepLinking?: Resolver<ResolversTypes['LtiDeepLinkingAnswer'], ParentType, ContextType, RequireFields<MutationAnswerLtiDeepLinkingArgs, 'chatbotId' | 'launchId' | 'title'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  completeLtiLaunch?: Resolver<ResolversTypes['LtiLaunch'], ParentType, ContextType, RequireFields<MutationCompleteLtiLaunchArgs, 'code'>>;
  completeSingleSignOn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteSingleSignOnArgs, 'browserKey' | 'code'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createIdentityProvider?: Resolver<ResolversTypes['IdentityProvider'], ParentType, ContextType, RequireFields<MutationCreateIdentityProviderArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  disableIdentityProvider?: Resolver<ResolversTypes['IdentityProvider'], ParentType, ContextType, RequireFields<MutationDisableIdentityProviderArgs, 'id'>>;
  importUsers?: Resolver<ResolversTypes['ImportUsersResult'], ParentType, ContextType, RequireFields<MutationImportUsersArgs, 'csv'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  logoutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReactivateUserArgs, 'userId'>>;
  refreshToken?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  registerLtiPlatform?: Resolver<ResolversTypes['LtiPlatform'], ParentType, ContextType, RequireFields<MutationRegisterLtiPlatformArgs, 'input'>>;
  removeLtiDeployment?: Resolver<ResolversTypes['LtiPlatform'], ParentType, ContextType, RequireFields<MutationRemoveLtiDeploymentArgs, 'deploymentId' | 'platformId'>>;
  removeLtiPlatform?: Resolver<ResolversTypes['LtiPlatform'], ParentType, ContextType, RequireFields<MutationRemoveLtiPlatformArgs, 'id'>>;
  resetUserPassword?: Resolver<ResolversTypes['PasswordResetResult'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'userId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setMyLocale?: Resolver<ResolversTypes['User'], ParentType, ContextType, Partial<MutationSetMyLocaleArgs>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'role' | 'userId'>>;
  suspendUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSuspendUserArgs, 'userId'>>;
  syncLtiRoster?: Resolver<ResolversTypes['LtiRosterSync'], ParentType, ContextType, RequireFields<MutationSyncLtiRosterArgs, 'classId'>>;
  updateIdentityProvider?: Resolver<ResolversTypes['IdentityProvider'], ParentType, ContextType, RequireFields<MutationUpdateIdentityProviderArgs, 'id' | 'input'>>;
  updateLtiPlatform?: Resolver<ResolversTypes['LtiPlatform'], ParentType, ContextType, RequireFields<MutationUpdateLtiPlatformArgs, 'changes' | 'id'>>;
}>;

export type PageInfoResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PasswordResetResultResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['PasswordResetResult'] = ResolversParentTypes['PasswordResetResult']> = ResolversObject<{
  generatedPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first' | 'includeInactive'>>;
  exchangeApiKey?: Resolver<ResolversTypes['ApiKeyExchange'], ParentType, ContextType, RequireFields<QueryExchangeApiKeyArgs, 'secret'>>;
  identityProviders?: Resolver<Array<ResolversTypes['IdentityProvider']>, ParentType, ContextType>;
  ltiPlatforms?: Resolver<Array<ResolversTypes['LtiPlatform']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  recentTokenRevocations?: Resolver<Array<ResolversTypes['TokenRevocation']>, ParentType, ContextType>;
  signInProviders?: Resolver<Array<ResolversTypes['SignInProvider']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userIdByEmail?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryUserIdByEmailArgs, 'email'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
}>;

export type SignInProviderResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['SignInProvider'] = ResolversParentTypes['SignInProvider']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signInPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TokenRevocationResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['TokenRevocation'] = ResolversParentTypes['TokenRevocation']> = ResolversObject<{
  revokedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['UserStatus']>, ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = AuthSubgraphContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AuthSubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyExchange?: ApiKeyExchangeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IdentityProvider?: IdentityProviderResolvers<ContextType>;
  IdentityProviderRoleMapping?: IdentityProviderRoleMappingResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportUserRow?: ImportUserRowResolvers<ContextType>;
  ImportUsersResult?: ImportUsersResultResolvers<ContextType>;
  LtiDeepLinkingAnswer?: LtiDeepLinkingAnswerResolvers<ContextType>;
  LtiLaunch?: LtiLaunchResolvers<ContextType>;
  LtiPlatform?: LtiPlatformResolvers<ContextType>;
  LtiRosterSync?: LtiRosterSyncResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordResetResult?: PasswordResetResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SignInProvider?: SignInProviderResolvers<ContextType>;
  TokenRevocation?: TokenRevocationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
}>;

