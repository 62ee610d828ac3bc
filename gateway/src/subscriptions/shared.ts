import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../datasource';
import { ErrorCode, type AsyncQueue } from '@aula/runtime';
import type {
  ResumeAfter,
  UpstreamFailure,
  UpstreamHandle,
  UpstreamPool,
  UpstreamRequest,
  UpstreamSink,
} from './upstream';

/** One client subscription taking part in a shared one. */
export interface SharedSubscriber {
  /** The client's bounded queue of results. */
  readonly stream: AsyncQueue<ExecutionResult>;
  /** Who the client is, for the entity fetches of each event. */
  readonly context: GatewayContext;
}

/** What makes subscriptions identical, and how their events become client results. */
export interface SharedSubscriptionSpec {
  /**
   * Identical operation, variables and authorization scope: subscriptions with the same key
   * may share one upstream subscription and one resolution per event.
   */
  readonly key: string;
  readonly service: string;
  readonly request: UpstreamRequest;
  /** Resolves one upstream event into the result every subscriber gets. */
  readonly resolve: (
    event: FormattedExecutionResult,
    context: GatewayContext,
  ) => Promise<ExecutionResult>;
  /** The last result subscribers get when the upstream subscription fails. */
  readonly failed: (failure: UpstreamFailure) => ExecutionResult;
}

/** Counts for metrics and benches. */
export interface SharedSubscriptionStats {
  /** Upstream subscriptions open. */
  readonly upstream: number;
  /** Client subscriptions served by them. */
  readonly subscribers: number;
}

/**
 * Client subscriptions with the same operation, variables and authorization scope share ONE
 * upstream subscription and ONE resolution of the plan's entity fields per event; the result
 * is fanned out to each subscriber's bounded queue. A newcomer joins an existing upstream
 * subscription only while it has delivered nothing yet: a subgraph may open a subscription
 * with state meant for that subscriber alone (a late joiner's snapshot), so once events have
 * flowed a newcomer gets an upstream subscription of its own.
 */
export class SharedSubscriptions {
  /** The groups newcomers may still join, by key. */
  private readonly joinable = new Map<string, SharedGroup>();
  private readonly all = new Set<SharedGroup>();

  constructor(
    private readonly upstream: UpstreamPool,
    /** Told how many clients each resolved event was queued for (metrics). */
    private readonly onDelivered: (count: number) => void = () => undefined,
  ) {}

  /** Adds `subscriber` to a shared subscription for `spec`; returns how to leave it. */
  join(spec: SharedSubscriptionSpec, subscriber: SharedSubscriber): () => void {
    let group = this.joinable.get(spec.key);
    if (!group) {
      group = new SharedGroup(spec, this);
      this.joinable.set(spec.key, group);
      this.all.add(group);
      group.add(subscriber);
      group.start(this.upstream);
    } else {
      group.add(subscriber);
    }
    const joined = group;
    return () => joined.remove(subscriber);
  }

  /** `group` takes no newcomers from now on. */
  closeToNewcomers(group: SharedGroup): void {
    if (this.joinable.get(group.key) === group) this.joinable.delete(group.key);
  }

  /** A resolved event was queued for `count` clients. */
  delivered(count: number): void {
    this.onDelivered(count);
  }

  /** `group` has ended. */
  ended(group: SharedGroup): void {
    this.all.delete(group);
  }

  /** How many upstream subscriptions serve how many clients right now. */
  get stats(): SharedSubscriptionStats {
    let subscribers = 0;
    for (const group of this.all) subscribers += group.size;
    return { upstream: this.all.size, subscribers };
  }
}

/**
 * How long an upstream subscription the subgraph refuses as SERVICE_UNAVAILABLE (a replica
 * busy or just restarted: its pool exhausted, its revocation list stale) is tried again before
 * the refusal reaches the clients, and the longest pause between two tries.
 */
const BUSY_RETRY_WINDOW_MS = 30_000;
const BUSY_RETRY_MAX_DELAY_MS = 2_000;

/**
 * One upstream subscription and the clients it serves; it is the upstream's sink itself
 * (methods, not per-subscription closures: see UpstreamObserver).
 */
class SharedGroup implements UpstreamSink {
  private readonly members = new Set<SharedSubscriber>();
  private handle?: UpstreamHandle;
  private upstream?: UpstreamPool;
  /** Since when, and how often, the subgraph has answered SERVICE_UNAVAILABLE in a row. */
  private busySince?: number;
  private busyTries = 0;
  private busyTimer?: NodeJS.Timeout;
  /** A busy answer held until the next result or the completion says what it was. */
  private refusal?: FormattedExecutionResult;
  /** Events are resolved one at a time, in arrival order. */
  private chain: Promise<void> = Promise.resolve();
  private finished = false;
  /** The last event position delivered, to drop what a resumed subgraph sends again. */
  private position?: ResumeAfter;

