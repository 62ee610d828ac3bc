import { CHAT_CANCEL, type CancelRequest, type EventBus, type Logger } from '@aula/runtime';

/** Why a generation was aborted; the pipeline turns it into a status and a reason. */
export type AbortCause =
  | { kind: 'stopped'; reason: string }
  | { kind: 'timeout' }
  | { kind: 'shutdown' }
  /** The answer touched one of the chatbot's blocked topics or keywords. */
  | { kind: 'blocked' }
  /** The reservation was refused while the first model call was already under way. */
  | { kind: 'refused' };

interface Entry {
  readonly controller: AbortController;
  cause: AbortCause | undefined;
  readonly done: Promise<void>;
}

/** One running generation, as its pipeline sees it. */
export interface GenerationHandle {
  readonly signal: AbortSignal;
  /** Why the signal fired, once it has. */
  cause(): AbortCause | undefined;
  /** Called once the generation is stored and settled. */
  release(): void;
}

/**
 * The generations running in this replica. A stop request is published on
 * `chat.cancel` so it reaches whichever replica runs the generation; that replica
 * aborts its Bedrock call through the generation's AbortController.
 */
export class GenerationRegistry {
  private readonly running = new Map<string, Entry>();
  private unsubscribe: (() => void) | undefined;
  private registered: () => void = () => undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  /** Starts listening for stop requests from any replica. */
  async listen(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(CHAT_CANCEL, (request) => {
      if (request && typeof request.messageId === 'string') {
        this.abort(request.messageId, {
          kind: 'stopped',
          reason: String(request.reason ?? 'Stopped.'),
        });
      }
    });
  }

  /** Runs `listener` each time a generation is registered (the heartbeat names it at once). */
  onRegister(listener: () => void): void {
    this.registered = listener;
  }

  /** Registers a generation; the pipeline calls `release` once it has settled. */
  register(messageId: string): GenerationHandle {
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const entry: Entry = { controller: new AbortController(), cause: undefined, done };
    this.running.set(messageId, entry);
    this.registered();
    return {
      signal: entry.controller.signal,
      cause: () => entry.cause,
      release: () => {
        if (this.running.get(messageId) === entry) this.running.delete(messageId);
        release();
      },
    };
  }

  /** Whether this replica runs that generation. */
  has(messageId: string): boolean {
    return this.running.has(messageId);
  }

  /** The answers this replica is writing (its heartbeat names them). */
  ids(): string[] {
    return [...this.running.keys()];
  }

  /** Aborts a generation if it runs here; the first cause wins. */
  abort(messageId: string, cause: AbortCause): void {
    const entry = this.running.get(messageId);
    if (!entry || entry.controller.signal.aborted) return;
    entry.cause = cause;
    this.logger.info({ messageId, cause: cause.kind }, 'aborting generation');
    entry.controller.abort();
  }

  /** Asks every replica to stop a generation. */
  async requestStop(messageId: string, reason: string): Promise<void> {
    const request: CancelRequest = { messageId, reason };
    await this.bus.publish(CHAT_CANCEL, request);
  }

  /** Aborts every local generation (graceful shutdown) and waits for them to settle. */
  async close(): Promise<void> {
    this.unsubscribe?.();
    const pending = [...this.running.entries()];
    for (const [messageId] of pending) this.abort(messageId, { kind: 'shutdown' });
    await Promise.all(pending.map(([, entry]) => entry.done));
  }
}
