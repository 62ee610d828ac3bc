import { ApplyGuardrailCommand, type BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startBedrockEmulator, type RunningEmulator } from './index';
import { emulatorClient } from './testing';

let emulator: RunningEmulator;
let http2Client: BedrockRuntimeClient;
let http1Client: BedrockRuntimeClient;

beforeAll(async () => {
  emulator = await startBedrockEmulator();
  http2Client = emulatorClient(emulator.url);
  http1Client = emulatorClient(emulator.url, { requestHandler: new NodeHttpHandler() });
});
afterAll(async () => {
  http2Client.destroy();
  http1Client.destroy();
  await emulator.stop();
});

const apply = (client: BedrockRuntimeClient, text: string, source: 'INPUT' | 'OUTPUT' = 'INPUT') =>
  client.send(
    new ApplyGuardrailCommand({
      guardrailIdentifier: 'gr0school',
      guardrailVersion: 'DRAFT',
      source,
      content: [{ text: { text } }],
    }),
  );

/** ApplyGuardrail on its real wire format, through the unmodified SDK over HTTP/2 and HTTP/1.1. */
describe('bedrock emulator: ApplyGuardrail', () => {
  it.each([
    ['HTTP/2', () => http2Client],
    ['HTTP/1.1', () => http1Client],
  ])('lets clean text through with usage and coverage (%s)', async (_name, client) => {
    const out = await apply(client(), 'How do plants make their food?');
    expect(out.action).toBe('NONE');
    expect(out.outputs).toEqual([]);
    expect(out.usage).toMatchObject({ contentPolicyUnits: 1, topicPolicyUnits: 1 });
    expect(out.guardrailCoverage?.textCharacters).toEqual({ guarded: 30, total: 30 });
    expect(
      out.assessments?.[0]?.invocationMetrics?.guardrailProcessingLatency,
    ).toBeGreaterThanOrEqual(0);
  });

  it('reports the content filters and denied topics its directives name, and blocks the text', async () => {
    const out = await apply(
      http2Client,
      'i will hurt him [[emulator:guardrail=VIOLENCE:HIGH,INSULTS:LOW]] [[emulator:guardrail-topic=Self-harm]]',
    );
    expect(out.action).toBe('GUARDRAIL_INTERVENED');
    expect(out.outputs).toEqual([{ text: 'Sorry, the model cannot answer this question.' }]);
    expect(out.assessments?.[0]?.contentPolicy?.filters).toEqual([
      {
        type: 'VIOLENCE',
        confidence: 'HIGH',
        filterStrength: 'HIGH',
        action: 'BLOCKED',
        detected: true,
      },
      {
        type: 'INSULTS',
        confidence: 'LOW',
        filterStrength: 'HIGH',
        action: 'BLOCKED',
        detected: true,
      },
    ]);
    expect(out.assessments?.[0]?.topicPolicy?.topics).toEqual([
      { name: 'Self-harm', type: 'DENY', action: 'BLOCKED', detected: true },
    ]);
  });

  it('finds e-mail addresses and phone numbers on its own and anonymizes them', async () => {
    const out = await apply(
      http2Client,
      'mail me at ada@example.com or call 415 555 2671',
      'OUTPUT',
    );
    expect(out.action).toBe('GUARDRAIL_INTERVENED');
    expect(out.assessments?.[0]?.sensitiveInformationPolicy?.piiEntities).toEqual([
      { match: 'ada@example.com', type: 'EMAIL', action: 'ANONYMIZED', detected: true },
      { match: '415 555 2671', type: 'PHONE', action: 'ANONYMIZED', detected: true },
    ]);
    expect(out.outputs).toEqual([{ text: 'mail me at {EMAIL} or call {PHONE}' }]);
  });

  it('fails as Bedrock does: a bad request, a service that is down', async () => {
    await expect(
      http2Client.send(
        new ApplyGuardrailCommand({
          guardrailIdentifier: 'gr0school',
          guardrailVersion: 'latest',
          source: 'INPUT',
          content: [{ text: { text: 'hi' } }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      apply(http2Client, 'hi [[emulator:guardrail-fail=ServiceUnavailableException]]'),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableException',
      $metadata: { httpStatusCode: 503 },
    });
  });

  it('hangs until the caller gives up', async () => {
    await expect(
      http2Client.send(
        new ApplyGuardrailCommand({
          guardrailIdentifier: 'gr0school',
          guardrailVersion: '1',
          source: 'INPUT',
          content: [{ text: { text: 'hi [[emulator:guardrail-hang]]' } }],
        }),
        { abortSignal: AbortSignal.timeout(200) },
      ),
    ).rejects.toThrow();
  });
});
