import type {
  BedrockRuntimeClient,
  ContentBlock,
  Message,
  ToolConfiguration,
} from '@aws-sdk/client-bedrock-runtime';
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { RunningEmulator } from './index';
import { startBedrockEmulator } from './index';
import type { CollectedStream } from './testing';
import { collectStream, emulatorClient, eventKinds } from './testing';

const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';

function tool(name: string): NonNullable<ToolConfiguration['tools']>[number] {
  return {
    toolSpec: {
      name,
      description: `The ${name} tool.`,
      inputSchema: { json: { type: 'object' } },
    },
  };
}

const TOOLS: ToolConfiguration = {
  tools: [tool('calculator'), tool('search_course_materials'), tool('lookup')],
};

let emulator: RunningEmulator;
let client: BedrockRuntimeClient;

beforeAll(async () => {
  emulator = await startBedrockEmulator({ tokensPerSecond: 2000, timeToFirstTokenMs: 5 });
  client = emulatorClient(emulator.url);
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

/** The assistant message the stream described, as the chat engine would rebuild it. */
function assistantMessage(result: CollectedStream): Message {
  const content: ContentBlock[] = [];
  const text = result.events
    .filter((event) => event.contentBlockDelta?.contentBlockIndex === 0)
    .map((event) => event.contentBlockDelta?.delta?.text ?? '')
    .join('');
  if (text !== '') content.push({ text });
  const start = result.events.find((event) => event.contentBlockStart)?.contentBlockStart;
  const toolUse = start?.start?.toolUse;
  if (toolUse?.toolUseId && toolUse.name) {
    content.push({
      toolUse: {
        toolUseId: toolUse.toolUseId,
        name: toolUse.name,
        input: JSON.parse(result.toolInput) as never,
      },
    });
  }
  return { role: 'assistant', content };
}

function stopReason(result: CollectedStream): string | undefined {
  return result.events.find((event) => event.messageStop)?.messageStop?.stopReason;
}

describe('tool use', () => {
  it('asks for the calculator, then answers with the tool result it is given', async () => {
    const question: Message = { role: 'user', content: [{ text: 'What is 12 * 7?' }] };
    const first = await collectStream(client, {
      modelId: MODEL,
      messages: [question],
      toolConfig: TOOLS,
    });

    expect(eventKinds(first.events)).toEqual(
      expect.arrayContaining(['contentBlockStart', 'contentBlockDelta', 'contentBlockStop']),
    );
    const start = first.events.find((event) => event.contentBlockStart)?.contentBlockStart;
    expect(start?.contentBlockIndex).toBe(1);
    expect(start?.start?.toolUse?.name).toBe('calculator');
    expect(start?.start?.toolUse?.toolUseId).toMatch(/^tooluse_/);
    expect(JSON.parse(first.toolInput)).toEqual({ expression: '12 * 7' });
    expect(first.text).toMatch(/calculator/);
    expect(stopReason(first)).toBe('tool_use');

    const toolUseId = start?.start?.toolUse?.toolUseId ?? '';
    const second = await collectStream(client, {
      modelId: MODEL,
      messages: [
        question,
        assistantMessage(first),
        { role: 'user', content: [{ toolResult: { toolUseId, content: [{ text: '84' }] } }] },
      ],
      toolConfig: TOOLS,
    });

    expect(second.error).toBeUndefined();
    expect(second.text).toMatch(/The calculator tool returned: "84"/);
    expect(eventKinds(second.events)).not.toContain('contentBlockStart');
    expect(stopReason(second)).toBe('end_turn');
  });

  it('searches the course materials for a question', async () => {
    const result = await collectStream(client, {
      modelId: MODEL,
      messages: [{ role: 'user', content: [{ text: 'How do plants make their food?' }] }],
      toolConfig: TOOLS,
    });

    expect(JSON.parse(result.toolInput)).toEqual({ query: 'How do plants make their food?' });
    expect(stopReason(result)).toBe('tool_use');
  });

  it('calls the tool a directive names, with the input it gives', async () => {
    const result = await collectStream(client, {
      modelId: MODEL,
      messages: [
        {
          role: 'user',
          content: [{ text: 'Define it [[emulator:tool=lookup:{"term":"osmosis"}]]' }],
        },
      ],
      toolConfig: TOOLS,
    });

    const start = result.events.find((event) => event.contentBlockStart)?.contentBlockStart;
    expect(start?.start?.toolUse?.name).toBe('lookup');
    expect(JSON.parse(result.toolInput)).toEqual({ term: 'osmosis' });
  });

  it('asks for a tool several times in one turn when a directive says how often', async () => {
    const response = await client.send(
      new ConverseCommand({
        modelId: MODEL,
        messages: [
          {
            role: 'user',
            content: [
              {
                text: 'Sum it [[emulator:tool=calculator:{"expression":"1+1"}]] [[emulator:tool-calls=3]]',
              },
            ],
          },
        ],
        toolConfig: TOOLS,
      }),
    );

    expect(response.stopReason).toBe('tool_use');
    const uses = (response.output?.message?.content ?? []).flatMap((b) =>
      b.toolUse ? [b.toolUse] : [],
    );
    expect(uses.map((u) => u.name)).toEqual(['calculator', 'calculator', 'calculator']);
    expect(new Set(uses.map((u) => u.toolUseId)).size).toBe(3);
  });

  it('answers in text when the named tool is not offered or no tools are configured', async () => {
    const notOffered = await collectStream(client, {
      modelId: MODEL,
      messages: [
        { role: 'user', content: [{ text: 'Describe the weather [[emulator:tool=weather]]' }] },
      ],
      toolConfig: TOOLS,
    });
    const noTools = await collectStream(client, {
      modelId: MODEL,
      messages: [{ role: 'user', content: [{ text: 'What is 12 * 7?' }] }],
    });

    for (const result of [notOffered, noTools]) {
      expect(eventKinds(result.events)).not.toContain('contentBlockStart');
      expect(result.toolInput).toBe('');
      expect(stopReason(result)).toBe('end_turn');
    }
  });

  it('returns the tool request as a toolUse block from Converse', async () => {
    const response = await client.send(
      new ConverseCommand({
        modelId: MODEL,
        messages: [{ role: 'user', content: [{ text: 'What is 3 + 4?' }] }],
        toolConfig: TOOLS,
      }),
    );

    expect(response.stopReason).toBe('tool_use');
    expect(response.output?.message?.content?.[1]?.toolUse).toMatchObject({
      name: 'calculator',
      input: { expression: '3 + 4' },
    });
  });

  it('cuts a tool request short at maxTokens', async () => {
    const result = await collectStream(client, {
      modelId: MODEL,
      messages: [{ role: 'user', content: [{ text: 'What is 12 * 7?' }] }],
      toolConfig: TOOLS,
      inferenceConfig: { maxTokens: 12 },
    });

    expect(stopReason(result)).toBe('max_tokens');
    expect(result.events.find((event) => event.metadata)?.metadata?.usage?.outputTokens).toBe(12);
  });
});