  constructor(
    private readonly spec: SharedSubscriptionSpec,
    private readonly owner: SharedSubscriptions,
  ) {}

  get key(): string {
    return this.spec.key;
  }

  get size(): number {
    return this.members.size;
  }

  add(subscriber: SharedSubscriber): void {
    this.members.add(subscriber);
  }

  start(upstream: UpstreamPool): void {
    this.upstream = upstream;
    this.handle = upstream.subscribe(this.spec.service, this.spec.request, this, this.position);
    if (this.finished || this.members.size === 0) this.handle.unsubscribe();
  }

  remove(subscriber: SharedSubscriber): void {
    if (!this.members.delete(subscriber) || this.members.size > 0) return;
    this.owner.closeToNewcomers(this);
    this.finished = true;
    clearTimeout(this.busyTimer);
    this.handle?.unsubscribe();
    this.owner.ended(this);
  }

  next(event: FormattedExecutionResult): void {
    // A subgraph that cannot serve the subscribe right now answers one result of
    // SERVICE_UNAVAILABLE errors and completes: held until the completion tells whether to
    // ask again.
    // A busy answer followed by more events was an event withheld mid-stream, not a refusal:
    // the clients get it as it came.
    const held = this.refusal;
    this.refusal = undefined;
    if (held) this.deliver(held);
    if (isBusyAnswer(event)) {
      this.refusal = event;
      return;
    }
    this.busySince = undefined;
    this.busyTries = 0;
    this.deliver(event);
  }

  error(failure: UpstreamFailure): void {
    if (isBusy(failure) && this.askAgainLater()) return;
    this.finish(this.spec.failed(failure));
  }

  complete(): void {
    const refusal = this.refusal;
    this.refusal = undefined;
    if (refusal) {
      if (this.askAgainLater()) return;
      this.deliver(refusal);
    }
    this.finish();
  }

  /**
   * Subscribes again after a pause when the subgraph was busy, resuming after the last event
   * delivered, so the clients see the rest of the stream rather than an error; false once
   * the subgraph has been busy for the whole window (the clients then get its answer).
   */
  private askAgainLater(): boolean {
    const now = Date.now();
    const upstream = this.upstream;
    if (this.finished || !upstream) return false;
    this.busySince ??= now;
    if (now - this.busySince >= BUSY_RETRY_WINDOW_MS) return false;
    const delay = Math.min(250 * 2 ** this.busyTries, BUSY_RETRY_MAX_DELAY_MS);
    this.busyTries += 1;
    this.busyTimer = setTimeout(() => {
      if (!this.finished) this.start(upstream);
    }, delay);
    return true;
  }

  /** Resolves `event` once for every member, in arrival order, unless they already had it. */
  private deliver(event: FormattedExecutionResult): void {
    this.owner.closeToNewcomers(this);
    const position = positionOf(event);
    if (position) {
      const last = this.position;
      if (last && last.messageId === position.messageId && position.sequence <= last.sequence)
        return;
      this.position = position;
      this.handle?.delivered(position);
    }
    this.chain = this.chain.then(async () => {
      const first = this.members.values().next();
      if (first.done) return;
      const result = await this.spec.resolve(event, first.value.context);
      for (const member of this.members) member.stream.push(result);
      this.owner.delivered(this.members.size);
    });
  }

  private finish(last?: ExecutionResult): void {
    if (this.finished) return;
    this.finished = true;
    this.owner.closeToNewcomers(this);
    this.chain = this.chain.then(() => {
      for (const member of this.members) member.stream.end(last);
      this.members.clear();
      this.owner.ended(this);
    });
  }
}

/** Whether every error says the subgraph is busy or restarting (SERVICE_UNAVAILABLE). */
function allBusy(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return (
    !!errors?.length &&
    errors.every((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)
  );
}

/** Whether the subgraph refused the subscribe only because it is busy (onSubscribe errors). */
function isBusy(failure: UpstreamFailure): boolean {
  return failure.kind === 'refused' && allBusy(failure.errors);
}

/** Whether an event is a busy subgraph's answer to the subscribe: no data, only busy errors. */
function isBusyAnswer(event: FormattedExecutionResult): boolean {
  return !event.data && allBusy(event.errors);
}

/**
 * Where an event stands in its message (`messageId`, `sequence` on the root field, as every
 * chat stream event has), so a resumed upstream continues after it. Other events have none.
 */
function positionOf(event: FormattedExecutionResult): ResumeAfter | undefined {
  const data = event.data as Record<string, unknown> | null | undefined;
  if (!data) return undefined;
  const root = Object.values(data)[0] as Record<string, unknown> | null | undefined;
  if (!root || typeof root !== 'object') return undefined;
  const { messageId, sequence } = root;
  return typeof messageId === 'string' && typeof sequence === 'number'
    ? { messageId, sequence }
    : undefined;
}
