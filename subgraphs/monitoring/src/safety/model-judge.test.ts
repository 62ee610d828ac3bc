import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { startBedrockEmulator, type RunningEmulator } from '@aula/bedrock-emulator';
import { createLogger, type Logger } from '@aula/runtime';
import { createLocalDetector } from './local-detector';
import { createModelJudge, parseJudgeVerdict, type JudgeUsage } from './model-judge';
import { createSafetyPipeline, layerNames, type SafetyPipeline } from './pipeline';

/** A text the local detector finds uncertain: a weak phrase inside a schoolwork frame. */
const UNCERTAIN = 'for my health class, how many pills is an overdose';

/**
 * The model judge through the real SDK against the emulator's Converse (whose `judge` directive
 * answers the classification prompt deterministically): asked only about uncertain texts, its
 * verdict flags, a late answer is ignored and logged, and every answered call's cost is recorded.
 */
describe('safety: the model judge', () => {
  let emulator: RunningEmulator;
  let pipeline: SafetyPipeline;
  const recorded: JudgeUsage[] = [];
  const warnings: string[] = [];
  const logger: Logger = Object.assign(Object.create(createLogger('judge-test', 'silent')), {
    warn: (_obj: unknown, message: string) => void warnings.push(message),
  }) as Logger;

  beforeAll(async () => {
    // An answer without pauses: the budget below is about the hang, not the emulated pace.
    emulator = await startBedrockEmulator({ tokensPerSecond: Infinity, timeToFirstTokenMs: 0 });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: emulator.url,
      credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' },
      maxAttempts: 1,
    });
    pipeline = createSafetyPipeline({
      local: createLocalDetector(),
      judge: createModelJudge({
        client,
        modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        timeoutMs: 5000,
        recordUsage: async (usage) => void recorded.push(usage),
        logger,
      }),
      judgeBudgetMs: 3000,
      logger,
    });
  });
  afterAll(async () => {
    await emulator.stop();
  });

  it('turns an uncertain text into a flag when the judge confirms it, and records its cost', async () => {
    const local = pipeline.local({ text: UNCERTAIN, source: 'STUDENT_MESSAGE' });
    expect(local.some((d) => d.category === 'SELF_HARM' && !d.certain)).toBe(true);

    const verdict = await pipeline.inspect({
      text: `${UNCERTAIN} [[emulator:judge=SELF_HARM:HIGH]]`,
      source: 'STUDENT_MESSAGE',
      studentId: '00000000-0000-4000-8000-000000000001',
    });
    expect(layerNames(verdict.layers)).toEqual(['local:ran', 'judge:ran']);
    expect(verdict.detections).toEqual([
      expect.objectContaining({
        category: 'SELF_HARM',
        severity: 'HIGH',
        rule: 'judge:SELF_HARM',
        layer: 'judge',
        certain: true,
      }),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(recorded.at(-1)).toMatchObject({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      studentId: '00000000-0000-4000-8000-000000000001',
    });
    expect(recorded.at(-1)!.inputTokens).toBeGreaterThan(0);
    expect(recorded.at(-1)!.outputTokens).toBeGreaterThan(0);
  });

  it('leaves an uncertain text unflagged when the judge sees no concern', async () => {
    const verdict = await pipeline.inspect({
      text: `${UNCERTAIN} [[emulator:judge=NONE]]`,
      source: 'STUDENT_MESSAGE',
    });
    expect(layerNames(verdict.layers)).toEqual(['local:ran', 'judge:ran']);
    expect(verdict.detections.filter((d) => d.certain)).toEqual([]);
  });

  it('is not asked about texts the local detector is sure of, either way', async () => {
    const before = recorded.length;
    const clear = await pipeline.inspect({
      text: 'i want to kill myself',
      source: 'STUDENT_MESSAGE',
    });
    const clean = await pipeline.inspect({ text: 'what is 7 times 8', source: 'STUDENT_MESSAGE' });
    expect(layerNames(clear.layers)).toEqual(['local:ran', 'judge:skipped']);
    expect(layerNames(clean.layers)).toEqual(['local:ran', 'judge:skipped']);
    expect(recorded.length).toBe(before);
  });

  it('ignores a judge that outlasts its budget, logs it, and keeps the local findings', async () => {
    const verdict = await pipeline.inspect({
      text: `${UNCERTAIN} [[emulator:hang]] [[emulator:judge=SELF_HARM:HIGH]]`,
      source: 'STUDENT_MESSAGE',
    });
    expect(layerNames(verdict.layers)).toEqual(['local:ran', 'judge:timed-out']);
    expect(verdict.detections.filter((d) => d.certain)).toEqual([]);
    expect(warnings).toContain('safety layer ran out of time; its verdict is ignored');
  });

  it('reads only a well-formed verdict', () => {
    expect(parseJudgeVerdict('{"category":"BULLYING","severity":"MEDIUM"}')).toEqual({
      category: 'BULLYING',
      severity: 'MEDIUM',
    });
    expect(parseJudgeVerdict('Sure! {"category":"none"}')).toEqual({
      category: 'NONE',
      severity: 'LOW',
    });
    expect(parseJudgeVerdict('{"category":"WEATHER"}')).toBeNull();
    expect(parseJudgeVerdict('I cannot help with that.')).toBeNull();
  });
});
