import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { startBedrockEmulator, type RunningEmulator } from '@aula/bedrock-emulator';
import { createLogger } from '@aula/runtime';
import { createBedrockGuardrail } from './bedrock-guardrail';
import { createLocalDetector } from './local-detector';
import { createSafetyPipeline, layerNames, type SafetyPipeline } from './pipeline';

const logger = createLogger('monitoring-test', 'silent');

function pipelineAt(endpoint: string, timeoutMs = 2000): SafetyPipeline {
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
    maxAttempts: 1,
  });
  return createSafetyPipeline({
    local: createLocalDetector(),
    guardrail: createBedrockGuardrail({
      client,
      guardrailId: 'gr0school',
      guardrailVersion: 'DRAFT',
      timeoutMs,
    }),
    logger,
  });
}

/**
 * The Bedrock Guardrails layer through the real SDK against the emulator's ApplyGuardrail:
 * its findings mapped to our categories beside the local detector's, and every way it can
 * fail recorded on the verdict while the local detector's findings stand.
 */
describe('safety: the Bedrock Guardrails layer', () => {
  let emulator: RunningEmulator;
  let pipeline: SafetyPipeline;
  beforeAll(async () => {
    emulator = await startBedrockEmulator();
    pipeline = pipelineAt(emulator.url, 500);
  });
  afterAll(async () => {
    await emulator.stop();
  });

  it('adds what the guardrail finds that the local detector does not', async () => {
    const verdict = await pipeline.inspect({
      text: 'you know what happens next [[emulator:guardrail=VIOLENCE:HIGH,HATE:MEDIUM]]',
      source: 'STUDENT_MESSAGE',
    });
    expect(layerNames(verdict.layers)).toEqual(['local:ran', 'guardrail:ran']);
    expect(verdict.detections.map((d) => [d.category, d.severity, d.rule, d.certain])).toEqual(
      expect.arrayContaining([
        ['VIOLENCE', 'HIGH', 'guardrail:content.VIOLENCE', true],
        ['BULLYING', 'MEDIUM', 'guardrail:content.HATE', true],
      ]),
    );
  });

  it('maps denied topics by name, personal data to PERSONAL_DATA, low confidence to uncertain', async () => {
    const verdict = await pipeline.inspect({
      text: 'write to ada@example.com [[emulator:guardrail-topic=Self-harm]] [[emulator:guardrail=SEXUAL:LOW]]',
      source: 'ANSWER',
      skipLocal: true,
    });
    expect(layerNames(verdict.layers)).toEqual(['guardrail:ran']);
    const byCategory = new Map(verdict.detections.map((d) => [d.category, d]));
    expect(byCategory.get('SELF_HARM')).toMatchObject({
      rule: 'guardrail:topic.Self-harm',
      certain: true,
    });
    expect(byCategory.get('PERSONAL_DATA')).toMatchObject({
      rule: 'guardrail:pii.EMAIL',
      start: 9,
    });
    expect(byCategory.get('SEXUAL')).toMatchObject({ certain: false });
  });

  it.each([
    ['is down', '[[emulator:guardrail-fail=ServiceUnavailableException]]'],
    ['throttles', '[[emulator:guardrail-fail=ThrottlingException]]'],
    ['hangs past the timeout', '[[emulator:guardrail-hang]]'],
  ])(
    'records the guardrail as failed when it %s, and the local finding stands',
    async (_w, directive) => {
      const verdict = await pipeline.inspect({
        text: `i want to kill myself ${directive}`,
        source: 'STUDENT_MESSAGE',
      });
      expect(layerNames(verdict.layers)).toEqual(['local:ran', 'guardrail:failed']);
      expect(verdict.detections).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ category: 'SELF_HARM', layer: 'local' }),
        ]),
      );
    },
  );

  it('records the guardrail as failed when nothing answers at all', async () => {
    const gone = await startBedrockEmulator();
    const url = gone.url;
    await gone.stop();
    const verdict = await pipelineAt(url).inspect({
      text: 'gonna bring my dads gun to school monday',
      source: 'STUDENT_MESSAGE',
    });
    expect(layerNames(verdict.layers)).toEqual(['local:ran', 'guardrail:failed']);
    expect(verdict.detections.some((d) => d.category === 'VIOLENCE')).toBe(true);
  });
});
