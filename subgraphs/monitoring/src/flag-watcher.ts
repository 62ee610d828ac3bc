import {
  CHAT_ACTIVITY,
  defineChannel,
  type ChatActivity,
  type Db,
  type EventBus,
  type Logger,
} from '@aula/runtime';
import { isUuid } from './classes';
import { insertFlag } from './flags';
import type { ChatGateway } from './interventions';
import type { FlagModel } from './mappers';
import type { SafetyCategory } from './safety/detector';
import { layerNames, type SafetyPipeline } from './safety/pipeline';
import { findingsOf, MessageScanner, type Finding } from './safety/stream-scanner';

/** A `monitoring.flag` event. */
export interface FlagEvent {
  readonly event: 'raised' | 'resolved';
  readonly flag: FlagModel;
}

/**
 * Monitoring's own channel: a flag was raised or resolved. Only monitoring publishes and
 * reads it, so it is declared here rather than in the runtime's contracts module.
 */
export const FLAG_EVENTS = defineChannel<FlagEvent>('monitoring.flag');

/**
 * The flag for what a chatbot's guardrails blocked: a blocked keyword is MEDIUM (like a class
 * keyword, it is e-mailed by default), a blocked topic LOW (in the inbox, not e-mailed).
 */
function blockedFinding(event: ChatActivity): Finding | null {
  const blocked = event.blocked;
  if (!blocked || typeof blocked.term !== 'string') return null;
  const excerpt = String(blocked.excerpt ?? '').slice(0, 500);
  return {
    category: 'KEYWORD',
    severity: blocked.kind === 'keyword' ? 'MEDIUM' : 'LOW',
    rule: `chatbot:${blocked.kind === 'keyword' ? 'keyword' : 'topic'}:${blocked.term.toLowerCase().slice(0, 100)}`,
    layer: 'local',
    certain: true,
    start: 0,
    end: excerpt.length,
    excerpt,
  };
}

/** Where the keywords for a conversation come from: its student's classes and its chatbot. */
export type KeywordSource = (studentId: string, chatbotId: string | null) => Promise<string[]>;

/** Options for {@link startFlagWatcher}. */
export interface FlagWatcherOptions {
  readonly db: Db;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly keywords: KeywordSource;
  /** Stops answers that hit a stop category. */
  readonly chat: Pick<ChatGateway, 'stopAnswer'>;
  /** The safety layers (the local detector, and Guardrails and the judge when configured). */
  readonly safety: SafetyPipeline;
  /** Categories whose HIGH hits in an answer stop it at once. */
  readonly stopCategories: ReadonlySet<SafetyCategory>;
  /** Called once per new flag, on the replica that stored it (e-mail alerts). */
  readonly onRaised?: (flag: FlagModel) => void;
  /** Answers idle this long lose their scan state (a lost `completed`). @default 600_000 */
  readonly idleMs?: number;
}

interface MessageState {
  readonly scanner: Promise<{ scanner: MessageScanner; keywords: string[] }>;
  /** The answer so far, for the slower layers once it is complete (bounded). */
  text: string;
  chain: Promise<void>;
  touched: number;
}

/** The layers behind a finding of the streaming scan: the local detector, batch by batch. */
const STREAMED = ['local:ran'] as const;

/** The longest answer text kept for the slower layers. */
const MAX_ANSWER_TEXT = 20_000;

/**
 * Runs the safety rules on every student message and every streamed answer batch
 * from `chat.activity`, stores flags, announces them on {@link FLAG_EVENTS}, and
 * asks chat to stop (`stopAnswer`) an answer with a HIGH hit in a stop category. Events of one message
 * are handled in order; different messages proceed independently.
 */
