import { startBedrockEmulator, type RunningEmulator } from '@aula/bedrock-emulator';
import { collectStream, emulatorClient } from '@aula/bedrock-emulator/src/testing';
import { ConverseStreamCommand, type BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { SharedConnectionHandler, sendModelRequest, type ModelRequest } from './bedrock';

const MODEL_ID = 'anthropic.claude-3-haiku-20240307-v1:0';

const ask = (text: string) => ({
  modelId: MODEL_ID,
  messages: [{ role: 'user' as const, content: [{ text }] }],
});

const request = (text: string): ModelRequest => ({
  modelId: MODEL_ID,
  systemPrompt: '',
  messages: [{ role: 'user', content: [{ text }] }],
  maxOutputTokens: 200,
  tools: [],
});

describe("chat's Bedrock connections", () => {
  let emulator: RunningEmulator;
  let client: BedrockRuntimeClient;

  beforeEach(async () => {
    emulator = await startBedrockEmulator({ tokensPerSecond: 2000, timeToFirstTokenMs: 5 });
    client = emulatorClient(emulator.url, { requestHandler: new SharedConnectionHandler() });
  });

  afterEach(async () => {
    client.destroy();
    await emulator.stop();
  });

  it('keeps one connection for answer after answer, where the SDK opens one per answer', async () => {
    for (let i = 0; i < 4; i += 1) {
      const answer = await collectStream(client, ask('Hello [[emulator:length=8]]'));
      expect(answer.error).toBeUndefined();
      expect(answer.text.length).toBeGreaterThan(0);
    }
    expect(emulator.connections).toBe(1);

    const sdkDefault = emulatorClient(emulator.url);
    try {
      for (let i = 0; i < 3; i += 1) {
        expect((await collectStream(sdkDefault, ask('Hello [[emulator:length=8]]'))).error).toBe(
          undefined,
        );
      }
    } finally {
      sdkDefault.destroy();
    }
    expect(emulator.connections).toBe(1 + 3);
  });

  it('streams concurrent answers whole on one connection, and stopping one leaves the others', async () => {
    const others = Array.from({ length: 3 }, (_, i) =>
      collectStream(client, ask(`Answer ${i} [[emulator:length=30]] [[emulator:rate=300]]`)),
    );
    // Stopped once some of its text has arrived, as a student stops an answer.
    const stop = new AbortController();
    const stopped = await (async () => {
      const output = await client.send(
        new ConverseStreamCommand(ask('A long one [[emulator:length=400]] [[emulator:rate=200]]')),
        { abortSignal: stop.signal },
      );
      let text = '';
      try {
        for await (const event of output.stream ?? []) {
          text += event.contentBlockDelta?.delta?.text ?? '';
          if (event.metadata) return { text, finished: true };
          if (text.length > 20) stop.abort();
        }
      } catch {
        // Over HTTP/2 an aborted stream may end with an AbortError or just end.
      }
      return { text, finished: false };
    })();
    expect(stopped.finished).toBe(false);
    expect(stopped.text.length).toBeGreaterThan(20);
    for (const answer of await Promise.all(others)) {
      expect(answer.error).toBeUndefined();
      expect(answer.events.at(-1)?.metadata?.usage?.outputTokens).toBe(30);
    }
    const after = await collectStream(client, ask('And then [[emulator:length=5]]'));
    expect(after.error).toBeUndefined();
    expect(emulator.connections).toBe(1);
  });

  it('opens a new connection when Bedrock has closed the old one', async () => {
    expect((await collectStream(client, ask('First [[emulator:length=5]]'))).error).toBeUndefined();
    const port = emulator.port;
    await emulator.stop();
    // A restart takes a while; a request sent in the very instant a connection drops fails
    // like any request on a dropped connection.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(
      collectStream(client, ask('Nobody there [[emulator:length=5]]')),
    ).rejects.toThrow();
    emulator = await startBedrockEmulator({ port, tokensPerSecond: 2000, timeToFirstTokenMs: 5 });
    const answer = await collectStream(client, ask('Second [[emulator:length=5]]'));
    expect(answer.error).toBeUndefined();
    expect(answer.text.length).toBeGreaterThan(0);
    expect(emulator.connections).toBe(1);
  });

  it('closes a connection that has been quiet too long, and opens a new one after it', async () => {
    const quick = emulatorClient(emulator.url, {
      requestHandler: new SharedConnectionHandler(500),
    });
    try {
      expect((await collectStream(quick, ask('One [[emulator:length=5]]'))).error).toBeUndefined();
      expect((await collectStream(quick, ask('Two [[emulator:length=5]]'))).error).toBeUndefined();
      expect(emulator.connections).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await collectStream(quick, ask('Three [[emulator:length=5]]'))).error).toBe(
        undefined,
      );
      expect(emulator.connections).toBe(2);
    } finally {
      quick.destroy();
    }
  });

  it('says when the request has been handed to the connection, before its response', async () => {
    const order: string[] = [];
    const response = sendModelRequest(
      client,
      request('Hi [[emulator:length=3]]'),
      new AbortController().signal,
      () => order.push('sent'),
    ).then((output) => {
      order.push('response');
      return output;
    });
    const output = await response;
    for await (const event of output.stream ?? []) void event;
    expect(order).toEqual(['sent', 'response']);
    expect(emulator.requests).toBe(1);
  });
});
