import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startBedrockEmulator } from './index';
import { collectStream, emulatorClient } from './testing';

const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';

describe('stop()', () => {
  it('ends streams in progress, goes idle and refuses new connections', async () => {
    const own = await startBedrockEmulator({ timeToFirstTokenMs: 0 });
    const ownClient = emulatorClient(own.url);
    try {
      const output = await ownClient.send(
        new ConverseStreamCommand({
          modelId: MODEL,
          messages: [{ role: 'user', content: [{ text: '[[emulator:hang]]' }] }],
        }),
      );
      const reading = (async () => {
        for await (const event of output.stream ?? []) void event;
      })();
      await own.stop();

      // However the handler reports the lost connection, the read loop must end.
      await reading.catch(() => undefined);
      expect(own.activeRequests).toBe(0);
      await expect(
        ownClient.send(
          new ConverseStreamCommand({
            modelId: MODEL,
            messages: [{ role: 'user', content: [{ text: 'Hi' }] }],
          }),
        ),
      ).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      ownClient.destroy();
    }
  });

  it('rejects options that cannot describe a model', async () => {
    await expect(startBedrockEmulator({ tokensPerSecond: 0 })).rejects.toThrow(/tokensPerSecond/);
    await expect(startBedrockEmulator({ defaultLength: -1 })).rejects.toThrow(/defaultLength/);
    await expect(startBedrockEmulator({ port: 70000 })).rejects.toThrow(/port/);
  });
});

describe('concurrency', () => {
  it('serves many streams at once over both handlers, each with its own answer', async () => {
    const own = await startBedrockEmulator({ tokensPerSecond: 500, timeToFirstTokenMs: 5 });
    const clients = [
      emulatorClient(own.url),
      emulatorClient(own.url, { requestHandler: new NodeHttpHandler() }),
    ];
    try {
      const topics = Array.from({ length: 20 }, (_, i) => `topic${String.fromCharCode(97 + i)}`);
      const results = await Promise.all(
        topics.map((topic, i) =>
          collectStream(clients[i % 2]!, {
            modelId: MODEL,
            messages: [{ role: 'user', content: [{ text: `Tell me about ${topic}` }] }],
          }),
        ),
      );

      results.forEach((result, i) => {
        expect(result.error).toBeUndefined();
        expect(result.text).toContain(topics[i]);
        expect(result.events.find((event) => event.metadata)?.metadata?.usage?.outputTokens).toBe(
          60,
        );
      });
      expect(own.requests).toBe(20);
      expect(own.activeRequests).toBe(0);
    } finally {
      for (const client of clients) client.destroy();
      await own.stop();
    }
  });
});

describe('leaving a stream early', () => {
  it('keeps generating after a break out of the loop until the request is aborted', async () => {
    const own = await startBedrockEmulator({ timeToFirstTokenMs: 0 });
    const client = emulatorClient(own.url);
    try {
      const controller = new AbortController();
      const output = await client.send(
        new ConverseStreamCommand({
          modelId: MODEL,
          messages: [
            {
              role: 'user',
              content: [{ text: 'Go [[emulator:length=500]] [[emulator:rate=50]]' }],
            },
          ],
        }),
        { abortSignal: controller.signal },
      );
      for await (const event of output.stream ?? []) {
        if (event.contentBlockDelta) break;
      }

      // The SDK does not cancel the request on break: the model is still being paid for.
      expect(own.activeRequests).toBe(1);
      controller.abort();
      for (let attempt = 0; attempt < 200 && own.activeRequests > 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(own.activeRequests).toBe(0);
    } finally {
      client.destroy();
      await own.stop();
    }
  });
});
