import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { startBedrockEmulator } from './index';
import { emulatorClient } from './testing';

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
