import { randomUUID } from 'node:crypto';
import { startChatHarness, type ChatHarness, type TestUser } from '../chat/harness';

/** Booting the whole platform takes a while on a busy machine; it happens once per file. */
export const BOOT_TIMEOUT_MS = 180_000;

/** A person, a school's class and its chatbot: what every integration test starts from. */
export interface IntegrationFixture extends ChatHarness {
  /** A class an admin creates with these supervisors and students enrolled; returns its id. */
  classOf(supervisors: TestUser[], students: TestUser[]): Promise<string>;
  /** A chatbot an admin creates and publishes to everyone; returns its id. */
  chatbot(overrides?: Record<string, unknown>): Promise<string>;
  /** An API key `owner` creates with these scopes (`CHAT_WRITE` …); acts as them. */
  apiKey(owner: TestUser, scopes: string[]): Promise<TestUser>;
  /** The error codes of an operation, empty when it succeeded. */
  codes(who: TestUser, query: string, variables?: Record<string, unknown>): Promise<unknown[]>;
}

/** Starts the whole platform with helpers for classes, chatbots and API keys. */
export async function startIntegrationFixture(
  env: Record<string, string> = {},
): Promise<IntegrationFixture> {
  const h = await startChatHarness(env);
  return {
    ...h,
    async classOf(supervisors, students) {
      const { createClass } = await h.run<{ createClass: { id: string } }>(
        h.admin,
        'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
        {
          i: {
            name: `Integrations ${randomUUID().slice(0, 8)}`,
            supervisorIds: supervisors.map((p) => p.id),
            studentIds: students.map((p) => p.id),
          },
        },
      );
      return createClass.id;
    },
    async chatbot(overrides = {}) {
      const { createChatbot } = await h.run<{ createChatbot: { id: string } }>(
        h.admin,
        'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
        {
          i: {
            name: 'Physics helper',
            systemPrompt: 'You help students with physics. Ask guiding questions.',
            modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
            maxOutputTokens: 600,
            ...overrides,
          },
        },
      );
      await h.run(
        h.admin,
        'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { id } }',
        { id: createChatbot.id },
      );
      return createChatbot.id;
    },
    async apiKey(owner, scopes) {
      const { createApiKey } = await h.run<{ createApiKey: { secret: string } }>(
        owner,
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
        { i: { name: `integration ${scopes.join(' ')}`, scopes } },
      );
      return { id: owner.id, token: createApiKey.secret };
    },
    async codes(who, query, variables = {}) {
      const result = await h.raw(who, query, variables);
      return (result.errors ?? []).map((e) => e.extensions?.code);
    },
  };
}
