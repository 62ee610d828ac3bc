import { appError, ErrorCode, unauthenticated } from '../errors';
import type { Logger } from '../logger';
import type { EventBus } from '../pubsub';
import type { ServiceClient } from '../service-client';
import { USER_TOKENS_REVOKED } from '../contracts/channels';
import { operations } from '../contracts/operations';

/** One user's revocation time: tokens issued at or before `revokedAt` (epoch ms) are refused. */
export interface TokenRevocation {
  readonly userId: string;
  readonly revokedAt: number;
}

/** Options for {@link RevocationList}. */
export interface RevocationListOptions {
  readonly bus: EventBus;
  /**
   * Every revocation recent enough to matter (auth's `recentTokenRevocations`). Called at
   * start-up, after the bus reconnects, every `refreshMs`, and every `pollMs` while the bus
   * is down, so a replica that missed an event catches up.
   */
  readonly load: () => Promise<readonly TokenRevocation[]>;
  readonly logger: Logger;
  /** Safety-net reload while the bus is connected. @default 60_000 */
  readonly refreshMs?: number;
  /** Reload interval while the bus is disconnected or a load failed. @default 1_000 */
  readonly pollMs?: number;
  /**
   * How long after the last successful load tokens are still accepted while the bus is down
   * (events may be missed). Past it, people's tokens get `SERVICE_UNAVAILABLE`. @default 30_000
   */
  readonly maxStaleMs?: number;
}

/**
 * The per-user revocation times every token verifier checks, so a suspension, role change,
 * password reset or sign-out-everywhere refuses the very next request. Fed by auth's
 * {@link USER_TOKENS_REVOKED} events; reloaded from auth at start-up and after the bus
 * reconnects (events published meanwhile were lost), and periodically as a safety net.
 * Until the first load succeeds, and when the bus has been down longer than `maxStaleMs`
 * without a successful load, people's tokens are refused with `SERVICE_UNAVAILABLE`
 * (failing closed) rather than trusted blindly.
 */
export class RevocationList {
  private readonly times = new Map<string, number>();
  private readonly listeners = new Set<(event: TokenRevocation) => void>();
  private readonly refreshMs: number;
  private readonly pollMs: number;
  private readonly maxStaleMs: number;
  private busConnected = true;
  private lastLoadAt = 0;
  private loaded = false;
  private timer: NodeJS.Timeout | undefined;
  private stops: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: RevocationListOptions) {
    this.refreshMs = options.refreshMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.maxStaleMs = options.maxStaleMs ?? 30_000;
  }

  /**
   * Listens on the bus, then loads. Resolves once the first load succeeded or `waitMs`
   * passed (loading goes on in the background either way).
   */
  async start(waitMs = 10_000): Promise<void> {
    this.stops.push(
      await this.options.bus.subscribe(USER_TOKENS_REVOKED, (event) => this.add(event)),
    );
    const onChange = this.options.bus.onConnectionChange?.((connected) => {
      this.busConnected = connected;
      // Events published while the bus was away are lost: reload now, then poll until back.
      if (connected) void this.reload();
      else this.schedule(this.pollMs);
    });
    if (onChange) this.stops.push(onChange);
    const deadline = Date.now() + waitMs;
    while (!(await this.reload()) && Date.now() < deadline && !this.closed) {
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  /** Calls `listener` for each revocation as it arrives (to end open subscriptions). */
  onRevoked(listener: (event: TokenRevocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user's revocation time (epoch ms), if any. */
  revokedAt(userId: string): number | undefined {
    return this.times.get(userId);
  }

  /** Whether a token of `userId` issued at `issuedAtMs` has been revoked. */
  isRevoked(userId: string, issuedAtMs: number): boolean {
    const at = this.times.get(userId);
    return at !== undefined && issuedAtMs <= at;
  }

  /**
   * Throws `UNAUTHENTICATED` for a revoked token and `SERVICE_UNAVAILABLE` while the list
   * cannot be trusted to be current.
   */
  assertCurrent(userId: string, issuedAtMs: number): void {
    const fresh =
      this.loaded && (this.busConnected || Date.now() - this.lastLoadAt <= this.maxStaleMs);
    if (!fresh) {
      throw appError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'Sign-ins cannot be checked right now. Please try again shortly.',
      );
    }
    if (this.isRevoked(userId, issuedAtMs)) {
      throw unauthenticated('Your session was ended. Sign in again.');
    }
  }

  /** Stops listening and reloading. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const stop of this.stops.splice(0)) stop();
  }

  private add(event: TokenRevocation): void {
    if (typeof event?.userId !== 'string' || typeof event.revokedAt !== 'number') return;
    const known = this.times.get(event.userId) ?? 0;
    if (event.revokedAt <= known) return;
    this.times.set(event.userId, event.revokedAt);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'a revocation listener failed');
      }
    }
  }

  /** One load; `true` when it succeeded. Schedules the next one either way. */
  private async reload(): Promise<boolean> {
    if (this.closed) return false;
    let ok = false;
    try {
      const revocations = await this.options.load();
      for (const revocation of revocations) this.add(revocation);
      this.loaded = true;
      this.lastLoadAt = Date.now();
      ok = true;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not load token revocations; retrying');
    }
    this.schedule(ok && this.busConnected ? this.refreshMs : this.pollMs);
    return ok;
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), ms);
    this.timer.unref();
  }
}

/**
 * Loads revocations from auth's service-only `recentTokenRevocations`, with `client`'s
 * service identity.
 */
export function revocationsFromAuth(
  client: ServiceClient,
): () => Promise<readonly TokenRevocation[]> {
  return async () => {
    const data = await client.request(operations.auth.RecentTokenRevocations, {});
    return data.recentTokenRevocations.map((r) => ({
      userId: r.userId,
      revokedAt: new Date(r.revokedAt).getTime(),
    }));
  };
}
