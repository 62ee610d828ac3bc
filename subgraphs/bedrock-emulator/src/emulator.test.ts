import type { BedrockRuntimeClient, Message } from '@aws-sdk/client-bedrock-runtime';
import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RunningEmulator } from './index';
import { startBedrockEmulator } from './index';
import { collectStream, emulatorClient, eventKinds } from './testing';

const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';

let emulator: RunningEmulator;
let http2Client: BedrockRuntimeClient;
let http1Client: BedrockRuntimeClient;

beforeAll(async () => {
  // Fast pacing keeps the suite quick; pacing itself is the bench's concern.
  emulator = await startBedrockEmulator({ tokensPerSecond: 2000, timeToFirstTokenMs: 5 });
  http2Client = emulatorClient(emulator.url);
  http1Client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() });
});

afterAll(async () => {
  http2Client.destroy();
  http1Client.destroy();
  await emulator.stop();
});

function userSays(text: string): Message[] {
  return [{ role: 'user', content: [{ text }] }];
}

/** Polls until the emulator has no request in progress; fails the test if it never gets there. */
async function untilIdle(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (emulator.activeRequests === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`emulator still has ${emulator.activeRequests} active requests`);
}

/** How a read loop finished: 'ended' or the error it threw, as `name: message`. */
function settle(reading: Promise<void>): Promise<string> {
  return reading.then(
    () => 'ended',
    (error: Error) => `${error.name}: ${error.message}`,
  );
}

