/** Claim names of LTI 1.3 and LTI Advantage (IMS Global). */
export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingContentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  namesRoleService: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

/** The message types Aula handles. */
export const RESOURCE_LINK_REQUEST = 'LtiResourceLinkRequest';
export const DEEP_LINKING_REQUEST = 'LtiDeepLinkingRequest';
export const DEEP_LINKING_RESPONSE = 'LtiDeepLinkingResponse';

/** The scope of reading a course's memberships (NRPS 2.0). */
export const NRPS_SCOPE =
  'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
/** The media type of an NRPS membership container. */
export const NRPS_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';

/** The custom parameter a Deep Linking answer puts on the link: the chatbot to open. */
export const CHATBOT_PARAMETER = 'aula_chatbot_id';

/** Paths of the tool's browser and key routes, at auth and (proxied) at the gateway. */
export const LTI_PATHS = {
  prefix: '/lti',
  login: '/lti/login',
  launch: '/lti/launch',
  jwks: '/lti/jwks',
} as const;

/** The app's page that collects a launch (`/lti-launch#code=<code>`). */
export const APP_LAUNCH_PATH = '/lti-launch';
