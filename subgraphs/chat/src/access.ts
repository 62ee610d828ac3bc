import {
  appError,
  ErrorCode,
  forbidden,
  operations,
  type Logger,
  relationTo,
  type Principal,
  type ServiceClient,
  type SupervisionDirectory,
} from '@aula/runtime';

/** How someone other than the owner looked at or wrote in a conversation (monitoring's audit kinds). */
export type AccessKind = 'OPENED' | 'WATCHED' | 'WROTE';

/** Why a viewer may read a conversation. */
export type ReadGrant = 'owner' | 'supervisor' | 'admin' | 'service';

/** One look to put on record. */
export interface AccessRecord {
  readonly ownerId: string;
  readonly sessionId: string;
  readonly kind: AccessKind;
  /** The public operation that reached the content, such as `query classRoster`. */
  readonly operation: string;
}

const MINUTE_MS = 60_000;
/** Calls to record one look before its content is withheld, the first retry after RECORD_RETRY_MS. */
const RECORD_ATTEMPTS = 3;
const RECORD_RETRY_MS = 250;

/**
 * Who may read a person's conversations: the person, their supervisors (monitoring's
 * answer, failing closed) for what was written since their tie began, admins, and internal
 * services. Every look by anyone but the owner is put on monitoring's audit log before the
 * content is returned: when it cannot be recorded, the content is not shown.
 */
export class ConversationAccess {
  /** Looks already on record this minute (viewer, session, minute), so a page of messages costs one call. */
  private readonly recorded = new Map<string, Promise<void>>();

  constructor(
    private readonly directory: SupervisionDirectory,
    private readonly monitoring: ServiceClient,
    private readonly monitoringAvailable: () => boolean,
    private readonly logger: Logger,
  ) {}

  /** The grant `principal` has on `ownerId`'s conversations, or null. */
  async grant(principal: Principal | null, ownerId: string): Promise<ReadGrant | null> {
    if (!principal) return null;
    if (principal.kind === 'service') return 'service';
    const relation = await relationTo(principal, ownerId, this.directory);
    return relation === 'self' ? 'owner' : relation;
  }

  /** As {@link grant}, throwing `FORBIDDEN` when there is none. */
  async require(
    principal: Principal | null,
    ownerId: string,
    what = 'this conversation',
  ): Promise<ReadGrant> {
    const grant = await this.grant(principal, ownerId);
    if (!grant)
      throw forbidden(`You may not see ${what}: it belongs to someone you do not supervise.`);
    return grant;
  }

  /**
   * From when `principal` may read `ownerId`'s messages: the start of a supervisor's current
   * tie, or null for no lower bound (the owner, admins, services). Call after {@link require}.
   */
  async readableFrom(principal: Principal | null, ownerId: string): Promise<Date | null> {
    if (!principal || principal.kind === 'service' || principal.userId === ownerId) return null;
    if (principal.role === 'ADMIN') return null;
    const since = await this.directory.supervisedSince(principal.userId, ownerId);
    // No tie any more: nothing is readable (a date no message can be newer than).
    return since ?? new Date(8.64e15);
  }

  /**
   * Puts a look at someone else's conversation on record, once per viewer, session and
   * minute, and waits for it: content is shown only after its reading is recorded.
   * Throws `SERVICE_UNAVAILABLE` when monitoring cannot record it.
   */
  async recordRead(principal: Principal | null, look: AccessRecord): Promise<void> {
    if (!principal || principal.kind === 'service' || principal.userId === look.ownerId) return;
    if (!this.monitoringAvailable()) return;
    const minute = Math.floor(Date.now() / MINUTE_MS);
    const key = `${principal.userId}:${look.sessionId}:${look.kind}:${minute}`;
    let pending = this.recorded.get(key);
    if (!pending) {
      pending = this.send(principal.userId, look);
      this.recorded.set(key, pending);
      pending.catch(() => this.recorded.delete(key));
      this.forgetBefore(minute);
    }
    await pending;
  }

  /** As {@link recordRead}, without waiting: for the stream, whose events must not stall; failures are logged. */
  record(
    principal: Principal | null,
    grant: ReadGrant,
    ownerId: string,
    sessionId: string,
    kind: AccessKind,
    operation = kind === 'WATCHED' ? 'subscription chatStream' : 'query chatSession',
  ): void {
    if (grant === 'owner') return;
    this.recordRead(principal, { ownerId, sessionId, kind, operation }).catch(() => undefined);
  }

  private async send(viewerId: string, look: AccessRecord): Promise<void> {
    const input = {
      viewerId,
      studentId: look.ownerId,
      sessionId: look.sessionId,
      kind: look.kind,
      operation: look.operation,
    };
    try {
      await this.requestWithRetries(input);
    } catch (error) {
      this.logger.warn({ err: error, ...input }, 'could not record a conversation access');
      throw appError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'This conversation cannot be shown right now because reading it cannot be recorded. Try again shortly.',
      );
    }
  }

  /**
   * Records one look, trying again after a transient failure (a dropped keep-alive socket, a
   * replica restarting behind the Service): a supervisor's stream holds the event until its
   * reading is on record, and withholding it over a blip would leave a hole in what they see.
   * Monitoring keeps one entry per look and minute, so a repeated call records nothing twice.
   */
  private async requestWithRetries(input: {
    viewerId: string;
    studentId: string;
    sessionId: string;
    kind: AccessKind;
    operation: string;
  }): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.monitoring.request(operations.monitoring.RecordConversationAccess, { input });
        return;
      } catch (error) {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (code !== ErrorCode.SERVICE_UNAVAILABLE || attempt + 1 >= RECORD_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS * 2 ** attempt));
      }
    }
  }

  private forgetBefore(minute: number): void {
    if (this.recorded.size < 1000) return;
    for (const key of this.recorded.keys())
      if (Number(key.slice(key.lastIndexOf(':') + 1)) < minute) this.recorded.delete(key);
  }
}