describe('ConverseStream over the SDK default (HTTP/2) handler', () => {
  it('streams a text answer about the prompt, then stop reason and usage', async () => {
    const prompt = 'Explain photosynthesis and chlorophyll in plants';
    const result = await collectStream(http2Client, {
      modelId: MODEL,
      system: [{ text: 'You are a patient tutor.' }],
      messages: userSays(prompt),
    });

    expect(result.error).toBeUndefined();
    const kinds = eventKinds(result.events);
    expect(kinds[0]).toBe('messageStart');
    expect(kinds.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    const deltas = kinds.filter((kind) => kind === 'contentBlockDelta');
    expect(deltas).toHaveLength(60);
    expect(result.text).toMatch(/photosynthesis/);
    expect(result.text).toMatch(/chlorophyll/);
    expect(result.text).toMatch(/^You asked about .*\.$/s);

    const stop = result.events.find((event) => event.messageStop)?.messageStop;
    expect(stop?.stopReason).toBe('end_turn');
    const metadata = result.events.find((event) => event.metadata)?.metadata;
    expect(metadata?.usage?.outputTokens).toBe(60);
    expect(metadata?.usage?.inputTokens).toBeGreaterThan(0);
    expect(metadata?.usage?.totalTokens).toBe(
      (metadata?.usage?.inputTokens ?? 0) + (metadata?.usage?.outputTokens ?? 0),
    );
    expect(typeof metadata?.metrics?.latencyMs).toBe('number');
  });

  it('stops at inferenceConfig.maxTokens with stop reason max_tokens', async () => {
    const result = await collectStream(http2Client, {
      modelId: MODEL,
      messages: userSays('Describe the water cycle'),
      inferenceConfig: { maxTokens: 7 },
    });

    expect(eventKinds(result.events).filter((kind) => kind === 'contentBlockDelta')).toHaveLength(
      7,
    );
    expect(result.events.find((event) => event.messageStop)?.messageStop?.stopReason).toBe(
      'max_tokens',
    );
    expect(result.events.find((event) => event.metadata)?.metadata?.usage?.outputTokens).toBe(7);
  });

  it('honours a length directive and keeps directives out of the answer', async () => {
    const result = await collectStream(http2Client, {
      modelId: MODEL,
      messages: userSays('Tell me about volcanoes [[emulator:length=12]] [[emulator:rate=5000]]'),
    });

    expect(result.events.find((event) => event.metadata)?.metadata?.usage?.outputTokens).toBe(12);
    expect(result.text).toMatch(/volcanoes/);
    expect(result.text).not.toMatch(/emulator|\[\[/);
  });

  it('answers the same conversation with the same text and usage, and another one differently', async () => {
    const input = { modelId: MODEL, messages: userSays('Why is the sky blue at noon?') };
    const first = await collectStream(http2Client, input);
    const second = await collectStream(http2Client, input);
    const other = await collectStream(http2Client, {
      modelId: MODEL,
      messages: userSays('How do glaciers carve valleys?'),
    });
    const usage = (r: typeof first) => r.events.find((event) => event.metadata)?.metadata?.usage;

    expect(second.text).toBe(first.text);
    expect(usage(second)?.inputTokens).toBe(usage(first)?.inputTokens);
    expect(other.text).not.toBe(first.text);
  });

  it('raises the stream exception after N output tokens with fail-at', async () => {
    const result = await collectStream(http2Client, {
      modelId: MODEL,
      messages: userSays('Summarise the French revolution [[emulator:fail-at=4]]'),
    });

    expect(eventKinds(result.events)).toEqual([
      'messageStart',
      'contentBlockDelta',
      'contentBlockDelta',
      'contentBlockDelta',
      'contentBlockDelta',
    ]);
    expect(result.error?.name).toBe('ModelStreamErrorException');
    expect(result.error?.message).toMatch(/after 4 output tokens/);
  });

  it('raises the exception type chosen with fail-with', async () => {
    const result = await collectStream(http2Client, {
      modelId: MODEL,
      messages: userSays(
        'Hello [[emulator:fail-at=0]] [[emulator:fail-with=internalServerException]]',
      ),
    });

    expect(eventKinds(result.events)).toEqual(['messageStart']);
    expect(result.error?.name).toBe('InternalServerException');
  });

  it('refuses with ThrottlingException before any stream starts', async () => {
    const before = emulator.requests;
    const call = http2Client.send(
      new ConverseStreamCommand({ modelId: MODEL, messages: userSays('Hi [[emulator:throttle]]') }),
    );

    await expect(call).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(emulator.requests).toBe(before + 1);
  });

  it('refuses an invalid conversation with ValidationException', async () => {
    const call = http2Client.send(
      new ConverseStreamCommand({
        modelId: MODEL,
        messages: [{ role: 'assistant', content: [{ text: 'I speak first' }] }],
      }),
    );

    await expect(call).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(/start with a user message/),
    });
  });

  it('ends a hanging stream when the client aborts, and stops working on it', async () => {
    const controller = new AbortController();
    const output = await http2Client.send(
      new ConverseStreamCommand({ modelId: MODEL, messages: userSays('Wait [[emulator:hang]]') }),
      { abortSignal: controller.signal },
    );
    const seen: string[] = [];
    const reading = (async () => {
      for await (const event of output.stream ?? []) {
        seen.push(...eventKinds([event]));
        if (event.messageStart) controller.abort();
      }
    })();

    // Over HTTP/2 the SDK ends the loop quietly on abort: callers must check the signal.
    expect(await settle(reading)).toBe('ended');
    expect(seen).toEqual(['messageStart']);
    await untilIdle();
  });

  it('stops generating when the client aborts mid-stream', async () => {
    const controller = new AbortController();
    const output = await http2Client.send(
      new ConverseStreamCommand({
        modelId: MODEL,
        messages: userSays('Count the stars [[emulator:length=500]] [[emulator:rate=50]]'),
      }),
      { abortSignal: controller.signal },
    );
    let deltas = 0;
    const reading = (async () => {
      for await (const event of output.stream ?? []) {
        if (event.contentBlockDelta) deltas += 1;
        if (deltas === 2) controller.abort();
      }
    })();

    expect(await settle(reading)).toBe('ended');
    expect(deltas).toBeLessThan(500);
    await untilIdle();
  });
});

describe('HTTP/1.1 (NodeHttpHandler)', () => {
  it('streams the same answer as HTTP/2', async () => {
    const input = { modelId: MODEL, messages: userSays('What makes bridges stable?') };
    const overHttp1 = await collectStream(http1Client, input);
    const overHttp2 = await collectStream(http2Client, input);

    expect(overHttp1.error).toBeUndefined();
    expect(overHttp1.text).toBe(overHttp2.text);
    expect(eventKinds(overHttp1.events)).toEqual(eventKinds(overHttp2.events));
  });

  it('maps throttling and stream exceptions the same way', async () => {
    await expect(
      http1Client.send(
        new ConverseStreamCommand({ modelId: MODEL, messages: userSays('[[emulator:throttle]]') }),
      ),
    ).rejects.toMatchObject({ name: 'ThrottlingException' });
    const failed = await collectStream(http1Client, {
      modelId: MODEL,
      messages: userSays('Go [[emulator:fail-at=2]]'),
    });
    expect(failed.error?.name).toBe('ModelStreamErrorException');
  });

  it('ends a hanging stream when the client aborts', async () => {
    const controller = new AbortController();
    const output = await http1Client.send(
      new ConverseStreamCommand({ modelId: MODEL, messages: userSays('Wait [[emulator:hang]]') }),
      { abortSignal: controller.signal },
    );
    const reading = (async () => {
      for await (const event of output.stream ?? []) {
        if (event.messageStart) controller.abort();
      }
    })();

    // Unlike HTTP/2, the HTTP/1.1 handler surfaces the abort as an error from the loop.
    expect(await settle(reading)).toBe('Error: aborted');
    await untilIdle();
  });
});

describe('Converse (non-streaming)', () => {
  it('returns the streamed answer as one message with the same usage', async () => {
    const input = { modelId: MODEL, messages: userSays('Explain gravity to a child') };
    const streamed = await collectStream(http2Client, input);
    const response = await http2Client.send(new ConverseCommand(input));

    expect(response.output?.message?.content?.[0]?.text).toBe(streamed.text);
    expect(response.stopReason).toBe('end_turn');
    expect(response.usage).toEqual(
      streamed.events.find((event) => event.metadata)?.metadata?.usage,
    );
  });

  it('counts the system prompt and every earlier turn into the input tokens', async () => {
    const inputTokens = async (input: { system?: { text: string }[]; messages: Message[] }) =>
      (await http2Client.send(new ConverseCommand({ modelId: MODEL, ...input }))).usage
        ?.inputTokens ?? 0;
    const question = userSays('What is erosion?');
    const bare = await inputTokens({ messages: question });
    const withSystem = await inputTokens({ system: [{ text: 'Be brief.' }], messages: question });
    const withHistory = await inputTokens({
      messages: [
        ...userSays('Hello there'),
        { role: 'assistant', content: [{ text: 'Hi! What shall we study?' }] },
        ...question,
      ],
    });

    expect(withSystem).toBeGreaterThan(bare);
    expect(withHistory).toBeGreaterThan(bare);
  });

  it('reports a model failure as ModelErrorException', async () => {
    await expect(
      http2Client.send(
        new ConverseCommand({ modelId: MODEL, messages: userSays('Go [[emulator:fail-at=1]]') }),
      ),
    ).rejects.toMatchObject({ name: 'ModelErrorException' });
  });
});