export async function startFlagWatcher(options: FlagWatcherOptions): Promise<{ close(): void }> {
  const idleMs = options.idleMs ?? 600_000;
  const messages = new Map<string, MessageState>();

  const keywordsFor = async (event: ChatActivity): Promise<string[]> => {
    try {
      return await options.keywords(event.userId, event.chatbotId ?? null);
    } catch (error) {
      // Keywords are extra; the built-in lexicons must still run when they cannot be read.
      options.logger.warn(
        { err: error, messageId: event.messageId },
        'flag keywords unavailable; using the built-in lexicons only',
      );
      return [];
    }
  };
  const localFor = (keywords: string[]) => (text: string) =>
    options.safety.local({ text, source: 'ANSWER', keywords });

  const stateOf = (event: ChatActivity): MessageState => {
    let state = messages.get(event.messageId);
    if (!state) {
      state = {
        scanner: keywordsFor(event).then((keywords) => ({
          scanner: new MessageScanner(localFor(keywords)),
          keywords,
        })),
        text: '',
        chain: Promise.resolve(),
        touched: Date.now(),
      };
      messages.set(event.messageId, state);
      sweep();
    }
    state.touched = Date.now();
    return state;
  };

  const sweep = () => {
    if (messages.size < 256) return;
    const cutoff = Date.now() - idleMs;
    for (const [id, state] of messages) if (state.touched < cutoff) messages.delete(id);
  };

  const raise = async (
    event: ChatActivity,
    findings: Finding[],
    source: 'STUDENT_MESSAGE' | 'ANSWER',
    /** Which layers judged the text (`local:ran`, `guardrail:failed` …). */
    layers: readonly string[],
  ) => {
    for (const finding of findings) {
      const stop =
        source === 'ANSWER' &&
        finding.severity === 'HIGH' &&
        options.stopCategories.has(finding.category);
      const flag = await insertFlag(options.db, {
        category: finding.category,
        severity: finding.severity,
        source,
        rule: finding.rule,
        excerpt: finding.excerpt,
        studentId: event.userId,
        sessionId: event.sessionId,
        messageId: event.messageId,
        chatbotId: event.chatbotId ?? null,
        stoppedAnswer: stop || (source === 'ANSWER' && finding.rule.startsWith('chatbot:')),
        layers: [...layers],
      });
      if (stop) {
        // Every replica that sees the hit asks; chat stops a generation once. The flag is
        // stored either way, so a chat outage costs the stop, never the teacher's alert.
        await options.chat
          .stopAnswer(
            event.messageId,
            'This answer was stopped by the school’s safety rules. Your teacher has been told.',
          )
          .catch((error: unknown) =>
            options.logger.error(
              { err: error, messageId: event.messageId },
              'could not ask chat to stop a flagged answer',
            ),
          );
      }
      if (flag) {
        await options.bus.publish(FLAG_EVENTS, { event: 'raised', flag } satisfies FlagEvent);
        options.onRaised?.(flag);
      }
    }
  };

  const handle = async (event: ChatActivity) => {
    // Chat refused the message or stopped the answer on the chatbot's guardrails: recorded as it said.
    const blocked = blockedFinding(event);
    if (blocked)
      await raise(event, [blocked], event.kind === 'user-message' ? 'STUDENT_MESSAGE' : 'ANSWER', [
        'chatbot:ran',
      ]);
    if (event.kind === 'user-message') {
      const text = event.text ?? '';
      const keywords = await keywordsFor(event);
      const verdict = await options.safety.inspect({
        text,
        source: 'STUDENT_MESSAGE',
        keywords,
        studentId: event.userId,
      });
      await raise(
        event,
        findingsOf(() => verdict.detections, text),
        'STUDENT_MESSAGE',
        layerNames(verdict.layers),
      );
      return;
    }
    const state = stateOf(event);
    const { scanner, keywords } = await state.scanner;
    if (event.kind === 'delta') {
      if (state.text.length < MAX_ANSWER_TEXT) state.text += event.text ?? '';
      await raise(event, scanner.push(event.text ?? ''), 'ANSWER', STREAMED);
    } else if (event.kind === 'completed' || event.kind === 'stopped' || event.kind === 'failed') {
      await raise(event, scanner.finish(), 'ANSWER', STREAMED);
      messages.delete(event.messageId);
      // The slower layers judge the whole answer once; the local detector already stopped what it could.
      if (options.safety.hasRemoteLayers && state.text.trim()) {
        const verdict = await options.safety.inspect({
          text: state.text,
          source: 'ANSWER',
          keywords,
          skipLocal: true,
          studentId: event.userId,
        });
        const fresh = verdict.detections.filter((d) => !scanner.flaggedCategories.has(d.category));
        await raise(
          event,
          findingsOf(() => fresh, state.text),
          'ANSWER',
          ['local:ran', ...layerNames(verdict.layers)],
        );
      }
    }
  };

  const unsubscribe = await options.bus.subscribe(CHAT_ACTIVITY, (event) => {
    // Flags reference the student by id; an event without a proper one cannot be attributed.
    if (
      !event ||
      typeof event.messageId !== 'string' ||
      typeof event.userId !== 'string' ||
      !isUuid(event.userId)
    )
      return;
    const run = () =>
      handle(event).catch((error: unknown) =>
        options.logger.error({ err: error, messageId: event.messageId }, 'flag rules failed'),
      );
    if (event.kind === 'user-message') {
      void run();
      return;
    }
    const state = stateOf(event);
    state.chain = state.chain.then(run);
  });
  return { close: unsubscribe };
}
